import { SHANGHAI_OFFSET_MS } from '../state-machine/deadlines.js';

/** Periods a unit reports its figures for (统计上报): a month `2026-03`, a quarter `2026-Q1`, or a year `2026`. */
export type ReportPeriodKind = 'MONTH' | 'QUARTER' | 'YEAR';

export interface ReportPeriod {
  key: string;
  kind: ReportPeriodKind;
  /** [from, to) in Beijing time. */
  from: Date;
  to: Date;
}

const monthStart = (year: number, month: number) => new Date(Date.UTC(year, month, 1) - SHANGHAI_OFFSET_MS);

/** The period a key names, or null when it names none. */
export function parseReportPeriod(key: string): ReportPeriod | null {
  const match = /^(\d{4})(?:-(0[1-9]|1[0-2])|-Q([1-4]))?$/.exec(key.trim());
  if (!match) return null;
  const year = Number(match[1]);
  if (year < 2000 || year > 2100) return null;
  if (match[2]) {
    const month = Number(match[2]) - 1;
    return { key: match[0], kind: 'MONTH', from: monthStart(year, month), to: monthStart(year, month + 1) };
  }
  if (match[3]) {
    const first = (Number(match[3]) - 1) * 3;
    return { key: match[0], kind: 'QUARTER', from: monthStart(year, first), to: monthStart(year, first + 3) };
  }
  return { key: match[0], kind: 'YEAR', from: monthStart(year, 0), to: monthStart(year + 1, 0) };
}
