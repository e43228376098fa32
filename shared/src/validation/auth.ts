import * as z from 'zod';
import { normalizeIdNumber, isValidIdNumber } from './id-number.js';

/** Mainland mobile numbers: 11 digits starting with 1[3-9]. */
export const phoneSchema = z
  .string()
  .trim()
  .regex(/^1[3-9]\d{9}$/, 'phone');
/** Long passphrases allowed; the upper bound keeps Argon2 input reasonable. */
export const passwordSchema = z.string().min(8, 'passwordLength').max(128, 'passwordLength');
export const personNameSchema = z.string().trim().min(1, 'name').max(50, 'name');
export const idNumberSchema = z.string().transform(normalizeIdNumber).refine(isValidIdNumber, 'idNumber');

export const registerWorkerSchema = z.object({
  phone: phoneSchema,
  password: passwordSchema,
  name: personNameSchema,
  idNumber: idNumberSchema,
  employerUnitId: z.string().regex(/^\d{1,18}$/, 'id'),
});

export const staffAccountSchema = z.object({
  phone: phoneSchema,
  password: passwordSchema,
  name: personNameSchema,
});
