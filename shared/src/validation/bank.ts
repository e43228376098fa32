import * as z from 'zod';
import { idNumberSchema } from './auth.js';

/** Drops the blanks and dashes people type between groups of digits. */
export const normalizeCardNumber = (raw: string): string => raw.replace(/[\s-]/g, '');

/** The Luhn (mod 10) check digit test. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/**
 * What is wrong with a bank card number, or null. Chinese debit cards carry 16 to 19 digits; UnionPay cards (62…) and
 * international ones (4…, 5…) end in a Luhn check digit, while some older domestic numbers do not, so only those
 * are checked.
 */
export function cardNumberProblem(value: string): 'payee.cardDigits' | 'payee.cardCheck' | null {
  if (!/^\d{16,19}$/.test(value)) return 'payee.cardDigits';
  if (/^(62|4|5)/.test(value) && !passesLuhn(value)) return 'payee.cardCheck';
  return null;
}

export const cardNumberSchema = z
  .string()
  .transform(normalizeCardNumber)
  .superRefine((value, ctx) => {
    const problem = cardNumberProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const payeeAccountSchema = z.object({
  bankName: z.string().trim().min(2, 'payee.bankName').max(60, 'tooLong'),
  accountNumber: cardNumberSchema,
  /** The holder's ID number: the file's person when left out, else a household member named on the file. */
  holderIdNumber: idNumberSchema.nullish(),
});

/** Card numbers as every read shows them: the last four digits only. */
export const maskCardNumber = (lastFour: string): string => `**** **** **** ${lastFour}`;
