import type { EntityManager } from '@mikro-orm/postgresql';

export interface CalendarDay {
  day: string;
  working: boolean;
  name: string;
}

/** Exceptions (holidays, make-up working days) from `start` over `spanDays` days: date → working. */
export async function calendarExceptions(em: EntityManager, start: string, spanDays: number): Promise<Map<string, boolean>> {
  const rows = await em.execute<{ day: string; working: boolean }[]>(
    `select to_char(day, 'YYYY-MM-DD') as day, working from work_calendar_day where day between ?::date and ?::date + ?::int`,
    [start, start, spanDays],
  );
  return new Map(rows.map((row) => [row.day, row.working]));
}

export const calendarYear = (em: EntityManager, year: number) =>
  em.execute<CalendarDay[]>(
    `select to_char(day, 'YYYY-MM-DD') as day, working, name from work_calendar_day
     where day >= make_date(?, 1, 1) and day < make_date(? + 1, 1, 1) order by day`,
    [year, year],
  );

/** One change at a time per year, so an audit's "before" is what the change replaced. */
export const lockCalendarYear = (em: EntityManager, year: number) =>
  em.execute(`select pg_advisory_xact_lock(hashtext('work_calendar'), ?)`, [year]);

export async function replaceCalendarYear(em: EntityManager, year: number, days: CalendarDay[]): Promise<void> {
  await em.execute(`delete from work_calendar_day where day >= make_date(?, 1, 1) and day < make_date(? + 1, 1, 1)`, [year, year]);
  if (days.length) {
    await em.execute(
      `insert into work_calendar_day (day, working, name) select day, working, name from jsonb_to_recordset(?::jsonb) as d(day date, working boolean, name text)`,
      [JSON.stringify(days)],
    );
  }
}
