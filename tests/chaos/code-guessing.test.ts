import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../server/src/cli/demo-data.js';
import { PHONES, startTestApp, type TestApp } from '../setup/test-app.js';
import { record, SEED, seededRandom, sized } from './record.js';

const REQUEST = `mutation($phone: String!) { requestSmsCode(phone: $phone, purpose: LOGIN) }`;
const LOGIN_BY_CODE = `mutation($phone: String!, $code: String!) { loginWithSmsCode(phone: $phone, code: $code) { token } }`;
const LOGIN = `mutation($phone: String!, $password: String!) { login(phone: $phone, password: $password) { token } }`;
const CODES_PER_PHONE_DAY = 10;
const TRIES_PER_CODE = 5;

const answerOf = (result: { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: unknown } }[] }) =>
  String(result.errors?.[0]?.extensions?.code ?? 'OK');

/**
 * An attacker guessing sign-in codes (issue 20): from many addresses, in parallel bursts, asking every code a phone
 * may receive in a day. A code must never be guessed within its limits, and the phone's owner must still sign in —
 * by password at once, by a code of their own once the attacker's has ended — while every other phone is untouched.
 */
describe('guessing SMS codes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ TRUST_PROXY: '1' });
  });
  afterAll(() => app.close());

  it(
    'checks at most five guesses of any code, however many arrive at once, and at most ten codes a day per phone',
    { timeout: 600_000 },
    async () => {
      const random = seededRandom(SEED);
      const victims = [PHONES.worker, PHONES.lanshanStreetStaff, PHONES.huashengStaff, PHONES.cityAuditor];
      const bystanders = [PHONES.yinqueshanStaff, PHONES.lanshanStreetHead];
      const guessesPerBurst = sized(20, 60);
      const attacker = (n: number) => `203.0.113.${(n % 250) + 1}`;
      let requests = 0;
      let guesses = 0;
      const guessedIn: string[] = [];
      const triesBeyondLimit: string[] = [];
      const rightCodeAfterBurst: string[] = [];
      const ownerCodeSignIns: string[] = [];
      const refusedAskingTooOften: string[] = [];
      for (const phone of victims) {
        for (let sent = 1; sent <= CODES_PER_PHONE_DAY; sent += 1) {
          // the attacker asks again as soon as the phone's one-a-minute budget lets them, each time from a new address
          await app.minutePassed(phone);
          expect(answerOf(await app.gql(REQUEST, { phone }, { forwardedFor: attacker((requests += 1)) }))).toBe('OK');
          const code = await app.smsCodeFor(phone);
          const wrong = Array.from({ length: guessesPerBurst }, () => {
            const guess = String(Math.floor(random() * 1_000_000)).padStart(6, '0');
            return guess === code ? String((Number(code) + 1) % 1_000_000).padStart(6, '0') : guess;
          });
          const answers = await Promise.all(
            wrong.map((guess) => app.gql(LOGIN_BY_CODE, { phone, code: guess }, { forwardedFor: attacker((guesses += 1)) })),
          );
          guessedIn.push(...answers.filter((answer) => answerOf(answer) === 'OK').map(() => phone));
          const [{ attempts }] = await app.sql<{ attempts: number }>(
            `select attempts from sms_code where phone = ? and purpose = 'LOGIN' order by id desc limit 1`,
            [phone],
          );
          if (attempts > TRIES_PER_CODE) triesBeyondLimit.push(`${phone}: ${attempts} tries checked`);
          // the five tries are spent: not even the right code opens it now
          if (answerOf(await app.gql(LOGIN_BY_CODE, { phone, code })) === 'OK') rightCodeAfterBurst.push(phone);
          if (sent === 1) {
            // a minute later the owner asks for a code of their own, from their own address, and signs in with it
            await app.minutePassed(phone);
            expect(answerOf(await app.gql(REQUEST, { phone }, { forwardedFor: '198.51.100.9' }))).toBe('OK');
            const own = await app.gql(LOGIN_BY_CODE, { phone, code: await app.smsCodeFor(phone) }, { forwardedFor: '198.51.100.9' });
            if (answerOf(own) === 'OK') ownerCodeSignIns.push(phone);
            sent += 1;
          }
        }
        await app.minutePassed(phone);
        const eleventh = answerOf(await app.gql(REQUEST, { phone }, { forwardedFor: attacker((requests += 1)) }));
        if (eleventh === 'LIMIT_EXCEEDED') refusedAskingTooOften.push(phone);
      }
      // the owners: by password from their own addresses at once, and nobody else's phone was touched
      const passwordSignIns: string[] = [];
      for (const [index, phone] of victims.entries()) {
        const signedIn = await app.gql(LOGIN, { phone, password: DEMO_PASSWORD }, { forwardedFor: `198.51.100.${20 + index}` });
        if (answerOf(signedIn) === 'OK') passwordSignIns.push(phone);
      }
      const bystanderCodeSignIns: string[] = [];
      for (const phone of bystanders) {
        expect(answerOf(await app.gql(REQUEST, { phone }, { forwardedFor: '198.51.100.30' }))).toBe('OK');
        const signedIn = await app.gql(LOGIN_BY_CODE, { phone, code: await app.smsCodeFor(phone) }, { forwardedFor: '198.51.100.30' });
        if (answerOf(signedIn) === 'OK') bystanderCodeSignIns.push(phone);
      }
      const checkedPerPhoneDay = CODES_PER_PHONE_DAY * TRIES_PER_CODE;
      record(
        'code-guessing',
        { codesGuessed: guessedIn.length, codeLockoutByAttacker: passwordSignIns.length < victims.length },
        {
          victims: victims.length,
          guessesSent: guesses,
          guessesPerBurst,
          guessesCheckedPerPhoneDayAtMost: checkedPerPhoneDay,
          chanceOfGuessingPerPhoneDay: checkedPerPhoneDay / 1_000_000,
          triesBeyondLimit,
          ownerCodeSignIns: ownerCodeSignIns.length,
          passwordSignIns: passwordSignIns.length,
          bystanderCodeSignIns: bystanderCodeSignIns.length,
        },
      );
      expect(guessedIn).toEqual([]);
      expect(triesBeyondLimit).toEqual([]);
      expect(rightCodeAfterBurst).toEqual([]);
      expect(refusedAskingTooOften).toEqual(victims);
      expect(ownerCodeSignIns).toEqual(victims);
      expect(passwordSignIns).toEqual(victims);
      expect(bystanderCodeSignIns).toEqual(bystanders);
    },
  );
});
