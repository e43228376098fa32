import { describe, expect, it } from 'vitest';
import { endedReportPeriods, parseReportPeriod, reportPeriodName } from './report-period.js';

describe('reporting periods', () => {
  it('reads months, quarters and years as Beijing-time ranges', () => {
    expect(parseReportPeriod('2026-03')).toEqual({
      key: '2026-03',
      kind: 'MONTH',
      from: new Date('2026-02-28T16:00:00Z'),
      to: new Date('2026-03-31T16:00:00Z'),
    });
    expect(parseReportPeriod('2026-Q4')).toMatchObject({
      kind: 'QUARTER',
      from: new Date('2026-09-30T16:00:00Z'),
      to: new Date('2026-12-31T16:00:00Z'),
    });
    expect(parseReportPeriod('2026')).toMatchObject({
      kind: 'YEAR',
      from: new Date('2025-12-31T16:00:00Z'),
      to: new Date('2026-12-31T16:00:00Z'),
    });
  });

  it('names no period for anything else', () => {
    for (const key of ['2026-13', '2026-Q5', '26', '2026-1', '1999', '2026-Q1-01', '']) expect(parseReportPeriod(key)).toBeNull();
  });

  it('names a period as a return heading does', () => {
    expect(['2026-03', '2026-Q4', '2026', 'x'].map((key) => reportPeriodName(key))).toEqual([
      '2026年3月',
      '2026年第四季度',
      '2026年度',
      'x',
    ]);
    expect(reportPeriodName('2026-Q1', 'en')).toBe('Q1 2026');
  });

  it('lists the periods that ended last, in Beijing time, across year ends', () => {
    // 1 January 2027, 07:00 in Beijing: 2026 has ended
    const now = new Date('2026-12-31T23:00:00Z');
    expect(endedReportPeriods(now, 'MONTH', 2).map((period) => period.key)).toEqual(['2026-12', '2026-11']);
    expect(endedReportPeriods(now, 'QUARTER', 5).map((period) => period.key)).toEqual([
      '2026-Q4',
      '2026-Q3',
      '2026-Q2',
      '2026-Q1',
      '2025-Q4',
    ]);
    expect(endedReportPeriods(now, 'YEAR', 1).map((period) => period.key)).toEqual(['2026']);
    // 31 December 2026, 23:00 in Beijing: still December
    expect(endedReportPeriods(new Date('2026-12-31T15:00:00Z'), 'MONTH', 1)[0].key).toBe('2026-11');
  });
});
