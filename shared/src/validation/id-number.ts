import { shanghaiDate } from '../state-machine/deadlines.js';

/**
 * Resident ID numbers per GB 11643-1999: 6-digit region, 8-digit birth date, 3-digit sequence
 * (odd = male), and an ISO 7064 MOD 11-2 check character (0-9 or upper-case X).
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

export type Sex = 'MALE' | 'FEMALE';
export interface IdNumberFacts {
  birthDate: string;
  sex: Sex;
}

/** Upper-cases a trailing x and drops surrounding blanks, as people type it. */
export const normalizeIdNumber = (raw: string): string => raw.trim().toUpperCase();

export function idNumberCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

/**
 * Returns the birth date and sex the number encodes, or null when it is not a valid number: the check character must
 * match and the birth date must be a real calendar date (any year: elderly relatives born before 1900 hold valid
 * numbers) no later than today in Beijing.
 */
export function parseIdNumber(value: string, now: Date = new Date()): IdNumberFacts | null {
  if (!/^[1-9]\d{16}[\dX]$/.test(value)) return null;
  if (idNumberCheckChar(value.slice(0, 17)) !== value[17]) return null;
  const year = Number(value.slice(6, 10));
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  // setUTCFullYear, unlike Date.UTC, takes years below 100 as written
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  const realDate = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  if (!realDate || birthDate > shanghaiDate(now)) return null;
  return { birthDate, sex: Number(value[16]) % 2 === 1 ? 'MALE' : 'FEMALE' };
}

export const isValidIdNumber = (value: string): boolean => parseIdNumber(value) !== null;
