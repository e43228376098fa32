import { Migration } from '@mikro-orm/migrations';

/**
 * Summary tables for rollups (domain.md §7), kept current by triggers in the same transaction as every change,
 * whichever code path (service, sweep, bulk SQL) makes it. Rollups read these, never a GROUP BY over all cases.
 * Days are Asia/Shanghai calendar days.
 */
export class Migration20261123040000Rollups extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table stat_case_status (unit_id bigint not null references unit(id), status text not null, type text not null, n int not null default 0, primary key (unit_id, status, type));`,
    );
    this.addSql(
      `create table stat_file_status (unit_id bigint not null references unit(id), status text not null, category text not null, n int not null default 0, primary key (unit_id, status, category));`,
    );
    this.addSql(`
      create table stat_case_daily (
        unit_id bigint not null references unit(id), day date not null, type text not null,
        submitted int not null default 0, decided int not null default 0, approved int not null default 0, rejected int not null default 0,
        closed int not null default 0, approved_fen bigint not null default 0, paid_fen bigint not null default 0,
        rated int not null default 0, satisfied int not null default 0,
        primary key (unit_id, day, type)
      );`);
    this.addSql(
      `create table stat_decision_days (unit_id bigint not null references unit(id), day date not null, days int not null, n int not null default 0, primary key (unit_id, day, days));`,
    );
    this.addSql(
      `create table stat_income_daily (unit_id bigint not null references unit(id), day date not null, source text not null, income_fen bigint not null default 0, primary key (unit_id, day, source));`,
    );
    this.addSql(
      `create index aid_case_open_due_idx on aid_case (unit_id, due_at) where status in ('SUBMITTED', 'ACCEPTED', 'UNDER_REVIEW', 'PROPOSED');`,
    );

    this.addSql(`
      create function stat_case_status_track() returns trigger language plpgsql as $$
      begin
        if tg_op = 'UPDATE' and (old.unit_id, old.status, old.type) is not distinct from (new.unit_id, new.status, new.type) then
          return null;
        end if;
        if tg_op = 'UPDATE' then
          update stat_case_status set n = n - 1 where unit_id = old.unit_id and status = old.status and type = old.type;
        end if;
        insert into stat_case_status (unit_id, status, type, n) values (new.unit_id, new.status, new.type, 1)
          on conflict (unit_id, status, type) do update set n = stat_case_status.n + 1;
        return null;
      end $$;`);
    this.addSql(
      `create trigger aid_case_stat after insert or update of unit_id, status, type on aid_case for each row execute function stat_case_status_track();`,
    );

    this.addSql(`
      create function stat_file_status_track() returns trigger language plpgsql as $$
      begin
        if tg_op = 'UPDATE' and (old.unit_id, old.status, old.category) is not distinct from (new.unit_id, new.status, new.category) then
          return null;
        end if;
        if tg_op = 'UPDATE' then
          update stat_file_status set n = n - 1 where unit_id = old.unit_id and status = old.status and category = old.category;
        end if;
        insert into stat_file_status (unit_id, status, category, n) values (new.unit_id, new.status, new.category, 1)
          on conflict (unit_id, status, category) do update set n = stat_file_status.n + 1;
        return null;
      end $$;`);
    this.addSql(
      `create trigger hardship_file_stat after insert or update of unit_id, status, category on hardship_file for each row execute function stat_file_status_track();`,
    );

    // flows come from the append-only timeline: each event counts once, where and when it happened
    this.addSql(`
      create function stat_case_event_track() returns trigger language plpgsql as $$
      declare
        case_type text;
        event_day date := (new.occurred_at at time zone 'Asia/Shanghai')::date;
        first_submit timestamptz;
        amount bigint := coalesce((new.data ->> 'amountFen')::bigint, 0);
      begin
        select type into case_type from aid_case where id = new.case_id;
        insert into stat_case_daily (unit_id, day, type) values (new.unit_id, event_day, case_type) on conflict do nothing;
        if new.action = 'submit' then
          update stat_case_daily set submitted = submitted + 1 where unit_id = new.unit_id and stat_case_daily.day = event_day and type = case_type;
        elsif new.action in ('approve', 'reject') then
          update stat_case_daily set decided = decided + 1,
              approved = approved + (new.action = 'approve')::int, rejected = rejected + (new.action = 'reject')::int,
              approved_fen = approved_fen + case when new.action = 'approve' then amount else 0 end
            where unit_id = new.unit_id and stat_case_daily.day = event_day and type = case_type;
          select min(occurred_at) into first_submit from case_event where case_id = new.case_id and action = 'submit';
          if first_submit is not null then
            insert into stat_decision_days (unit_id, day, days, n)
              values (new.unit_id, event_day, floor(extract(epoch from new.occurred_at - first_submit) / 86400)::int, 1)
              on conflict (unit_id, day, days) do update set n = stat_decision_days.n + 1;
          end if;
        elsif new.action = 'close' then
          update stat_case_daily set closed = closed + 1 where unit_id = new.unit_id and stat_case_daily.day = event_day and type = case_type;
        elsif new.action = 'rate' then
          update stat_case_daily set rated = rated + 1, satisfied = satisfied + ((new.data ->> 'score')::int >= 4)::int
            where unit_id = new.unit_id and stat_case_daily.day = event_day and type = case_type;
        elsif new.action = 'disburse' then
          update stat_case_daily set paid_fen = paid_fen + amount where unit_id = new.unit_id and stat_case_daily.day = event_day and type = case_type;
        elsif new.action = 'paymentReversed' then
          update stat_case_daily set paid_fen = paid_fen - amount where unit_id = new.unit_id and stat_case_daily.day = event_day and type = case_type;
        end if;
        return null;
      end $$;`);
    this.addSql(`create trigger case_event_stat after insert on case_event for each row execute function stat_case_event_track();`);

    this.addSql(`
      create function stat_income_track() returns trigger language plpgsql as $$
      declare
        tx record;
        income_source text;
        direction_sign int;
      begin
        select t.kind, t.source, t.unit_id, t.created_at, o.kind as original_kind, o.source as original_source into tx
          from ledger_transaction t left join ledger_transaction o on o.id = t.reverses_id where t.id = new.transaction_id;
        if not exists (select 1 from ledger_account where id = new.account_id and kind = 'FUND') then return null; end if;
        if tx.kind = 'INCOME' then income_source := tx.source; direction_sign := 1;
        elsif tx.kind = 'REVERSAL' and tx.original_kind = 'INCOME' then income_source := tx.original_source; direction_sign := -1;
        else return null;
        end if;
        insert into stat_income_daily (unit_id, day, source, income_fen)
          values (tx.unit_id, (new.created_at at time zone 'Asia/Shanghai')::date, income_source, direction_sign * new.amount_fen)
          on conflict (unit_id, day, source) do update set income_fen = stat_income_daily.income_fen + excluded.income_fen;
        return null;
      end $$;`);
    this.addSql(`create trigger ledger_entry_stat after insert on ledger_entry for each row execute function stat_income_track();`);

    // rows that existed before the triggers
    this.addSql(`insert into stat_case_status select unit_id, status, type, count(*) from aid_case group by 1, 2, 3;`);
    this.addSql(`insert into stat_file_status select unit_id, status, category, count(*) from hardship_file group by 1, 2, 3;`);
  }
}
