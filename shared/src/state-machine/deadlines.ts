/** China Standard Time has no daylight saving: local = UTC + 8 h. */
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

/**
 * Adds working days (Monday to Friday, Asia/Shanghai) keeping the time of day. Public holidays and
 * the make-up working weekends (调休) are not modelled yet.
 */
export function addWorkingDays(start: Date, days: number): Date {
  let local = start.getTime() + SHANGHAI_OFFSET_MS;
  let remaining = days;
  while (remaining > 0) {
    local += DAY_MS;
    const weekday = new Date(local).getUTCDay();
    if (weekday !== 0 && weekday !== 6) remaining -= 1;
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
