import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAppSchema, printAppSchema } from '../../server/src/app/schema.js';

describe('server/schema.graphql', () => {
  it('is exactly the schema the code builds (run `npm run schema:print` after changing the API)', async () => {
    const committed = await readFile(resolve(import.meta.dirname, '../../server/schema.graphql'), 'utf8');
    expect(printAppSchema(await buildAppSchema())).toBe(committed);
  });

  it('offers the foundation operations and unit levels of the contract', async () => {
    const printed = printAppSchema(await buildAppSchema());
    for (const operation of [
      'me',
      'users',
      'unit',
      'units',
      'auditLog',
      'job',
      'login',
      'logout',
      'registerWorker',
      'createStaffAccount',
      'createUnit',
      'updateUnit',
      'closeUnit',
      'grantRole',
      'revokeRole',
    ]) {
      expect(printed).toMatch(new RegExp(`^\\s+${operation}[(:]`, 'm'));
    }
    expect(printed).toMatch(/enum UnitLevel \{\s+CITY\s+DISTRICT\s+ENTERPRISE\s+PROVINCE\s+STREET\s+\}/);
  });
});
