import { Migration } from '@mikro-orm/migrations';

/**
 * Paying a campaign's rosters in one batch (issue 18): the funds a campaign pays from, the payout job of a roster,
 * and why a line was not paid (fund dry, recipient not verified) so staff see it beside the line; reminders to
 * confirm receipt.
 */
export class Migration20261208000000RosterPayout extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table campaign add column fund_unit_ids jsonb not null default '[]';`);
    this.addSql(
      `update campaign k set fund_unit_ids = jsonb_build_array(k.unit_id::text) from unit u where u.id = k.unit_id and u.holds_fund;`,
    );
    this.addSql(`alter table roster add column payout_job_id bigint references job(id);`);
    this.addSql(`alter table roster add column notice_ends_at timestamptz;`);
    this.addSql(`
      update roster r set notice_ends_at = r.approved_at + make_interval(days => k.notice_days)
      from campaign k where k.id = r.campaign_id and r.approved_at is not null;`);
    this.addSql(`alter table roster_entry add column pay_refusal jsonb;`);
    // the receipt reminder sweep reads payments still waiting for their recipient's confirmation
    this.addSql(`create index disbursement_unconfirmed on disbursement (paid_at) where status = 'POSTED' and received_at is null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index disbursement_unconfirmed;`);
    this.addSql(`alter table roster_entry drop column pay_refusal;`);
    this.addSql(`alter table roster drop column notice_ends_at, drop column payout_job_id;`);
    this.addSql(`alter table campaign drop column fund_unit_ids;`);
  }
}
