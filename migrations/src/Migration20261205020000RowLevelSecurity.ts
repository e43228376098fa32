import { Migration } from '@mikro-orm/migrations';

/**
 * Row-level security on the tables that hold people's records (issue 25, item 7): hardship files, cases and case
 * documents. The application checks every read against the caller's areas; these policies are the backstop for a
 * read it forgot to scope. Each connection of the application role carries its work's row scope in the session
 * settings bangfu.rows_* (server/src/app/row-scoped-driver.ts): the record areas of the request's caller, or
 * `system` for the worker and the CLI. Without settings a connection sees none of these rows. The owner (migrations,
 * setup) is not subject to them.
 *
 * Reading mirrors who may read a record (domain.md §8, case-engine.ts canRead): staff the units of their grants,
 * union admins and auditors the subtree; the registering unit keeps sight of a case it escalated; a worker sees their
 * own cases and file, and those that name them as the recipient of money; whoever acts on a case reads its
 * household's file. Changing and adding mirror who may act (scope.ts canActOn): an acting role on the unit that holds
 * the record, or the applicant or recipient for their own steps; a change outside it is an error, not a no-op. An update may move a record out of the caller's sight (`with check (true)`): escalation does so by design.
 *
 * The few facts the rules need across units are SECURITY DEFINER functions that answer exactly that fact: whether a
 * person already has an open file and where, a household's approved total this year, a unit's public notice.
 */
