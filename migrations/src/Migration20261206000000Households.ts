import { Migration } from '@mikro-orm/migrations';

/**
 * Households (issue 17, domain.md §12): every person a file names — its holder and each member with an ID number —
 * by the lookup hash of their ID number. Yearly caps follow these people across files, units and cancel/reopen, and
 * one household holds one open file. Rows of a cancelled file stay (its aid still counts for the people on it).
 * Holders are carried over here; members' ID numbers are sealed inside the household document, so their hashes are
 * computed by setup's backfill (server/src/app/backfills.ts), which has the keys, and recorded in data_backfill.
 */
export class Migration20261206000000Households extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table household_person (
        file_id bigint not null references hardship_file(id),
        id_number_hash text not null,
        holder boolean not null,
        primary key (file_id, id_number_hash)
      );`);
    this.addSql(`create index household_person_person_idx on household_person (id_number_hash, file_id);`);
    this.addSql(`insert into household_person (file_id, id_number_hash, holder) select id, id_number_hash, true from hardship_file;`);
    // when the file was last reviewed (a campaign task or a review of the file alone): 复核日期 on the file
    this.addSql(`alter table hardship_file add column reviewed_at timestamptz;`);
    this.addSql(`create table data_backfill (name text primary key, done_at timestamptz not null default now());`);

    // as for evidence: the rows of the files the caller reads; other units' people only through the functions below
    this.addSql(`alter table household_person enable row level security;`);
    this.addSql(`
      create policy read_in_scope on household_person for select
        using (exists (select 1 from hardship_file f where f.id = household_person.file_id));`);
    this.addSql(`
      create policy register_in_scope on household_person for insert
        with check (exists (select 1 from hardship_file f where f.id = household_person.file_id));`);
    this.addSql(`
      create policy act_in_scope on household_person for delete
        using (exists (select 1 from hardship_file f where f.id = household_person.file_id));`);

    this.addSql(`
      create function bangfu_open_household_of(p_people text[], p_except_file bigint)
      returns table (file_id bigint, unit_id bigint, id_number_hash text, holder boolean)
      language sql stable security definer set search_path = public, pg_temp as $$
        select f.id, f.unit_id, p.id_number_hash, p.holder from household_person p join hardship_file f on f.id = p.file_id
        where p.id_number_hash = any (p_people) and f.status <> 'CANCELLED' and f.id is distinct from p_except_file
        order by f.id
        limit 1
      $$;`);
    this.addSql(`
      create function bangfu_household_approved_this_year(p_file bigint, p_type text, p_except_case bigint, p_counted text[], p_since timestamptz)
      returns bigint language sql stable security definer set search_path = public, pg_temp as $$
        select coalesce(sum(c.approved_amount_fen), 0)::bigint from aid_case c
        where c.file_id in (
            select other.file_id from household_person other
            where other.id_number_hash in (select own.id_number_hash from household_person own where own.file_id = p_file)
          )
          and c.type = p_type and c.id <> p_except_case and c.status = any (p_counted) and c.decided_at >= p_since
      $$;`);
    this.addSql(`drop function bangfu_approved_this_year(bigint, text, bigint, text[], timestamptz), bangfu_open_file_of(text, bigint);`);
  }

  override async down(): Promise<void> {
    this.addSql(`
      create function bangfu_open_file_of(p_person text, p_except_file bigint) returns table (id bigint, unit_id bigint)
      language sql stable security definer set search_path = public, pg_temp as $$
        select f.id, f.unit_id from hardship_file f
        where f.id_number_hash = p_person and f.status <> 'CANCELLED' and f.id is distinct from p_except_file
        limit 1
      $$;`);
    this.addSql(`
      create function bangfu_approved_this_year(p_file bigint, p_type text, p_except_case bigint, p_counted text[], p_since timestamptz)
      returns bigint language sql stable security definer set search_path = public, pg_temp as $$
        select coalesce(sum(c.approved_amount_fen), 0)::bigint from aid_case c
        where c.file_id = p_file and c.type = p_type and c.id <> p_except_case and c.status = any (p_counted) and c.decided_at >= p_since
      $$;`);
    this.addSql(`drop function bangfu_household_approved_this_year(bigint, text, bigint, text[], timestamptz);`);
    this.addSql(`drop function bangfu_open_household_of(text[], bigint);`);
    this.addSql(`drop table data_backfill;`);
    this.addSql(`alter table hardship_file drop column reviewed_at;`);
    this.addSql(`drop table household_person;`);
  }
}
