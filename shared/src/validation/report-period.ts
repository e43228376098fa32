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

const QUARTER_NAMES = ['一', '二', '三', '四'];

/** A period as a return's heading names it: 2026年3月, 2026年第一季度, 2026年度; English 2026-03, Q1 2026, 2026. */
export function reportPeriodName(key: string, language: 'zh-CN' | 'en' = 'zh-CN'): string {
  const period = parseReportPeriod(key);
  if (!period) return key;
  const year = period.key.slice(0, 4);
  if (period.kind === 'MONTH') return language === 'en' ? period.key : `${year}年${Number(period.key.slice(5))}月`;
  if (period.kind === 'QUARTER') {
    const quarter = Number(period.key.slice(6));
    return language === 'en' ? `Q${quarter} ${year}` : `${year}年第${QUARTER_NAMES[quarter - 1]}季度`;
  }
  return language === 'en' ? year : `${year}年度`;
}

/** The `count` periods of a kind that ended last before `now`, newest first (Beijing time). */
export function endedReportPeriods(now: Date, kind: ReportPeriodKind, count: number): ReportPeriod[] {
  const local = new Date(now.getTime() + SHANGHAI_OFFSET_MS);
  const year = local.getUTCFullYear();
  const month = local.getUTCMonth();
  return Array.from({ length: count }, (_, index) => {
    const back = index + 1;
    if (kind === 'YEAR') return String(year - back);
    if (kind === 'QUARTER') {
      const quarters = year * 4 + Math.floor(month / 3) - back;
      return `${Math.floor(quarters / 4)}-Q${(quarters % 4) + 1}`;
    }
    const months = year * 12 + month - back;
    return `${Math.floor(months / 12)}-${String((months % 12) + 1).padStart(2, '0')}`;
  }).map((key) => parseReportPeriod(key)!);
}
