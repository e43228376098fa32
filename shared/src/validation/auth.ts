import * as z from 'zod';
import { normalizeIdNumber, isValidIdNumber } from './id-number.js';
import { MOBILE_NUMBER } from './phone.js';

export const phoneSchema = z.string().trim().regex(MOBILE_NUMBER, 'phone');
/** Long passphrases allowed; the upper bound keeps Argon2 input reasonable. */
/** The passwords tried first (leaked lists, Chinese and international), compared without case. */
const COMMON_PASSWORDS = new Set([
  'password',
  'password1',
  'passw0rd',
  'p@ssw0rd',
  'p@ssword',
  'qwerty123',
  'qwer1234',
  '1qaz2wsx',
  '1q2w3e4r',
  'zxcvbnm1',
  'abc12345',
  'abcd1234',
  'a1234567',
  'aa123456',
  'a123456789',
  '123456abc',
  '123qwe!@#',
  'admin123',
  'admin@123',
  'iloveyou1',
  'woaini1314',
  'woaini520',
  'asdf1234',
  'qq123456',
  '5201314a',
  'bangfu2026',
  'bangfu@123',
]);

/**
 * A password someone could guess within the sign-in limits: shorter than 8, on the common list, one or two
 * characters repeated, or only one kind of character (letters, digits, other). Shared so the forms say so before the server does.
 */
export function isWeakPassword(password: string): boolean {
  if (password.length < 8) return true;
  if (COMMON_PASSWORDS.has(password.toLowerCase())) return true;
  if (new Set(password).size <= 2) return true;
  const kinds = [/\p{L}/u, /\p{N}/u, /[^\p{L}\p{N}]/u].filter((kind) => kind.test(password)).length;
  return kinds < 2;
}

export const passwordSchema = z
  .string()
  .min(8, 'passwordLength')
  .max(128, 'passwordLength')
  .refine((password) => !isWeakPassword(password), 'auth.weakPassword');
export const personNameSchema = z.string().trim().min(1, 'name').max(50, 'name');
export const idNumberSchema = z.string().transform(normalizeIdNumber).refine(isValidIdNumber, 'idNumber');

export const registerWorkerSchema = z.object({
  phone: phoneSchema,
  password: passwordSchema,
  name: personNameSchema,
  idNumber: idNumberSchema,
  employerUnitId: z.string().regex(/^\d{1,18}$/, 'id'),
});

/** 实名核验 at the counter: the phone the person gives and the number on the ID card in front of the staff member. */
export const verifyIdentitySchema = z.object({
  phone: phoneSchema,
  idNumber: idNumberSchema,
});

/** An ID number taken back from the account that used it: the number on the holder's card, and what the station found. */
export const releaseIdNumberSchema = z.object({
  idNumber: idNumberSchema,
  reason: z.string().trim().min(2, 'identity.reasonRequired').max(500, 'identity.reasonRequired'),
});

export const staffAccountSchema = z.object({
  phone: phoneSchema,
  password: passwordSchema,
  name: personNameSchema,
});
