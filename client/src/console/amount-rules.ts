import type { TFunction } from 'i18next';
import { yuanToFen } from '../lib/money';

const invalid = (t: TFunction) => Promise.reject(new Error(t('apply.amountInvalid')));

/** A form rule for yuan typed by staff that may stay empty (an income on the file, a requested amount). */
export const optionalYuanRule = (t: TFunction) => ({
  validator: (_: unknown, value?: string) => (!value || yuanToFen(value) !== null ? Promise.resolve() : invalid(t)),
});

/** A form rule for an amount of money that moves (a proposal, a ledger posting): above zero. */
export const positiveYuanRule = (t: TFunction) => ({
  validator: (_: unknown, value?: unknown) => ((yuanToFen(String(value ?? '')) ?? 0) > 0 ? Promise.resolve() : invalid(t)),
});
