import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHONES, startTestApp, type TestApp } from '../setup/test-app.js';
import { record, SEED, sized, tableDigests } from './record.js';
import { carriesStackTrace } from './stack-trace.js';

const schema = buildSchema(readFileSync(resolve(import.meta.dirname, '../../server/schema.graphql'), 'utf8'));
/** Every operation of the committed schema (which holds the whole contract, as contract-check confirms). */
const OPERATIONS = (['query', 'mutation'] as const).flatMap((kind) =>
  Object.values((kind === 'query' ? schema.getQueryType() : schema.getMutationType())!.getFields()).map((field) => ({ kind, field })),
);

/** Strings a hostile client sends: injections, control characters, odd Unicode, numbers as text, huge ones. */
const hostileString = fc.oneof(
  fc.constantFrom(
    "' or 1=1 --",
    '"; drop table aid_case; --',
    '<script>alert(1)</script>',
    '${7*7}',
    '../../etc/passwd',
    '\u0000',
    '\u202e',
    '𠀀'.repeat(50),
    '-1',
    '0',
    '9223372036854775808',
    '1e309',
    'NaN',
    ' ',
    '',
    'null',
    '[]',
    '{}',
    '370102198001011234',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ minLength: 5_000, maxLength: 20_000 }),
);
/** Page cursors as a client may forge them: base64url JSON of the wrong shape, types or values, and not base64 at all. */
const forgedCursor = fc.oneof(
  fc
    .constantFrom<unknown>(
      ['not-a-date', 'x'],
      ['x'],
      [],
      {},
      'x',
      null,
      [null, null],
      [1, 2, 3],
      ['2026-01-01T00:00:00Z', '-1'],
      ['9'.repeat(30)],
    )
    .map((value) => Buffer.from(JSON.stringify(value)).toString('base64url')),
  fc.jsonValue().map((value) => Buffer.from(JSON.stringify(value) ?? '').toString('base64url')),
  hostileString,
);
const hostileId = fc.oneof(
  fc.constantFrom('0', '-1', '1', '2', '3', '99999999999999999999', '1.5', 'abc', '1 or 1=1', ''),
  fc.nat().map(String),
);

/** A value of a GraphQL input type, valid in shape; `hostile` widens every leaf to what a hostile client sends. */
function valueOf(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return valueOf(type.ofType, depth);
  const optional = (arbitrary: fc.Arbitrary<unknown>) => fc.oneof({ weight: 4, arbitrary }, { weight: 1, arbitrary: fc.constant(null) });
  if (isListType(type)) return optional(fc.array(valueOf(type.ofType, depth + 1), { maxLength: depth > 1 ? 2 : 5 }));
  if (isEnumType(type)) return optional(fc.constantFrom(...type.getValues().map((value) => value.name)));
  if (isInputObjectType(type)) {
    if (depth > 3) return fc.constant(null);
    const fields = Object.values(type.getFields());
    return optional(
      fc.record(Object.fromEntries(fields.map((field) => [field.name, valueOf(field.type, depth + 1)])), {
        requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name),
      }),
    );
  }
  switch (getNamedType(type).name) {
    case 'ID':
      return hostileId;
    case 'Int':
    case 'Fen':
      return fc.oneof(fc.integer(), fc.constantFrom(0, -1, 2 ** 31 - 1, -(2 ** 31)));
    case 'Float':
      return fc.double();
    case 'Boolean':
      return fc.boolean();
    case 'DateTime':
      return fc.oneof(
        fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
        hostileString,
      );
    case 'JSONObject':
      return fc.object();
    default:
      return hostileString;
  }
}

/** The operation's document: every argument as a variable, any result selected by __typename. */
function documentOf(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const variables = field.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isScalarType(getNamedType(field.type)) || isEnumType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `${kind}${variables ? `(${variables})` : ''} { r: ${field.name}${args ? `(${args})` : ''}${selection} }`;
}

/** An argument's values: cursors forged, everything else by its type. */
const argumentValues = (arg: { name: string; type: GraphQLInputType }) => (arg.name === 'after' ? forgedCursor : valueOf(arg.type));

/** Rows a refused mutation must not have changed (sessions and login counters are what logging in writes). */
const FINGERPRINT = tableDigests([
  'aid_case',
  'case_event',
  'hardship_file',
  'ledger_entry',
  'disbursement',
  'payout_batch',
  'payout_batch_line',
  'bank_return',
  'stat_report',
  'exchange_export',
  'external_roll',
  'external_match',
  'audit_event',
  'outbox',
  'unit',
  'role_grant',
  'app_user',
  'review_campaign',
  'campaign',
  'campaign_quota',
  'roster',
  'roster_entry',
  'job',
  'assessment',
  'notification',
  'aid_policy',
  'work_calendar_day',
]);