export class Migration20261205020000RowLevelSecurity extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create function bangfu_rows_system() returns boolean language sql stable as
        $$ select coalesce(current_setting('bangfu.rows_system', true), '') = 'on' $$;`);
    this.addSql(`
      create function bangfu_rows_user() returns bigint language sql stable as
        $$ select nullif(current_setting('bangfu.rows_user', true), '')::bigint $$;`);
    this.addSql(`
      create function bangfu_rows_person() returns text language sql stable as
        $$ select u.id_number_hash from app_user u where u.id = bangfu_rows_user() $$;`);
    // the units whose records the caller reads: a hashed set, computed once per statement
    this.addSql(`
      create function bangfu_rows_units() returns setof bigint language sql stable as $$
        select u.id from unit u
        where u.path <@ coalesce(nullif(current_setting('bangfu.rows_subtrees', true), ''), '{}')::ltree[]
           or u.id = any (coalesce(nullif(current_setting('bangfu.rows_units', true), ''), '{}')::bigint[])
      $$;`);
    // a worker's files and paid cases as recipient; definer, so the case policy need not expand the file policy
    this.addSql(`
      create function bangfu_rows_recipient_files() returns setof bigint
      language sql stable security definer set search_path = public, pg_temp as $$
        select f.id from hardship_file f where bangfu_rows_person() is not null and f.recipient_hashes ? bangfu_rows_person()
      $$;`);
    this.addSql(`
      create function bangfu_rows_paid_cases() returns setof bigint language sql stable as $$
        select d.case_id from disbursement d where bangfu_rows_person() is not null and d.recipient_hash = bangfu_rows_person()
      $$;`);

    // acting needs an acting role on the unit itself (scope.ts canActOn), not on an ancestor
    this.addSql(`
      create function bangfu_rows_acting_units() returns setof bigint language sql stable as
        $$ select unnest(coalesce(nullif(current_setting('bangfu.rows_acting', true), ''), '{}')::bigint[]) $$;`);

    this.addSql(`alter table aid_case enable row level security;`);
    this.addSql(`
      create policy read_in_scope on aid_case for select
        using (
          (select bangfu_rows_system())
          or unit_id in (select bangfu_rows_units())
          or origin_unit_id in (select bangfu_rows_units())
          or applicant_user_id = (select bangfu_rows_user())
          or file_id in (select bangfu_rows_recipient_files())
          or id in (select bangfu_rows_paid_cases())
        );`);
    // rows an update may reach are the readable ones; whether the caller may change one is the trigger's to say,
    // loudly: a policy would skip the row silently and the caller would be told it had changed
    this.addSql(`create policy act_in_scope on aid_case for update using (true) with check (true);`);
    // an acting role on the unit; on a case also the applicant's and the recipient's own steps (submit, withdraw,
    // confirm receipt), and during the public notice anyone who reads it may object
    this.addSql(`
      create function bangfu_rows_changeable() returns trigger language plpgsql as $$
      begin
        if bangfu_rows_system() or old.unit_id in (select bangfu_rows_acting_units()) then
          return new;
        end if;
        if tg_table_name = 'aid_case' then
          if old.applicant_user_id = bangfu_rows_user() or old.file_id in (select bangfu_rows_recipient_files())
             or old.id in (select bangfu_rows_paid_cases()) or old.status = 'PUBLIC_NOTICE' then
            return new;
          end if;
        end if;
        raise exception '% % is not in the caller''s row scope to change', tg_table_name, old.id using errcode = '42501';
      end $$;`);
    this.addSql(`create trigger aid_case_changeable before update on aid_case for each row execute function bangfu_rows_changeable();`);
    this.addSql(`
      create policy register_in_scope on aid_case for insert
        with check (
          (select bangfu_rows_system())
          or unit_id in (select bangfu_rows_acting_units())
          or applicant_user_id = (select bangfu_rows_user())
        );`);

    this.addSql(`alter table hardship_file enable row level security;`);
    // the household of a case the caller acts on is read to decide and pay it, wherever the file is held
    this.addSql(`
      create policy read_in_scope on hardship_file for select
        using (
          (select bangfu_rows_system())
          or unit_id in (select bangfu_rows_units())
          or id_number_hash = (select bangfu_rows_person())
          or recipient_hashes ? (select bangfu_rows_person())
          or exists (select 1 from aid_case c where c.file_id = hardship_file.id and c.unit_id in (select bangfu_rows_acting_units()))
        );`);
    this.addSql(`create policy act_in_scope on hardship_file for update using (true) with check (true);`);
    this.addSql(
      `create trigger hardship_file_changeable before update on hardship_file for each row execute function bangfu_rows_changeable();`,
    );
    this.addSql(`
      create policy register_in_scope on hardship_file for insert
        with check ((select bangfu_rows_system()) or unit_id in (select bangfu_rows_acting_units()));`);

    this.addSql(`alter table case_document enable row level security;`);
    this.addSql(`
      create policy read_in_scope on case_document for select
        using (exists (select 1 from aid_case c where c.id = case_document.case_id));`);
    this.addSql(`
      create policy register_in_scope on case_document for insert
        with check (exists (select 1 from aid_case c where c.id = case_document.case_id));`);

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
    this.addSql(`
      create function bangfu_public_notices(p_unit bigint)
      returns table (id bigint, case_number text, applicant_name text, type text, approved_amount_fen bigint,
                     notice_ends_at timestamptz, objection_open boolean)
      language sql stable security definer set search_path = public, pg_temp as $$
        select c.id, c.case_number, c.applicant_name, c.type, c.approved_amount_fen, c.notice_ends_at, c.objection_open
        from aid_case c where c.unit_id = p_unit and c.status = 'PUBLIC_NOTICE'
        order by c.notice_ends_at, c.id
      $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function bangfu_public_notices(bigint), bangfu_approved_this_year(bigint, text, bigint, text[], timestamptz),
      bangfu_open_file_of(text, bigint);`);
    this.addSql(`drop trigger aid_case_changeable on aid_case; drop trigger hardship_file_changeable on hardship_file;`);
    this.addSql(`drop function bangfu_rows_changeable();`);
    for (const table of ['case_document', 'hardship_file', 'aid_case']) {
      for (const policy of ['read_in_scope', 'act_in_scope', 'register_in_scope'])
        this.addSql(`drop policy if exists ${policy} on ${table};`);
      this.addSql(`alter table ${table} disable row level security;`);
    }
    this.addSql(`drop function bangfu_rows_acting_units(), bangfu_rows_paid_cases(), bangfu_rows_recipient_files(), bangfu_rows_units(),
      bangfu_rows_person(), bangfu_rows_user(), bangfu_rows_system();`);
  }
}
