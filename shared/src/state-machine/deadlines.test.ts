import { describe, expect, it } from 'vitest';
import { addWorkingDays, shanghaiYear, shanghaiYearStart } from './deadlines.js';

describe(addWorkingDays.name, () => {
  it('skips the weekend', () => {
    // Thursday 2026-11-19 10:00 in Shanghai
    const thursday = new Date('2026-11-19T02:00:00Z');
    expect(addWorkingDays(thursday, 3).toISOString()).toBe('2026-11-24T02:00:00.000Z');
  });

  it('uses the Shanghai date, not the UTC date, near midnight', () => {
    // Friday 2026-11-20 23:30 UTC is already Saturday 07:30 in Shanghai; one working day later is Monday
    expect(addWorkingDays(new Date('2026-11-20T23:30:00Z'), 1).toISOString()).toBe('2026-11-22T23:30:00.000Z');
  });

  it('skips public holidays and counts make-up working weekends', () => {
    // Thursday 2026-02-12 10:00; Saturday the 14th is worked, the 15th to the 23rd are the Spring Festival
    const calendar = new Map([
      ['2026-02-14', true],
      ...['16', '17', '18', '19', '20', '23'].map((day) => [`2026-02-${day}`, false] as const),
    ]);
    const thursday = new Date('2026-02-12T02:00:00Z');
    expect(addWorkingDays(thursday, 3, calendar).toISOString()).toBe('2026-02-24T02:00:00.000Z');
    expect(addWorkingDays(thursday, 3).toISOString()).toBe('2026-02-17T02:00:00.000Z');
  });
});

describe(shanghaiYear.name, () => {
  it('turns the year at Shanghai midnight', () => {
    expect(shanghaiYear(new Date('2026-12-31T16:30:00Z'))).toBe(2027);
    expect(shanghaiYearStart(2027).toISOString()).toBe('2026-12-31T16:00:00.000Z');
  });
});