describe('fuzzing every operation of the contract', () => {
  let app: TestApp;
  const tokens: (string | null)[] = [null];
  const phones = [
    PHONES.worker,
    PHONES.lanshanStreetStaff,
    PHONES.lanshanStreetHead,
    PHONES.lanshanAdmin,
    PHONES.cityAuditor,
    PHONES.sysadmin,
  ];
  let accounts: { phone: string; password_hash: string }[] = [];
  beforeAll(async () => {
    // sign-in limits are sign-in-limits.test's subject; here wrong guesses from one address must not lock the callers out
    app = await startTestApp({
      NODE_ENV: 'production',
      LOGIN_FREE_FAILURES: '1000000',
      LOGIN_MAX_FAILURES_PER_IP: '1000000',
      REGISTER_MAX_PER_PHONE: '1000000',
    });
    for (const phone of phones) tokens.push(await app.loginAs(phone));
    accounts = await app.sql(`select phone, password_hash from app_user where phone in (${phones.map(() => '?').join(', ')})`, phones);
  });

  /**
   * logout, changePassword, resetPassword and setAccountActive end sessions or lock accounts when they succeed: each
   * operation starts again from the same callers, enabled, with their own passwords, signed in.
   */
  const restoreCallers = async () => {
    for (const account of accounts)
      await app.sql(`update app_user set password_hash = ?, active = true where phone = ?`, [account.password_hash, account.phone]);
    for (const [index, phone] of phones.entries()) {
      const token = tokens[index + 1];
      if ((await app.gql(`query { me { id } }`, {}, { token: token ?? undefined })).errors) tokens[index + 1] = await app.loginAs(phone);
    }
  };
  afterAll(() => app.close());

  it(
    'answers valid-shaped and hostile input with typed errors only: no 5xx, no stack trace, and a refusal changes nothing',
    { timeout: 900_000 },
    async () => {
      const runsPerOperation = sized(6, 60);
      const failures: string[] = [];
      let requests = 0;
      let fiveHundreds = 0;
      let stackTraces = 0;
      let changedOnRefusal = 0;
      // what the callers met: mostly UNAUTHENTICATED would mean the fuzzer never got past sign-in
      const answersByCode: Record<string, number> = {};
      for (const [index, { kind, field }] of OPERATIONS.entries()) {
        await restoreCallers();
        const name = field.name;
        const query = documentOf(kind, field);
        const shaped = fc.record(Object.fromEntries(field.args.map((arg) => [arg.name, argumentValues(arg)])));
        // hostile: any argument replaced by any JSON value, or arguments dropped
        const hostile = fc
          .tuple(shaped, fc.dictionary(fc.constantFrom(...field.args.map((arg) => arg.name), 'extra'), fc.jsonValue()))
          .map(([variables, overrides]) => ({ ...variables, ...overrides }));
        const inputs = fc.tuple(fc.oneof(shaped, hostile), fc.nat({ max: tokens.length - 1 }));
        for (const [variables, tokenIndex] of fc.sample(inputs, { numRuns: runsPerOperation, seed: SEED + index })) {
          const [before] = await app.sql(`select ${FINGERPRINT}`);
          const response = await fetch(app.url, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              ...(tokens[tokenIndex] ? { authorization: `Bearer ${tokens[tokenIndex]}` } : {}),
            },
            body: JSON.stringify({ query, variables }),
          });
          requests += 1;
          const text = await response.text();
          if (response.status >= 500) fiveHundreds += 1;
          if (carriesStackTrace(text)) {
            stackTraces += 1;
            failures.push(`${name} answered with what looks like a stack trace: ${text.slice(0, 600)}`);
          }
          const answer = JSON.parse(text) as { data?: { r: unknown } | null; errors?: { extensions?: { code?: string } }[] };
          const code = answer.errors?.[0]?.extensions?.code ?? 'OK';
          answersByCode[code] = (answersByCode[code] ?? 0) + 1;
          if (
            answer.errors &&
            !answer.errors.every((error) => typeof error.extensions?.code === 'string' && error.extensions.code !== 'INTERNAL_SERVER_ERROR')
          ) {
            failures.push(`${name} ${response.status}: ${text.slice(0, 300)} ← ${JSON.stringify(variables).slice(0, 300)}`);
          }
          if (answer.errors && name !== 'login') {
            const [after] = await app.sql(`select ${FINGERPRINT}`);
            const changed = Object.keys(before).filter((table) => before[table] !== after[table]);
            if (changed.length) {
              changedOnRefusal += 1;
              failures.push(`${name} refused but changed ${changed.join(', ')} ← ${JSON.stringify(variables).slice(0, 300)}`);
            }
          }
        }
      }
      record(
        'fuzz',
        { fuzz5xx: fiveHundreds },
        {
          operations: OPERATIONS.length,
          arguments: OPERATIONS.reduce((sum, { field }) => sum + field.args.length, 0),
          requests,
          answersByCode,
          stackTraces,
          changedOnRefusal,
          untypedOrInternal: failures.length - changedOnRefusal - stackTraces,
          failures: failures.slice(0, 20),
        },
      );
      expect({ fiveHundreds, stackTraces, failures: failures.slice(0, 10) }).toEqual({ fiveHundreds: 0, stackTraces: 0, failures: [] });
    },
  );
});
