import { Migration } from '@mikro-orm/migrations';

/** The flow counters of stat_case_daily, in column order. */
const FLOW = ['submitted', 'decided', 'approved', 'rejected', 'closed', 'approved_fen', 'paid_fen', 'rated', 'satisfied'];
const flowSums = (source: string, sign = '') => FLOW.map((column) => `sum(${sign}${source}.${column})`).join(', ');
const flowAccumulate = (table: string) => FLOW.map((column) => `${column} = ${table}.${column} + excluded.${column}`).join(', ');

/** The ids on a unit's path: the unit itself and every ancestor (path labels are unit ids). */
const ancestorsOf = (unit: string) => `cross join lateral unnest(string_to_array(${unit}.path::text, '.')::bigint[]) as a(ancestor_id)`;
/** Each daily figure counts in its day and in its month, so a long period reads months and only its ragged edges by day. */
const grainsOf = (day: string) => `cross join lateral (values ('D', ${day}), ('M', date_trunc('month', ${day})::date)) as g(grain, day)`;

/** In the unit path trigger: the ancestors a moved unit lost (sign -1) and gained (sign +1). */
const MOVED_ANCESTORS = `(
  select lost, -1 from unnest(string_to_array(old.path::text, '.')::bigint[]) lost where lost <> all (string_to_array(new.path::text, '.')::bigint[])
  union all
  select gained, 1 from unnest(string_to_array(new.path::text, '.')::bigint[]) gained where gained <> all (string_to_array(old.path::text, '.')::bigint[])
) as m(ancestor_id, sign)`;

/** The status counter trigger of cases (by type) or files (by category), now also appending to the pending log. */
const statusTracker = (summary: string, pending: string, kind: string) => `
  create or replace function ${summary}_track() returns trigger language plpgsql as $$
  begin
    if tg_op = 'UPDATE' and (old.unit_id, old.status, old.${kind}) is not distinct from (new.unit_id, new.status, new.${kind}) then
      return null;
    end if;
    if tg_op = 'UPDATE' then
      update ${summary} set n = n - 1 where unit_id = old.unit_id and status = old.status and ${kind} = old.${kind};
      insert into ${pending} values (old.unit_id, old.status, old.${kind}, -1);
    end if;
    insert into ${summary} (unit_id, status, ${kind}, n) values (new.unit_id, new.status, new.${kind}, 1)
      on conflict (unit_id, status, ${kind}) do update set n = ${summary}.n + 1;
    insert into ${pending} values (new.unit_id, new.status, new.${kind}, 1);
    return null;
  end $$;`;

/** In the unit path trigger: carry the moved unit's folded status counts (cases by type, files by category). */
const movedStatus = (records: 'case' | 'file', kind: string) => `
  insert into tree_${records}_status (ancestor_id, status, ${kind}, n)
    select m.ancestor_id, f.status, f.${kind}, m.sign * f.n
    from (select status, ${kind}, sum(n)::int as n from (
            select status, ${kind}, n from stat_${records}_status where unit_id = new.id
            union all select status, ${kind}, -n from pending_${records}_status where unit_id = new.id) own
          group by 1, 2) f cross join ${MOVED_ANCESTORS}
    where f.n <> 0
    on conflict (ancestor_id, status, ${kind}) do update set n = tree_${records}_status.n + excluded.n;`;

/** Serialises folding with unit moves; any constant shared by the two will do. */
const FOLD_LOCK = 7_202_611_240;

/**
 * Rollups per subtree at province scale (issue 9). The per-unit summaries stay exact and transactional, but
 * summing them over a city's 5,000 units costs seconds. So every summary change is also appended, per unit, to a
 * `pending_*` log, and the worker folds that log every few seconds into `tree_*` tables keyed by ancestor: one row
 * per (ancestor, figure key), by day and by month for the flows. Appending never contends (no shared hot rows),
 * and readers stay exact by reading the tree rows plus whatever is still pending (the `rollup_*` views), in one
 * statement and so in one snapshot. A unit moved to another parent carries what was already folded for it from
 * its old ancestors to its new ones.
 */
