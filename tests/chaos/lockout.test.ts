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
    for (const phone of owners) {
      const guesses = await Promise.all(
        Array.from({ length: guessesPerAccount }, (_, attempt) =>
          app.gql(LOGIN, { phone, password: `guess-${attempt}` }, { forwardedFor: '203.0.113.66' }),
        ),
      );
      for (const guess of guesses) {
        const code = guess.errors?.[0]?.extensions?.code ?? 'OK';
        answers[code] = (answers[code] ?? 0) + 1;
      }
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
    // the guesses that reached a password check: the free ones and one more per account, the rest waited
    expect(answers.UNAUTHENTICATED).toBeLessThanOrEqual(owners.length * 6);
  });
});
