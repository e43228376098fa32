import { describe, expect, it } from 'vitest';
import { parseReportPeriod } from './report-period.js';

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
});
