import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHONES, startTestApp, type TestApp } from '../setup/test-app.js';
import { record } from './record.js';
import { carriesStackTrace } from './stack-trace.js';

interface Attack {
  name: string;
  body: string;
  production?: boolean;
}

const nest = (depth: number, field = 'children'): string => (depth === 0 ? 'id' : `id ${field} { ${nest(depth - 1, field)} }`);
const json = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });

/**
 * The corpus: every kind the issue lists, in several sizes and disguises. Each must be refused with a typed
 * client error before execution starts (no `data` key in the answer, nothing written).
 */
function corpus(maxDepth: number): Attack[] {
  const attacks: Attack[] = [];
  for (let extra = 1; extra <= 5; extra += 1) {
    attacks.push({ name: `depth ${maxDepth + extra}`, body: json(`{ units(first: 1) { edges { node { ${nest(maxDepth + extra)} } } } }`) });
    attacks.push({
      name: `depth ${maxDepth + extra} through fragments`,
      body: json(
        `{ me { ...A } } fragment A on User { roles { unit { ...B } } } fragment B on Unit { ${nest(maxDepth + extra - 3, 'parent')} }`,
      ),
    });
  }
  for (const count of [16, 20, 50, 200]) {
    attacks.push({ name: `${count} aliases`, body: json(`{ ${Array.from({ length: count }, (_, i) => `a${i}: me { id }`).join(' ')} }`) });
    attacks.push({
      name: `${count} aliased logins`,
      body: json(
        `mutation { ${Array.from({ length: count }, (_, i) => `a${i}: login(phone: "${PHONES.worker}", password: "guess${i}") { token }`).join(' ')} }`,
      ),
    });
  }
  // one request trying many sign-in codes, asking for many codes, or confirming a receipt with many (issue 20)
  const sixDigits = (i: number) => String(i).padStart(6, '0');
  for (const count of [16, 50, 200]) {
    attacks.push({
      name: `${count} aliased code guesses`,
      body: json(
        `mutation { ${Array.from({ length: count }, (_, i) => `a${i}: loginWithSmsCode(phone: "${PHONES.worker}", code: "${sixDigits(i)}") { token }`).join(' ')} }`,
      ),
    });
    attacks.push({
      name: `${count} aliased code requests`,
      body: json(
        `mutation { ${Array.from({ length: count }, (_, i) => `a${i}: requestSmsCode(phone: "1390000${sixDigits(i).slice(2)}", purpose: LOGIN)`).join(' ')} }`,
      ),
    });
    attacks.push({
      name: `${count} aliased receipt codes`,
      body: json(
        `mutation { ${Array.from({ length: count }, (_, i) => `a${i}: confirmReceipt(id: "1", smsCode: "${sixDigits(i)}") { id }`).join(' ')} }`,
      ),
    });
  }
  for (const count of [2, 10, 100]) {
    attacks.push({
      name: `batch of ${count} code guesses`,
      body: JSON.stringify(
        Array.from({ length: count }, (_, i) => ({
          query: `mutation { loginWithSmsCode(phone: "${PHONES.worker}", code: "${sixDigits(i)}") { token } }`,
        })),
      ),
    });
  }
  for (const count of [2, 10, 100]) {
    attacks.push({ name: `batch of ${count}`, body: JSON.stringify(Array.from({ length: count }, () => ({ query: '{ __typename }' }))) });
    attacks.push({
      name: `batch of ${count} logins`,
      body: JSON.stringify(
        Array.from({ length: count }, (_, i) => ({
          query: `mutation { login(phone: "${PHONES.worker}", password: "guess${i}") { token } }`,
        })),
      ),
    });
  }
  for (const first of [100, 200]) {
    attacks.push({
      name: `cost: units(first: ${first}) with nested lists`,
      body: json(`query($first: Int) { units(first: $first) { edges { node { id children { id children { id ancestors { id } } } } } } }`, {
        first,
      }),
    });
  }
  const introspection = [
    `{ __schema { types { name } } }`,
    `{ __type(name: "User") { name fields { name } } }`,
    `query __schema { __schema { queryType { name } } }`,
    `{ a: __schema { types { name } } }`,
    `{ ...F } fragment F on Query { __schema { types { name } } }`,
    `query Q { __typename __schema { directives { name } } }`,
    `fragment __schema on Query { __schema { types { name } } } { ...__schema }`,
  ];
  for (const query of introspection)
    attacks.push({ name: `introspection in production: ${query.slice(0, 40)}`, body: json(query), production: true });
  attacks.push({
    name: 'fragment cycle A→B→A',
    body: json(`{ me { ...A } } fragment A on User { roles { unit { ...B } } } fragment B on Unit { parent { ...B } }`),
  });
  attacks.push({ name: 'fragment cycle on itself', body: json(`{ me { ...A } } fragment A on User { ...A }`) });
  attacks.push({
    name: 'fragment cycle of three',
    body: json(
      `{ units(first: 1) { edges { node { ...A } } } } fragment A on Unit { parent { ...B } } fragment B on Unit { parent { ...C } } fragment C on Unit { parent { ...A } }`,
    ),
  });
  attacks.push({ name: '1 MB string literal', body: json(`{ units(first: 1, search: "${'搜'.repeat(350_000)}") { totalCount } }`) });
  attacks.push({
    name: '4 MB string variable',
    body: json(`query($s: String) { units(first: 1, search: $s) { totalCount } }`, { s: 'x'.repeat(4 * 1024 * 1024) }),
  });
  attacks.push({ name: '6,000 fields', body: json(`{ me { ${Array.from({ length: 6_000 }, () => 'id').join(' ')} } }`) });
  attacks.push({
    name: '10,000 directives',
    body: json(`{ me { id ${Array.from({ length: 10_000 }, () => '@include(if: true)').join(' ')} } }`),
  });
  attacks.push({ name: 'not JSON', body: '{"query": "{ me { id }' });
  attacks.push({ name: 'query is not a string', body: JSON.stringify({ query: { me: 'id' } }) });
  return attacks;
}

