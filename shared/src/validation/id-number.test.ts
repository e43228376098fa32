import { describe, expect, it } from 'vitest';
import { idNumberCheckChar, isValidIdNumber, normalizeIdNumber, parseIdNumber } from './id-number.js';

describe('GB 11643-1999 resident ID numbers', () => {
  it('accepts the standard sample with its X check character', () => {
    expect(parseIdNumber('11010519491231002X')).toEqual({ birthDate: '1949-12-31', sex: 'FEMALE' });
  });

  it('derives a male from an odd sequence digit', () => {
    const body = '44030419850312201';
    expect(parseIdNumber(`${body}${idNumberCheckChar(body)}`)?.sex).toBe('MALE');
  });

  it('refuses a wrong check character', () => {
    expect(isValidIdNumber('110105194912310021')).toBe(false);
  });

  it('refuses an impossible birth date even with a correct check character', () => {
    const body = '11010519490230002';
    expect(isValidIdNumber(`${body}${idNumberCheckChar(body)}`)).toBe(false);
  });

  it('accepts a real birth date before 1900 and up to today in Beijing, and refuses one after it', () => {
    const withCheck = (body: string) => `${body}${idNumberCheckChar(body)}`;
    expect(parseIdNumber(withCheck('11010518981105002'))?.birthDate).toBe('1898-11-05');
    expect(parseIdNumber(withCheck('11010518000229002'))).toBeNull();
    expect(parseIdNumber(withCheck('11010518040229002'))?.birthDate).toBe('1804-02-29');
    // 2026-12-04 16:30 UTC is 12-05 in Beijing: a child born on the 5th has a valid number there
    const now = new Date('2026-12-04T16:30:00Z');
    expect(parseIdNumber(withCheck('11010520261205002'), now)?.birthDate).toBe('2026-12-05');
    expect(parseIdNumber(withCheck('11010520261206002'), now)).toBeNull();
  });

  it('refuses a lower-case x until normalised', () => {
    expect(isValidIdNumber('11010519491231002x')).toBe(false);
    expect(isValidIdNumber(normalizeIdNumber(' 11010519491231002x '))).toBe(true);
  });

  it('refuses wrong lengths and letters', () => {
    expect(isValidIdNumber('1101051949123100')).toBe(false);
    expect(isValidIdNumber('A1010519491231002X')).toBe(false);
  });
});
