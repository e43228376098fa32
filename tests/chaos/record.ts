import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Random } from '../bench/random.js';

/** `npm run test:chaos` sets CHAOS_FULL=1 for the full sizes; `npm test` runs the same suite reduced. */
export const FULL = process.env.CHAOS_FULL === '1';

/** The reduced size under `npm test`, the full one under `npm run test:chaos`. */
export const sized = (reduced: number, full: number): number => (FULL ? full : reduced);

/** The seed of this run: printed with every figure so a failing run can be repeated (`CHAOS_SEED=n`). */
export const SEED = Number(process.env.CHAOS_SEED ?? Date.now() % 1_000_000);

export const RESULTS_DIR = resolve(import.meta.dirname, '../../.data/chaos');

/** Figures one chaos file measured, with what a reader needs to judge them; the report merges every file's. */
export function record(file: string, results: Record<string, number | boolean>, details: Record<string, unknown> = {}): void {
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(resolve(RESULTS_DIR, `${file}.json`), JSON.stringify({ results, details: { seed: SEED, ...details } }, null, 2));
}

/** Numbers in [0, 1) from a seed: the benchmark generator's, so a seed means the same everywhere. */
export function seededRandom(seed: number): () => number {
  const random = new Random(seed);
  return () => random.next();
}

/** A select list with one digest per table: equal before and after means nothing in them changed. */
export const tableDigests = (tables: string[]): string =>
  tables.map((table) => `(select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from ${table} t) as ${table}`).join(', ');
