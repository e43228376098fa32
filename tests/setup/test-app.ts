import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { rmSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import type { GraphQLSchema } from 'graphql';
import type { MikroORM } from '@mikro-orm/postgresql';
import { loadConfig, type Config } from '../../server/src/app/config.js';
import { createHttpApp } from '../../server/src/app/http.js';
import { initOrm } from '../../server/src/app/orm.js';
import { createRuntime, type Runtime } from '../../server/src/app/runtime.js';
import { NO_ROWS, SYSTEM_ROWS } from '../../server/src/common/row-scope.js';
import { buildAppSchema } from '../../server/src/app/schema.js';
import { DEMO_PASSWORD } from '../../server/src/cli/demo-data.js';
import { applicationUrl } from '../../scripts/services.mjs';
import { cipherFor, limitKeyOf } from '../../server/src/app/services.js';
import { LogSmsSender } from '../../server/src/modules/notifications/sms.js';
import { sendSmsCode } from '../../server/src/modules/verification/verification.service.js';
import { TEMPLATE_DATABASE, withDatabase } from './database.js';

export interface GqlResult<T = Record<string, any>> {
  status: number;
  data: T | null | undefined;
  errors: { message: string; extensions?: { code?: string; correlationId?: string } }[] | undefined;
}

export interface GqlOptions {
  token?: string | null;
  lang?: string;
  /** Sent as X-Forwarded-For, as a reverse proxy would: the caller's address when the app trusts one hop. */
  forwardedFor?: string;
}

let schemaPromise: Promise<GraphQLSchema> | undefined;
let databaseCounter = 0;

/** A copy of the template database (migrations + demo network) for one test file. */
async function cloneTemplate(baseUrl: string): Promise<string> {
  const name = `bangfu_t${process.env.VITEST_POOL_ID ?? '0'}_${process.pid}_${(databaseCounter += 1)}`;
  const admin = await initOrm(withDatabase(baseUrl, 'postgres'), 1);
  try {
    await admin.em.getConnection().execute(`drop database if exists ${name} with (force)`);
    for (let attempt = 0; ; attempt += 1) {
      try {
        await admin.em.getConnection().execute(`create database ${name} template ${TEMPLATE_DATABASE}`);
        break;
      } catch (error) {
        // another file may be copying the template at this instant
        if (attempt > 40 || !String(error).includes('being accessed by other users')) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  } finally {
    await admin.close();
  }
  return withDatabase(baseUrl, name);
}

/** Boots the real API (Express + Apollo + MikroORM + Redis) on a random loopback port. */
export async function startTestApp(overrides: Partial<Record<keyof Config, string>> = {}) {
  const databaseUrl = await cloneTemplate(inject('DATABASE_URL'));
  const redisUrl = new URL(inject('REDIS_URL'));
  redisUrl.pathname = `/${Number(process.env.VITEST_POOL_ID ?? '1') % 16}`;
  const config = loadConfig({
    NODE_ENV: inject('NODE_ENV'),
    LOG_LEVEL: inject('LOG_LEVEL'),
    DATA_ENCRYPTION_KEY: inject('DATA_ENCRYPTION_KEY'),
    LOOKUP_HMAC_KEY: inject('LOOKUP_HMAC_KEY'),
    // the API runs as the application role, as setup leaves it; the test's own SQL runs as the owner
    DATABASE_URL: applicationUrl(databaseUrl),
    DATABASE_OWNER_URL: databaseUrl,
    REDIS_URL: redisUrl.toString(),
    PORT: '0',
    EXPORT_DIR: join(tmpdir(), `bangfu-exports-${new URL(databaseUrl).pathname.slice(1)}`),
    // the phones: texts sent by this process and by any worker process spawned on this app land in one place
    SMS_LOG_INBOX_DIR: join(tmpdir(), `bangfu-sms-${new URL(databaseUrl).pathname.slice(1)}`),
    // every test registers its workers from this one loopback address; sign-in-limits.test sets the real budget
    REGISTER_MAX_PER_IP: '100000',
    SMS_CODE_MAX_PER_IP: '100000',
    ...overrides,
  });
  await rm(config.SMS_LOG_INBOX_DIR!, { recursive: true, force: true });
  const runtime: Runtime = await createRuntime(config, 'test', NO_ROWS);
  const owner = await initOrm(databaseUrl, 2);
  // what the worker process is: the application's role, seeing every row (its jobs are nobody's request)
  const worker = await initOrm(applicationUrl(databaseUrl), 2, SYSTEM_ROWS);
  await runtime.redis.flushdb();
  schemaPromise ??= buildAppSchema();
  const http = createHttpApp({ ...runtime, config, schema: await schemaPromise });
  await http.start();
  await new Promise<void>((resolve) => http.httpServer.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(http.httpServer.address() as AddressInfo).port}/graphql`;

  return {
    ...appClient(url, config, runtime, owner, worker),
    async close() {
      await http.stop();
      await runtime.close();
      await owner.close();
      await worker.close();
    },
  };
}

/**
 * Requests to a Bangfu API at `url` and rows from its database through `owner` (the schema's owner, by default
 * the runtime's own connection): for the in-process test app,
 * and for API processes the chaos suite starts and kills. `worker` is for the jobs a test runs in process, as the
 * worker process would.
 */
export function appClient(url: string, config: Config, runtime: Runtime, owner: MikroORM = runtime.orm, worker: MikroORM = runtime.orm) {
  async function post(body: unknown, options: GqlOptions = {}): Promise<GqlResult> {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'accept-language': options.lang ?? 'en',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...(options.forwardedFor ? { 'x-forwarded-for': options.forwardedFor } : {}),
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const json = (await response.json()) as { data?: Record<string, any> | null; errors?: GqlResult['errors'] };
    return { status: response.status, data: json.data, errors: json.errors };
  }

  const gql = (query: string, variables: Record<string, unknown> = {}, options: GqlOptions = {}) => post({ query, variables }, options);

  async function loginAs(phone: string, password = DEMO_PASSWORD): Promise<string> {
    const result = await gql(`mutation($phone: String!, $password: String!) { login(phone: $phone, password: $password) { token } }`, {
      phone,
      password,
    });
    if (!result.data?.login) throw new Error(`login failed for ${phone}: ${JSON.stringify(result.errors)}`);
    return result.data.login.token as string;
  }

  /** Reads rows straight from the database, bypassing the API. */
  const sql = <T = Record<string, any>>(query: string, params: unknown[] = []) =>
    owner.em.fork().getConnection().execute<T[]>(query, params);

  /** Lets `phone` ask for its next code as a minute later (the one-a-minute budget, kept under the phone's keyed hash). */
  const limitKey = limitKeyOf(cipherFor(config));
  const minutePassed = async (phone: string) => {
    await runtime.redis.del(`bangfu-sms-code-minute:${limitKey(phone)}`);
  };

  /**
   * The last code `phone` received. A code still waiting is sent here, as the worker's job would; a worker process
   * running beside the test may have sent it first, so both write to the one inbox on disk that this reads.
   */
  // without a configured inbox (a suite that builds its own config), one of this database's, emptied of earlier runs
  const inboxDir = config.SMS_LOG_INBOX_DIR ?? join(tmpdir(), `bangfu-sms-${new URL(config.DATABASE_URL).pathname.slice(1)}`);
  if (!config.SMS_LOG_INBOX_DIR) rmSync(inboxDir, { recursive: true, force: true });
  const phoneInbox = new LogSmsSender(runtime.logger, inboxDir);
  async function smsCodeFor(phone: string): Promise<string> {
    const waiting = await sql<{ id: string }>(`select id::text from sms_code where phone = ? and code_enc is not null order by id`, [
      phone,
    ]);
    for (const { id } of waiting) await sendSmsCode(runtime.orm.em.fork(), cipherFor(config), phoneInbox, id);
    // a worker process claims a code before its text lands in the inbox: wait (a little) for the newest code's text
    const [newest] = await sql<{ purpose: string; code_hash: string }>(
      `select purpose, code_hash from sms_code where phone = ? order by id desc limit 1`,
      [phone],
    );
    const isNewest = (code: string) =>
      !newest || cipherFor(config).lookupHash(`sms-code:${phone}:${newest.purpose}:${code}`) === newest.code_hash;
    let codes: string[] = [];
    for (let tries = 0; tries < 100; tries += 1) {
      const texts = await readFile(join(inboxDir, `${phone}.txt`), 'utf8').catch(() => '');
      codes = [...texts.matchAll(/验证码 (\d{6})/g)].map((match) => match[1]);
      if (codes.some(isNewest)) return codes.findLast(isNewest)!;
      await new Promise((done) => setTimeout(done, 50));
    }
    return codes.at(-1) ?? '';
  }

  /**
   * The CONFIRM_RECEIPT code for the account signed in with `token`, asked for as the phone app asks and read from
   * the phone. The phone's one-a-minute budget is reset first: the time a person takes between two receipts.
   */
  async function receiptCode(token: string): Promise<string> {
    const me = await gql(`query { me { phone } }`, {}, { token });
    const phone = String(me.data?.me.phone ?? '');
    await minutePassed(phone);
    const asked = await gql(`mutation($phone: String!) { requestSmsCode(phone: $phone, purpose: CONFIRM_RECEIPT) }`, { phone }, { token });
    if (asked.errors) throw new Error(`receipt code for ${phone}: ${JSON.stringify(asked.errors)}`);
    return smsCodeFor(phone);
  }

  /** Registration as the app does it: a REGISTER code to the phone, then the form with the code. */
  async function registerWorker(input: Record<string, unknown>, options: GqlOptions = {}): Promise<GqlResult> {
    const asked = await gql(
      `mutation($phone: String!) { requestSmsCode(phone: $phone, purpose: REGISTER) }`,
      { phone: input.phone },
      options,
    );
    if (asked.errors) return asked;
    const smsCode = await smsCodeFor(String(input.phone));
    return gql(
      `mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { token user { id name phone roles { role unit { id } } } } }`,
      { input: { ...input, smsCode } },
      options,
    );
  }

  /** The demo's second operator approves every role waiting for `userId` (two-person rule), through the API. */
  async function approveRoles(userId: string): Promise<void> {
    const token = await loginAs(PHONES.secondOperator);
    const open = await sql<{ id: string }>(`select id::text from role_grant_request where user_id = ? and decided_at is null`, [userId]);
    for (const { id } of open) {
      const approved = await gql(`mutation($id: ID!) { approveRoleGrant(requestId: $id) { id } }`, { id }, { token });
      if (approved.errors) throw new Error(`approving ${id}: ${JSON.stringify(approved.errors)}`);
    }
  }

  const unitIdByCode = async (code: string): Promise<string> =>
    (await sql<{ id: string }>(`select id::text from unit where code = ?`, [code]))[0].id;

  return {
    url,
    config,
    runtime,
    worker,
    post,
    gql,
    loginAs,
    sql,
    unitIdByCode,
    approveRoles,
    smsCodeFor,
    minutePassed,
    receiptCode,
    registerWorker,
  };
}

export type TestApp = Awaited<ReturnType<typeof startTestApp>>;
export type AppClient = ReturnType<typeof appClient>;

/** Demo accounts by role, as loaded into the template (server/src/cli/demo-data.ts). */
export const PHONES = {
  sysadmin: '13800000001',
  cityAdmin: '13800000002',
  cityAuditor: '13800000003',
  lanshanAdmin: '13800000004',
  lanshanStreetHead: '13800000005',
  lanshanStreetStaff: '13800000006',
  yinqueshanStaff: '13800000007',
  huashengStaff: '13800000008',
  worker: '13900000001',
  secondOperator: '13800000010',
  lanshanFinance: '13800000011',
  cityFinance: '13800000012',
} as const;
