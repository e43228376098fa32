import * as z from 'zod';
import { DISBURSEMENT_METHODS, EXPENSE_CATEGORIES, FUND_SOURCES } from '../enums/index.js';
import { idNumberSchema } from './auth.js';

/** One movement is at most ¥100,000,000; amounts are integer fen above zero. */
export const positiveFenSchema = z.number().int('integer').min(1, 'positive').max(10_000_000_000, 'tooLarge');
export const idempotencyKeySchema = z.string().trim().min(8, 'idempotencyKey').max(255, 'idempotencyKey');
const note = z.string().trim().max(500, 'tooLong').nullish();

export const incomeSchema = z.object({
  source: z.enum(FUND_SOURCES),
  amountFen: positiveFenSchema,
  donor: z.string().trim().min(1, 'donor').max(100, 'tooLong').nullish(),
  /** ISO 3166 alpha-2; donations are accepted from domestic donors only. */
  donorCountry: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, 'donorCountry')
    .nullish(),
  conditions: z.string().trim().max(500, 'tooLong').nullish(),
  note,
  idempotencyKey: idempotencyKeySchema.nullish(),
});

export const allocationSchema = z.object({
  amountFen: positiveFenSchema,
  note,
  idempotencyKey: idempotencyKeySchema,
});

export const expenseSchema = z.object({
  category: z.enum(EXPENSE_CATEGORIES),
  amountFen: positiveFenSchema,
  granteeUnitId: z
    .string()
    .regex(/^\d{1,18}$/, 'id')
    .nullish(),
  note,
  idempotencyKey: idempotencyKeySchema.nullish(),
});

export const disbursementSchema = z.object({
  method: z.enum(DISBURSEMENT_METHODS),
  idempotencyKey: idempotencyKeySchema,
  /** Defaults to the file's person; otherwise a household member the file names as a recipient. */
  recipientIdNumber: idNumberSchema.nullish(),
  /** The payer saw the recipient's ID card at the payout (现场核验); needed when nothing else verified them. */
  recipientIdentityChecked: z
    .boolean()
    .nullish()
    .transform((value) => value ?? false),
  note,
});