export class Migration20261124000000RollupTree extends Migration {
  override async up(): Promise<void> {
    // free room on each page, so that folding updates rows in place and an ancestor's rows stay together
    this.addSql(
      `create table tree_case_status (ancestor_id bigint not null references unit(id), status text not null, type text not null, n int not null, primary key (ancestor_id, status, type)) with (fillfactor = 80);`,
    );
    this.addSql(
      `create table tree_file_status (ancestor_id bigint not null references unit(id), status text not null, category text not null, n int not null, primary key (ancestor_id, status, category)) with (fillfactor = 80);`,
    );
    this.addSql(`
      create table tree_case_flow (
        ancestor_id bigint not null references unit(id), grain text not null check (grain in ('D', 'M')), day date not null,
        ${FLOW.map((column) => `${column} ${column.endsWith('_fen') ? 'bigint' : 'int'} not null`).join(', ')},
        primary key (ancestor_id, grain, day)
      ) with (fillfactor = 80);`);
    this.addSql(
      `create table tree_decision_days (ancestor_id bigint not null references unit(id), grain text not null check (grain in ('D', 'M')), day date not null, days int not null, n int not null, primary key (ancestor_id, grain, day, days)) with (fillfactor = 80);`,
    );
    // append-only logs; the unit ids come from rows already checked against unit, so no foreign key on the hot path
    this.addSql(`create table pending_case_status (unit_id bigint not null, status text not null, type text not null, n int not null);`);
    this.addSql(
      `create table pending_file_status (unit_id bigint not null, status text not null, category text not null, n int not null);`,
    );
    this.addSql(
      `create table pending_case_flow (unit_id bigint not null, day date not null, ${FLOW.map((column) => `${column} ${column.endsWith('_fen') ? 'bigint' : 'int'} not null`).join(', ')});`,
    );
    this.addSql(`create table pending_decision_days (unit_id bigint not null, day date not null, days int not null, n int not null);`);

    this.addSql(statusTracker('stat_case_status', 'pending_case_status', 'type'));
    this.addSql(statusTracker('stat_file_status', 'pending_file_status', 'category'));
    // one upsert per event instead of insert-then-update, and the same figures appended to the pending log
    this.addSql(`
      create or replace function stat_case_event_track() returns trigger language plpgsql as $$
      declare
        event_day date := (new.occurred_at at time zone 'Asia/Shanghai')::date;
        amount bigint := coalesce((new.data ->> 'amountFen')::bigint, 0);
        flow pending_case_flow%rowtype;
        case_type text;
        first_submit timestamptz;
        decision_days int;
      begin
        flow.unit_id := new.unit_id;
        flow.day := event_day;
        flow.submitted := (new.action = 'submit')::int;
        flow.decided := (new.action in ('approve', 'reject'))::int;
        flow.approved := (new.action = 'approve')::int;
        flow.rejected := (new.action = 'reject')::int;
        flow.closed := (new.action = 'close')::int;
        flow.approved_fen := case when new.action = 'approve' then amount else 0 end;
        flow.paid_fen := case new.action when 'disburse' then amount when 'paymentReversed' then -amount else 0 end;
        flow.rated := (new.action = 'rate')::int;
        flow.satisfied := case when new.action = 'rate' then ((new.data ->> 'score')::int >= 4)::int else 0 end;
        if (flow.submitted, flow.decided, flow.closed, flow.paid_fen, flow.rated) = (0, 0, 0, 0, 0) then
          return null;
        end if;
        select type into case_type from aid_case where id = new.case_id;
        insert into stat_case_daily (unit_id, day, type, ${FLOW.join(', ')})
          values (new.unit_id, event_day, case_type, ${FLOW.map((column) => `flow.${column}`).join(', ')})
          on conflict (unit_id, day, type) do update set ${flowAccumulate('stat_case_daily')};
        insert into pending_case_flow values (flow.*);
        if flow.decided = 1 then
          select min(occurred_at) into first_submit from case_event where case_id = new.case_id and action = 'submit';
          if first_submit is not null then
            decision_days := floor(extract(epoch from new.occurred_at - first_submit) / 86400)::int;
            insert into stat_decision_days (unit_id, day, days, n) values (new.unit_id, event_day, decision_days, 1)
              on conflict (unit_id, day, days) do update set n = stat_decision_days.n + 1;
            insert into pending_decision_days values (new.unit_id, event_day, decision_days, 1);
          end if;
        end if;
        return null;
      end $$;`);

    // the pending rows expanded to every ancestor: what readers add to the tree rows
    this.addSql(`
      create view rollup_case_status as
        select ancestor_id, status, type, n from tree_case_status
        union all
        select a.ancestor_id, p.status, p.type, p.n from pending_case_status p join unit u on u.id = p.unit_id ${ancestorsOf('u')};`);
    this.addSql(`
      create view rollup_file_status as
        select ancestor_id, status, category, n from tree_file_status
        union all
        select a.ancestor_id, p.status, p.category, p.n from pending_file_status p join unit u on u.id = p.unit_id ${ancestorsOf('u')};`);
    this.addSql(`
      create view rollup_case_flow as
        select ancestor_id, grain, day, ${FLOW.join(', ')} from tree_case_flow
        union all
        select a.ancestor_id, g.grain, g.day, ${FLOW.map((column) => `p.${column}`).join(', ')}
        from pending_case_flow p join unit u on u.id = p.unit_id ${ancestorsOf('u')} ${grainsOf('p.day')};`);
    this.addSql(`
      create view rollup_decision_days as
        select ancestor_id, grain, day, days, n from tree_decision_days
        union all
        select a.ancestor_id, g.grain, g.day, p.days, p.n from pending_decision_days p join unit u on u.id = p.unit_id ${ancestorsOf('u')} ${grainsOf('p.day')};`);

    // what the tree must hold, from the per-unit summaries: for rebuilding and for reconciliation
    this.addSql(`
      create view tree_case_status_expected as
        select a.ancestor_id, s.status, s.type, sum(s.n)::int as n from stat_case_status s join unit u on u.id = s.unit_id ${ancestorsOf('u')}
        group by 1, 2, 3 having sum(s.n) <> 0;`);
    this.addSql(`
      create view tree_file_status_expected as
        select a.ancestor_id, s.status, s.category, sum(s.n)::int as n from stat_file_status s join unit u on u.id = s.unit_id ${ancestorsOf('u')}
        group by 1, 2, 3 having sum(s.n) <> 0;`);
    this.addSql(`
      create view tree_case_flow_expected as
        select a.ancestor_id, g.grain, g.day, ${FLOW.map((column) => `sum(s.${column})::${column.endsWith('_fen') ? 'bigint' : 'int'} as ${column}`).join(', ')}
        from (select unit_id, day, ${FLOW.map((column) => `sum(${column}) as ${column}`).join(', ')} from stat_case_daily group by 1, 2) s
        join unit u on u.id = s.unit_id ${ancestorsOf('u')} ${grainsOf('s.day')}
        group by 1, 2, 3 having (${FLOW.map((column) => `sum(s.${column})`).join(', ')}) <> (${FLOW.map(() => '0').join(', ')});`);
    this.addSql(`
      create view tree_decision_days_expected as
        select a.ancestor_id, g.grain, g.day, s.days, sum(s.n)::int as n from stat_decision_days s join unit u on u.id = s.unit_id ${ancestorsOf('u')} ${grainsOf('s.day')}
        group by 1, 2, 3, 4 having sum(s.n) <> 0;`);

    this.addSql(`
      create function fold_rollup_pending() returns void language plpgsql as $$
      begin
        perform pg_advisory_xact_lock(${FOLD_LOCK});
        with folded as (delete from pending_case_status returning *)
        insert into tree_case_status (ancestor_id, status, type, n)
          select a.ancestor_id, p.status, p.type, sum(p.n) from folded p join unit u on u.id = p.unit_id ${ancestorsOf('u')} group by 1, 2, 3
          on conflict (ancestor_id, status, type) do update set n = tree_case_status.n + excluded.n;
        with folded as (delete from pending_file_status returning *)
        insert into tree_file_status (ancestor_id, status, category, n)
          select a.ancestor_id, p.status, p.category, sum(p.n) from folded p join unit u on u.id = p.unit_id ${ancestorsOf('u')} group by 1, 2, 3
          on conflict (ancestor_id, status, category) do update set n = tree_file_status.n + excluded.n;
        with folded as (delete from pending_case_flow returning *)
        insert into tree_case_flow (ancestor_id, grain, day, ${FLOW.join(', ')})
          select a.ancestor_id, g.grain, g.day, ${flowSums('p')} from folded p join unit u on u.id = p.unit_id ${ancestorsOf('u')} ${grainsOf('p.day')} group by 1, 2, 3
          on conflict (ancestor_id, grain, day) do update set ${flowAccumulate('tree_case_flow')};
        with folded as (delete from pending_decision_days returning *)
        insert into tree_decision_days (ancestor_id, grain, day, days, n)
          select a.ancestor_id, g.grain, g.day, p.days, sum(p.n) from folded p join unit u on u.id = p.unit_id ${ancestorsOf('u')} ${grainsOf('p.day')} group by 1, 2, 3, 4
          on conflict (ancestor_id, grain, day, days) do update set n = tree_decision_days.n + excluded.n;
      end $$;`);

    // A moved unit: what the tree already holds for it (its summaries less what is still pending) leaves the
    // ancestors it lost and joins those it gained. Each unit of a moved subtree fires for itself.
    this.addSql(`
      create function rollup_tree_follow_unit() returns trigger language plpgsql as $$
      begin
        perform pg_advisory_xact_lock(${FOLD_LOCK});

        ${movedStatus('case', 'type')}
        ${movedStatus('file', 'category')}
        insert into tree_case_flow (ancestor_id, grain, day, ${FLOW.join(', ')})
          select m.ancestor_id, g.grain, g.day, ${FLOW.map((column) => `sum(m.sign * f.${column})`).join(', ')}
          from (select day, ${FLOW.map((column) => `sum(${column}) as ${column}`).join(', ')} from (
                  select day, ${FLOW.join(', ')} from stat_case_daily where unit_id = new.id
                  union all select day, ${FLOW.map((column) => `-${column}`).join(', ')} from pending_case_flow where unit_id = new.id) own
                group by 1) f ${grainsOf('f.day')} cross join ${MOVED_ANCESTORS}
          group by 1, 2, 3
          on conflict (ancestor_id, grain, day) do update set ${flowAccumulate('tree_case_flow')};
        insert into tree_decision_days (ancestor_id, grain, day, days, n)
          select m.ancestor_id, g.grain, g.day, f.days, sum(m.sign * f.n)
          from (select day, days, sum(n) as n from (
                  select day, days, n from stat_decision_days where unit_id = new.id
                  union all select day, days, -n from pending_decision_days where unit_id = new.id) own
                group by 1, 2) f ${grainsOf('f.day')} cross join ${MOVED_ANCESTORS}
          group by 1, 2, 3, 4
          on conflict (ancestor_id, grain, day, days) do update set n = tree_decision_days.n + excluded.n;
        return null;
      end $$;`);
    this.addSql(
      `create trigger unit_rollup_tree after update of path on unit for each row when (old.path is distinct from new.path) execute function rollup_tree_follow_unit();`,
    );

    this.addSql(`
      create function rebuild_rollup_tree() returns void language plpgsql as $$
      begin
        perform pg_advisory_xact_lock(${FOLD_LOCK});
        -- writers wait, so that no change lands between emptying the log and reading the per-unit summaries
        lock table stat_case_status, stat_file_status, stat_case_daily, stat_decision_days in exclusive mode;
        delete from pending_case_status; delete from pending_file_status; delete from pending_case_flow; delete from pending_decision_days;
        delete from tree_case_status; delete from tree_file_status; delete from tree_case_flow; delete from tree_decision_days;
        -- in key order, so that an ancestor's rows share pages (a city's year is then a few pages, not thousands)
        insert into tree_case_status select * from tree_case_status_expected order by 1, 2, 3;
        insert into tree_file_status select * from tree_file_status_expected order by 1, 2, 3;
        insert into tree_case_flow select * from tree_case_flow_expected order by 1, 2, 3;
        insert into tree_decision_days select * from tree_decision_days_expected order by 1, 2, 3, 4;
      end $$;`);
    this.addSql(`select rebuild_rollup_tree();`);
  }
}
