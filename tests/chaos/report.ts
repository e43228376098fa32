import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { FULL, RESULTS_DIR } from './record.js';

/** The keys docs/reliability.json carries under `results` (issue 10), with the target of each. */
const TARGETS: Record<string, string> = {
  duplicateDisbursementAttempts: '≥ 10,000',
  doublePayments: '0',
  idorAttempts: '≥ 10,000',
  idorLeaks: '0',
  rlsOnlyIdorLeaks: '0',
  maliciousQueriesRejectedPct: '100',
  fuzz5xx: '0',
  faultRuns: '≥ 100',
  invariantViolations: '0',
  lostAcknowledgedWrites: '0',
  plaintextIdNumbersAtRest: '0',
  plaintextCardNumbersAtRest: '0',
  lockoutByAttacker: 'false',
  codesGuessed: '0',
  codeLockoutByAttacker: 'false',
  loadErrors: '0',
  loadP99Ms: 'reported',
};

/**
 * Global setup of the test run: clears the previous run's figures; after a full run (`npm run test:chaos`) writes
 * docs/reliability.json and docs/reliability.md from what each chaos file recorded. A figure no file recorded is
 * null, never a guess.
 */
export default function setup() {
  rmSync(RESULTS_DIR, { recursive: true, force: true });
  return () => {
    if (!FULL || !existsSync(RESULTS_DIR)) return;
    const files = readdirSync(RESULTS_DIR)
      .filter((name) => name.endsWith('.json'))
      .sort();
    const results: Record<string, number | boolean | null> = Object.fromEntries(Object.keys(TARGETS).map((key) => [key, null]));
    const details: Record<string, unknown> = {};
    for (const name of files) {
      const recorded = JSON.parse(readFileSync(resolve(RESULTS_DIR, name), 'utf8')) as {
        results: Record<string, number | boolean>;
        details: unknown;
      };
      Object.assign(results, recorded.results);
      details[name.replace(/\.json$/, '')] = recorded.details;
    }
    const machine = {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      memoryGb: Math.round(totalmem() / 2 ** 30),
      node: process.version,
    };
    const docs = resolve(import.meta.dirname, '../../docs');
    const date = new Date().toISOString();
    writeFileSync(resolve(docs, 'reliability.json'), `${JSON.stringify({ date, machine, targets: TARGETS, results, details }, null, 2)}\n`);
    const rows = Object.entries(TARGETS).map(([key, target]) => `| \`${key}\` | ${results[key] ?? 'not measured'} | ${target} |`);
    writeFileSync(
      resolve(docs, 'reliability.md'),
      [
        '# Reliability and security (`npm run test:chaos`)',
        '',
        `Run ${date} on ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GB, Node ${machine.node}. Written by tests/chaos/report.ts;`,
        'each figure comes from one file under tests/chaos/, whose `details` (seed included) are in reliability.json.',
        '',
        '| figure | measured | target |',
        '|---|---:|---|',
        ...rows,
        '',
      ].join('\n'),
    );
  };
}
