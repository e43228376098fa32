import { Migration } from '@mikro-orm/migrations';

/**
 * Real-name verification at the counter (实名核验, issue 20): who saw the ID card and the person, when, and at which
 * unit — for a worker account, and for a file opened at the counter. Each payment records how its recipient's
 * identity was established, since money goes only to a verified person.
 */
export class Migration20261205030000IdentityVerification extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      alter table app_user
        add column identity_verified_at timestamptz,
        add column identity_verified_by_id bigint references app_user(id),
        add column identity_verified_unit_id bigint references unit(id),
        add check ((identity_verified_at is null) = (identity_verified_by_id is null));`);
    this.addSql(`
      alter table hardship_file
        add column identity_verified_at timestamptz,
        add column identity_verified_by_id bigint references app_user(id),
        add check ((identity_verified_at is null) = (identity_verified_by_id is null));`);
    // null for payments made before verification was required
    this.addSql(
      `alter table disbursement add column recipient_identity text check (recipient_identity in ('ACCOUNT', 'FILE', 'AT_PAYOUT'));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table disbursement drop column recipient_identity;`);
    this.addSql(`alter table hardship_file drop column identity_verified_at, drop column identity_verified_by_id;`);
    this.addSql(
      `alter table app_user drop column identity_verified_at, drop column identity_verified_by_id, drop column identity_verified_unit_id;`,
    );
  }
}
