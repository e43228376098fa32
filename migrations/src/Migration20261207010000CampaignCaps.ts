import { Migration } from '@mikro-orm/migrations';

const HOUSEHOLD_CASES = `
  c.file_id in (
    select other.file_id from household_person other
    where other.id_number_hash in (select own.id_number_hash from household_person own where own.file_id = p_file)
  )
  and c.type = p_type and c.id <> p_except_case and c.status = any (p_counted) and c.decided_at >= p_since`;

/**
 * A campaign's payments count toward the household's yearly cap of their aid type only when the union chose so
 * (domain.md §9, default no): the cap's sum leaves the other campaigns' cases out.
 */
export class Migration20261207010000CampaignCaps extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create or replace function bangfu_household_approved_this_year(p_file bigint, p_type text, p_except_case bigint, p_counted text[], p_since timestamptz)
      returns bigint language sql stable security definer set search_path = public, pg_temp as $$
        select coalesce(sum(c.approved_amount_fen), 0)::bigint from aid_case c
        where ${HOUSEHOLD_CASES}
          and (c.campaign_id is null or exists (select 1 from campaign k where k.id = c.campaign_id and k.counts_toward_cap))
      $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`
      create or replace function bangfu_household_approved_this_year(p_file bigint, p_type text, p_except_case bigint, p_counted text[], p_since timestamptz)
      returns bigint language sql stable security definer set search_path = public, pg_temp as $$
        select coalesce(sum(c.approved_amount_fen), 0)::bigint from aid_case c where ${HOUSEHOLD_CASES}
      $$;`);
  }
}
