/** China Standard Time has no daylight saving: local = UTC + 8 h. */
export const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
/** A day in milliseconds (Beijing has no daylight saving, so every day is this long). */
export const DAY_MS = 86_400_000;

/**
 * The published exceptions to Monday–Friday, by Shanghai date (`YYYY-MM-DD`): `false` for a public holiday on a
 * weekday, `true` for a make-up working weekend (调休上班).
 */
export type WorkCalendar = ReadonlyMap<string, boolean>;

/**
 * Calendar days a deadline of `workingDays` can span: generous for the longest holiday (9 days) and weekends,
 * so reading the calendar for this window from the start is enough to count the deadline.
 */
export const calendarSpanDays = (workingDays: number): number => workingDays * 2 + 31;

/** Adds working days (Monday to Friday in Asia/Shanghai, as the calendar amends them) keeping the time of day. */
export function addWorkingDays(start: Date, days: number, calendar: WorkCalendar = new Map()): Date {
  let local = start.getTime() + SHANGHAI_OFFSET_MS;
  let remaining = days;
  while (remaining > 0) {
    local += DAY_MS;
    const date = new Date(local);
    const weekday = date.getUTCDay();
    if (calendar.get(date.toISOString().slice(0, 10)) ?? (weekday !== 0 && weekday !== 6)) remaining -= 1;
  }
  return new Date(local - SHANGHAI_OFFSET_MS);
}

/** The calendar year in Asia/Shanghai, which decides yearly caps and case-number sequences. */
export const shanghaiYear = (at: Date): number => new Date(at.getTime() + SHANGHAI_OFFSET_MS).getUTCFullYear();

/** The first instant of a Shanghai calendar year, as a UTC Date. */
export const shanghaiYearStart = (year: number): Date => new Date(Date.UTC(year, 0, 1) - SHANGHAI_OFFSET_MS);

/** The Shanghai calendar date of an instant, `YYYY-MM-DD`. */
export const shanghaiDate = (at: Date): string => new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);

/** The Shanghai wall-clock time of an instant, `YYYY-MM-DD HH:mm`. */
export const shanghaiDateTime = (at: Date): string =>
  new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
