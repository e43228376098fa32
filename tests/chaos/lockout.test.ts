import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../server/src/cli/demo-data.js';
import { PHONES, startTestApp, type TestApp } from '../setup/test-app.js';
import { record, sized } from './record.js';

const LOGIN = `mutation($phone: String!, $password: String!) { login(phone: $phone, password: $password) { token } }`;

/**
 * An attacker guessing every demo account's password from one address, in parallel bursts, must never keep the
 * owners out: each signs in from their own address right after (issue 25 item 2). Behind one trusted proxy hop.
 */
describe('lockout by an attacker', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ TRUST_PROXY: '1' });
  });
  afterAll(() => app.close());

  it('leaves every owner able to sign in from their own address after a burst of wrong guesses on their account', async () => {
    const owners = Object.values(PHONES);
    const guessesPerAccount = sized(30, 300);
    const answers: Record<string, number> = {};
    const checkedBeyondBound: string[] = [];
    for (const phone of owners) {
      const started = Date.now();
      const guesses = await Promise.all(
        Array.from({ length: guessesPerAccount }, (_, attempt) =>
          app.gql(LOGIN, { phone, password: `guess-${attempt}` }, { forwardedFor: '203.0.113.66' }),
        ),
      );
      for (const guess of guesses) {
        const code = guess.errors?.[0]?.extensions?.code ?? 'OK';
        answers[code] = (answers[code] ?? 0) + 1;
      }
      // reaching a password check: the free failures and one more, then one per wait (1 s, 2 s, 4 s…) the burst outlasted
      const waitsElapsed = Math.floor(Math.log2(1 + (Date.now() - started) / 1000));
      const checked = guesses.filter((guess) => guess.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED').length;
      if (checked > 6 + waitsElapsed) checkedBeyondBound.push(`${phone}: ${checked} checked, bound ${6 + waitsElapsed}`);
    }
    const lockedOut: string[] = [];
    for (const [index, phone] of owners.entries()) {
      const owner = await app.gql(LOGIN, { phone, password: DEMO_PASSWORD }, { forwardedFor: `198.51.100.${index + 1}` });
      if (!owner.data?.login) lockedOut.push(phone);
    }
    record(
      'lockout',
      { lockoutByAttacker: lockedOut.length > 0 },
      { accounts: owners.length, guessesPerAccount, answersToGuesses: answers, ownersLockedOut: lockedOut },
    );
    expect(lockedOut).toEqual([]);
    expect(checkedBeyondBound).toEqual([]);
  });
});
