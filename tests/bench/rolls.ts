import { idNumberCheckChar } from '@bangfu/shared';
import type { FieldCipher } from '@bangfu/server/common/crypto.js';
import type { CampaignBenchContext } from './campaigns.js';

const round = (value: number, digits = 2) => Number(value.toFixed(digits));

/** A valid resident ID number nobody on file holds: area 990000 is no real one; a birth date and sequence per `n`. */
function strangerId(n: number): string {
  const born = new Date(Date.UTC(1960, 0, 1) + (n % 10_000) * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
  const first17 = `990000${born}${String(Math.floor(n / 10_000) % 1000).padStart(3, '0')}`;
  return `${first17}${idNumberCheckChar(first17)}`;
}

/**
 * A civil-affairs roll of `lines` lines matched against the dataset (issue 21): a tenth of the lines name holders of
 * active files (their ID numbers opened with the dataset's key), the rest strangers. Uploaded through the API,
 * imported by a worker process; the time from asking to the job's completion is `externalRollMatchSeconds`.
 */
export async function benchExternalRoll(
  ctx: Pick<CampaignBenchContext, 'sql' | 'graphql' | 'city' | 'cityAdmin' | 'startWorker' | 'stopProcess' | 'waitFor' | 'log'> & {
    apiUrl: string;
    cipher: FieldCipher;
    lines: number;
  },
): Promise<{ results: Record<string, number>; details: Record<string, unknown> }> {
  const { sql, graphql, city, cityAdmin, log } = ctx;
  const known = await sql<{ id_number_enc: string }>(
    `select id_number_enc from hardship_file where status = 'ACTIVE' order by id limit $1`,
    [Math.floor(ctx.lines / 10)],
  );
  const rows = ['姓名,身份证号,救助项目,金额,期间'];
  for (const file of known) rows.push(`低保户,${ctx.cipher.decrypt(file.id_number_enc)},城市低保,650,2026-11`);
  for (let n = rows.length - 1; n < ctx.lines; n += 1) rows.push(`低保户,${strangerId(n)},城市低保,650,2026-11`);
  const body = Buffer.from(rows.join('\n'));
  log(`external roll: ${ctx.lines} lines (${known.length} on file), ${(body.length / 2 ** 20).toFixed(1)} MB`);

  const started = performance.now();
  const response = await fetch(`${ctx.apiUrl}/uploads/external-rolls/${city}?kind=CIVIL_AFFAIRS_DIBAO&source=bench&name=dibao.csv`, {
    method: 'PUT',
    headers: { 'content-type': 'application/octet-stream', authorization: `Bearer ${cityAdmin.token}` },
    body,
  });
  const uploaded = (await response.json()) as { rollId?: string };
  if (!uploaded.rollId) throw new Error(`roll upload refused: ${JSON.stringify(uploaded)}`);
  const uploadSeconds = (performance.now() - started) / 1000;
  const worker = ctx.startWorker({});
  try {
    const asked = await graphql(
      `
        mutation ($r: ID!) {
          importExternalRoll(rollId: $r) {
            id
          }
        }
      `,
      { r: uploaded.rollId },
      cityAdmin.token,
    );
    const jobId = String(asked.data?.importExternalRoll.id);
    const importStarted = performance.now();
    await ctx.waitFor(
      async () => (await sql<{ state: string }>(`select state from job where id = $1`, [jobId]))[0].state === 'COMPLETED',
      1_800_000,
      'the roll import',
    );
    const importSeconds = (performance.now() - importStarted) / 1000;
    const [roll] = await sql<{ lines_kept: number; report: { matches: number; refused: unknown[] } }>(
      `select lines_kept, report from external_roll where id = $1`,
      [uploaded.rollId],
    );
    return {
      results: { externalRollMatchSeconds: round(uploadSeconds + importSeconds, 1) },
      details: {
        externalRoll: {
          lines: ctx.lines,
          onFile: known.length,
          kept: roll.lines_kept,
          refused: roll.report.refused.length,
          matches: roll.report.matches,
          uploadSeconds: round(uploadSeconds, 1),
          importSeconds: round(importSeconds, 1),
        },
      },
    };
  } finally {
    await ctx.stopProcess(worker);
  }
}
