import { Migration } from '@mikro-orm/migrations';

/**
 * A contested identity (issue 20): an account that registered with someone else's ID number loses it, so the real
 * person can register. The account is kept (disabled), with when and by whom; the reason is in the audit event.
 */
export class Migration20261205040000IdentityRelease extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      alter table app_user
        add column id_number_released_at timestamptz,
        add column id_number_released_by_id bigint references app_user(id),
        add check ((id_number_released_at is null) = (id_number_released_by_id is null)),
        add check (id_number_released_at is null or id_number_hash is null);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table app_user drop column id_number_released_at, drop column id_number_released_by_id;`);
  }
}
