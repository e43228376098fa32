import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

/** The rules of `npm run lint` on a file as if it stood at `path` with `text`. */
async function problemsOf(path: string, text: string): Promise<string[]> {
  const [result] = await eslint.lintText(text, { filePath: resolve(root, path) });
  return result.messages.map((message) => `${message.ruleId}: ${message.message}`);
}

describe('npm run lint', () => {
  it('refuses an upward import between server layers', async () => {
    const problems = await problemsOf(
      'server/src/modules/org/upward.ts',
      `import { createServices } from '../../app/services.js';\nexport const x = createServices;\n`,
    );
    expect(problems).toContainEqual(expect.stringMatching(/^import-x\/no-restricted-paths: .*An upward import: a lower layer/));
    const ground = await problemsOf(
      'server/src/common/upward.ts',
      `import { Unit } from '../modules/org/unit.entity.js';\nexport const x = Unit;\n`,
    );
    expect(ground).toContainEqual(expect.stringMatching(/^import-x\/no-restricted-paths/));
  });

  it('refuses an import from a module ranked above, and lets a module use the audit trail and the modules below it', async () => {
    const upward = await problemsOf(
      'server/src/modules/people/upward.ts',
      `import { CaseService } from '../cases/case.service.js';\nexport const x = CaseService;\n`,
    );
    expect(upward).toContainEqual(expect.stringMatching(/^import-x\/no-restricted-paths: .*An upward import between modules: people/));
    const peer = await problemsOf(
      'server/src/modules/reviews/peer.ts',
      `import { Assessment } from '../assessments/assessment.entity.js';\nexport const x = Assessment;\n`,
    );
    expect(peer).toContainEqual(expect.stringMatching(/^import-x\/no-restricted-paths/));
    const downward = await problemsOf(
      'server/src/modules/cases/downward.ts',
      `import { recordAudit } from '../audit/audit-trail.js';\nimport { Unit } from '../org/unit.entity.js';\nexport const x = [recordAudit, Unit];\n`,
    );
    expect(downward).toEqual([]);
    const auditLog = await problemsOf(
      'server/src/modules/cases/audit-log.ts',
      `import { AuditService } from '../audit/audit.service.js';\nexport const x = AuditService;\n`,
    );
    expect(auditLog).toContainEqual(expect.stringMatching(/^import-x\/no-restricted-paths/));
  });

  it('keeps the two client apps over one lib, and the worker features apart', async () => {
    const crossFeature = await problemsOf(
      'client/src/worker/features/me/x.ts',
      `import { userDb } from '../apply/offline/db';\nexport const x = userDb;\n`,
    );
    expect(crossFeature).toContainEqual(expect.stringMatching(/^import-x\/no-restricted-paths: .*A feature imports neither/));
    const shell = await problemsOf(
      'client/src/worker/features/cases/x.ts',
      `import { App } from '../../app/app';\nexport const x = App;\n`,
    );
    expect(shell).toContainEqual(expect.stringMatching(/^import-x\/no-restricted-paths/));
    const consoleToWorker = await problemsOf(
      'client/src/console/x.ts',
      `import { MePage } from '../worker/features/me/me-page';\nexport const x = MePage;\n`,
    );
    expect(consoleToWorker).toContainEqual(
      expect.stringMatching(/^import-x\/no-restricted-paths: .*The console never imports the worker app/),
    );
    const lib = await problemsOf('client/src/lib/x.ts', `import { navigate } from './router';\nexport const x = navigate;\n`);
    expect(lib).toEqual([]);
  });

  it('refuses a service built outside the factory', async () => {
    const problems = await problemsOf(
      'server/src/modules/assessments/x.ts',
      `import type { EntityManager } from '@mikro-orm/postgresql';\nimport { CaseService } from '../cases/case.service.js';\nexport const x = (em: EntityManager) => new CaseService(em, null as never);\n`,
    );
    expect(problems).toContainEqual(expect.stringMatching(/^no-restricted-syntax: Build services with createServices/));
  });

  it('refuses an import cycle', async () => {
    // case.service.ts imports the unit entity's module; a unit file importing case.service.ts closes a loop
    const problems = await problemsOf(
      'server/src/modules/org/unit.entity.ts',
      `${await import('node:fs/promises').then((fs) => fs.readFile(resolve(root, 'server/src/modules/org/unit.entity.ts'), 'utf8'))}\nexport { CaseService } from '../cases/case.service.js';\n`,
    );
    expect(problems).toContainEqual(expect.stringMatching(/^import-x\/no-cycle/));
  });
});