describe('malicious queries', () => {
  let app: TestApp;
  let production: TestApp;
  let token: string;
  beforeAll(async () => {
    app = await startTestApp();
    production = await startTestApp({ NODE_ENV: 'production' });
    token = await app.loginAs(PHONES.sysadmin);
  });
  afterAll(async () => {
    await app.close();
    await production.close();
  });

  it('tells a stack trace in an answer from an input echoed in a message', () => {
    expect(carriesStackTrace(JSON.stringify({ message: 'TypeError: x\n    at accountOf (/srv/ledger.ts:26:14)' }))).toBe(true);
    expect(carriesStackTrace('{"errors":[{"extensions":{"stacktrace":["Error"]}}]}')).toBe(true);
    expect(carriesStackTrace('{"message":"got invalid value at \\"input.visitedAt\\"; +081067-03-16T04:53:48.688Z"}')).toBe(false);
  });

  it('refuses every query of the corpus with a typed client error before any resolver runs', { timeout: 120_000 }, async () => {
    const attacks = corpus(app.config.QUERY_MAX_DEPTH);
    const audit = async (target: TestApp) => (await target.sql<{ n: number }>(`select count(*)::int as n from audit_event`))[0].n;
    const codes = async () => (await app.sql<{ n: number }>(`select count(*)::int as n from sms_code`))[0].n;
    const limits = async () => (await app.runtime.redis.keys('*login*')).length + (await app.runtime.redis.keys('*sms-code*')).length;
    const before = [await audit(app), await audit(production), await limits(), await codes()];
    const accepted: string[] = [];
    for (const attack of attacks) {
      const target = attack.production ? production : app;
      const response = await fetch(target.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: attack.body,
      });
      const text = await response.text();
      let answer: { data?: unknown; errors?: { extensions?: { code?: string } }[] } | null = null;
      try {
        answer = JSON.parse(text);
      } catch {
        /* a non-JSON answer is itself a failure, counted below */
      }
      const refused =
        response.status >= 400 &&
        response.status < 500 &&
        answer !== null &&
        !('data' in answer) &&
        typeof answer.errors?.[0]?.extensions?.code === 'string' &&
        !carriesStackTrace(text);
      if (!refused) accepted.push(`${attack.name}: ${response.status} ${text.slice(0, 200)}`);
    }
    const after = [await audit(app), await audit(production), await limits(), await codes()];
    const rejectedPct = Math.round((10_000 * (attacks.length - accepted.length)) / attacks.length) / 100;
    record(
      'malicious',
      { maliciousQueriesRejectedPct: rejectedPct },
      { queries: attacks.length, kinds: [...new Set(attacks.map((a) => a.name.replace(/[\d,]+/g, 'N').split(':')[0]))], accepted },
    );
    expect(accepted).toEqual([]);
    expect(after).toEqual(before);
  });
});
