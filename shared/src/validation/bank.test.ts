import { describe, expect, it } from 'vitest';
import { cardNumberProblem, maskCardNumber, normalizeCardNumber, passesLuhn } from './bank.js';

/** Completes `body` with its Luhn check digit. */
const withCheckDigit = (body: string) => {
  for (let digit = 0; digit <= 9; digit += 1) if (passesLuhn(`${body}${digit}`)) return `${body}${digit}`;
  throw new Error('unreachable');
};

describe('bank card numbers', () => {
  it('accepts a UnionPay card with its check digit, typed in groups', () => {
    const card = withCheckDigit('621700123456789012');
    expect(cardNumberProblem(normalizeCardNumber(`${card.slice(0, 4)} ${card.slice(4, 8)}-${card.slice(8)}`))).toBeNull();
  });

  it('refuses a UnionPay card with one digit wrong, and numbers of the wrong length or with letters', () => {
    const card = withCheckDigit('621700123456789012');
    const wrong = `${card.slice(0, -1)}${(Number(card.at(-1)) + 1) % 10}`;
    expect(cardNumberProblem(wrong)).toBe('payee.cardCheck');
    expect(cardNumberProblem('621700123456789')).toBe('payee.cardDigits');
    expect(cardNumberProblem('62170012345678901234')).toBe('payee.cardDigits');
    expect(cardNumberProblem('62170012345678901A')).toBe('payee.cardDigits');
  });

  it('does not hold older domestic numbers without a check digit to Luhn', () => {
    const body = '9558801234567890';
    const noCheck = passesLuhn(body) ? '9558801234567891' : body;
    expect(passesLuhn(noCheck)).toBe(false);
    expect(cardNumberProblem(noCheck)).toBeNull();
  });

  it('shows the last four digits only', () => {
    expect(maskCardNumber('0123')).toBe('**** **** **** 0123');
  });
});
