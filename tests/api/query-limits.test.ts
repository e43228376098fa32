import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHONES, startTestApp, type TestApp } from '../setup/test-app.js';

const nest = (depth: number): string => (depth === 0 ? 'id' : `id children { ${nest(depth - 1)} }`);

describe('abusive queries are rejected before any resolver runs', () => {
  let app: TestApp;
  let production: TestApp;
  let admin: string;
  beforeAll(async () => {
    app = await startTestApp();
    production = await startTestApp({ NODE_ENV: 'production' });
    admin = await app.loginAs(PHONES.sysadmin);
  });
  afterAll(async () => {
    await app.close();
    await production.close();
  });

  const unitCount = async () => (await app.sql<{ n: number }>(`select count(*)::int as n from unit`))[0].n;
  const createUnit = (selection: string) =>
    `mutation { createUnit(input: { code: "LY-HD-DEEP", name: "深", level: STREET, parentId: "4" }) { ${selection} } }`;

  it('rejects a mutation nested past the depth limit with QUERY_TOO_COMPLEX, and creates nothing', async () => {
    const before = await unitCount();
    const result = await app.gql(createUnit(nest(app.config.QUERY_MAX_DEPTH)), {}, { token: admin });
    expect(result.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(result.errors?.[0].message).toMatch(/nested too deeply/);
    expect(await unitCount()).toBe(before);
  });

  it('follows fragments when measuring depth', async () => {
    const query = `query { me { ...A } } fragment A on User { roles { unit { ...B } } } fragment B on Unit { children { children { children { children { children { children { children { id } } } } } } } }`;
    const result = await app.gql(query, {}, { token: admin });
    expect(result.errors?.[0].message).toMatch(/nested too deeply/);
  });

  it('rejects a mutation whose cost is over the limit although its depth is allowed, and creates nothing', async () => {
    const before = await unitCount();
    const result = await app.gql(createUnit(nest(5)), {}, { token: admin });
    expect(result.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(result.errors?.[0].message).toMatch(/too complex \(cost/);
    expect(await unitCount()).toBe(before);
  });

  it('prices a page by its size, using the variables', async () => {
    const query = `query($first: Int) { units(first: $first) { edges { node { id children { id ancestors { id name } } } } } }`;
    expect((await app.gql(query, { first: 5 }, { token: admin })).errors).toBeUndefined();
    expect((await app.gql(query, { first: 200 }, { token: admin })).errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('rejects more than 15 aliases, so one request cannot try 16 passwords', async () => {
    const attempts = Array.from({ length: 16 }, (_, i) => `a${i}: login(phone: "${PHONES.worker}", password: "guess-${i}") { token }`).join(
      ' ',
    );
    const result = await app.gql(`mutation { ${attempts} }`);
    expect(result.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    const limiterKeys = () => app.runtime.redis.keys('bangfu-login:account:*');
    expect(await limiterKeys()).toHaveLength(0);
    // one wrong guess on its own is counted, under that pattern
    await app.gql(`mutation { login(phone: "${PHONES.worker}", password: "guess") { token } }`);
    expect(await limiterKeys()).toHaveLength(1);
  });

  it('refuses batched HTTP requests', async () => {
    const result = await app.post([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(result.status).toBe(400);
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('turns introspection off in production, also for an operation named __schema', async () => {
    const plain = await production.gql(`{ __schema { types { name } } }`);
    expect(plain.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const named = await production.gql(`query __schema { __schema { queryType { name } } }`);
    expect(named.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(named.data).toBeUndefined();
    expect((await app.gql(`{ __schema { queryType { name } } }`)).data?.__schema.queryType.name).toBe('Query');
  });

  it('does not suggest field or argument names in production, so the schema cannot be guessed from errors', async () => {
    const probe = `{ me { i } fund(unitI: "1") { id } }`;
    const hidden = await production.gql(probe);
    expect(hidden.errors?.length).toBeGreaterThan(0);
    expect(hidden.errors?.every((error) => error.extensions?.code === 'BAD_USER_INPUT' && !/Did you mean/.test(error.message))).toBe(true);
    expect((await app.gql(probe)).errors?.some((error) => /Did you mean "id"/.test(error.message))).toBe(true);
  });

  it('rejects a fragment cycle as bad input, without crashing', async () => {
    const result = await app.gql(
      `query { me { ...A } } fragment A on User { roles { unit { ...B } } } fragment B on Unit { parent { ...B } }`,
      {},
      { token: admin },
    );
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('rejects a huge document by its token count', async () => {
    const fields = Array.from({ length: 3000 }, () => 'id').join(' ');
    const result = await app.gql(`{ me { ${fields} } }`, {}, { token: admin });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
