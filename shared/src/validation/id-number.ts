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

/** Returns the birth date and sex the number encodes, or null when it is not a valid number. */
export function parseIdNumber(value: string): IdNumberFacts | null {
  if (!/^[1-9]\d{16}[\dX]$/.test(value)) return null;
  if (idNumberCheckChar(value.slice(0, 17)) !== value[17]) return null;
  const year = Number(value.slice(6, 10));
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  const date = new Date(Date.UTC(year, month - 1, day));
  const validDate = year >= 1900 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  if (!validDate) return null;
  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  return { birthDate, sex: Number(value[16]) % 2 === 1 ? 'MALE' : 'FEMALE' };
}

export const isValidIdNumber = (value: string): boolean => parseIdNumber(value) !== null;
