import { readdir, stat, unlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { UnrecoverableError } from 'bullmq';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { EXPORT_EXPIRED } from '@bangfu/shared';
import type { Config } from '../app/config.js';
import type { Actor } from '../common/actor.js';
import type { Logger } from '../common/logger.js';
import { createServices, type ServiceDeps } from '../app/services.js';
import { DomainError } from '../common/domain-error.js';
import { JobRecord } from '../modules/jobs/job.entity.js';
import { exportFilesInUse, expireExportFiles } from '../modules/jobs/jobs.queries.js';
import { writeLedgerWorkbook, writeRosterWorkbook } from '../modules/funds/ledger-export.js';
import { Unit } from '../modules/org/unit.entity.js';
import type { PrintKind } from '../modules/paper/print-forms.js';
import { writeRollupWorkbook } from '../modules/rollups/rollup-export.js';

/**
 * Runs a job a person started and follows (payload: the job's id only): its record goes ACTIVE, then COMPLETED with
 * what `work` answers, or FAILED for good when the work is refused (a retry would be refused again). Idempotent: a
 * finished job is left as it is. The requester's access is checked again, with their grants as they are now.
 */
async function runTrackedJob(
  orm: MikroORM,
  deps: ServiceDeps,
  logger: Logger,
  jobId: string,
  work: (run: {
    job: JobRecord;
    em: EntityManager;
    services: ReturnType<typeof createServices>;
    actor: Actor;
    update: (changes: Partial<JobRecord>) => Promise<void>;
  }) => Promise<{ result: object; filePath?: string }>,
): Promise<void> {
  const em = orm.em.fork();
  const job = await em.findOne(JobRecord, { id: jobId });
  if (!job) throw new UnrecoverableError(`job ${jobId} does not exist`);
  if (job.state === 'COMPLETED') return;
  const update = async (changes: Partial<JobRecord>) => {
    em.assign(job, changes);
    await em.flush();
  };
  await update({ state: 'ACTIVE', startedAt: job.startedAt ?? new Date(), error: null });
  try {
    const services = createServices(em, deps);
    const actor = job.requestedById ? await services.auth.actorById(job.requestedById) : null;
    if (!actor) throw new DomainError('FORBIDDEN', 'forbidden');
    const { result, filePath } = await work({ job, em, services, actor, update });
    await update({ state: 'COMPLETED', progress: 100, filePath: filePath ?? null, result: { ...result }, finishedAt: new Date() });
  } catch (error) {
    // a refused job will be refused again: do not retry it
    const permanent = error instanceof DomainError;
    await update({
      state: permanent ? 'FAILED' : 'ACTIVE',
      error: permanent ? error.code : 'retrying',
      finishedAt: permanent ? new Date() : null,
    });
    logger.warn({ err: error, jobId }, `${job.name} job failed`);
    if (permanent) throw new UnrecoverableError(error.code);
    throw error;
  }
}

/** Reads an uploaded roll from another scheme into lines and matches them (importExternalRoll). */
export const runRollImport = (orm: MikroORM, deps: ServiceDeps, logger: Logger, jobId: string): Promise<void> =>
  runTrackedJob(orm, deps, logger, jobId, async ({ job, services, update }) => ({
    result: await services.rolls.runImport(job.id, (progress) => update({ progress })),
  }));

/** Runs one export job: a retry rewrites the same file. */
export const runExportJob = (orm: MikroORM, deps: ServiceDeps, logger: Logger, jobId: string): Promise<void> =>
  runTrackedJob(orm, deps, logger, jobId, async ({ job, em, services, actor, update }) => {
    const unitId = String(job.params.unitId);
    const from = new Date(String(job.params.from));
    const to = new Date(String(job.params.to));
    const format = ['CSV', 'PDF', 'ZIP'].includes(String(job.params.format)) ? (job.params.format as 'CSV' | 'PDF' | 'ZIP') : 'XLSX';
    const filePath = join(resolve(deps.config.EXPORT_DIR), `${job.name}-${job.id}.${format.toLowerCase()}`);
    let result: object;
    if (job.name === 'exportPayoutBatch') {
      result = await services.payouts.writeBatchFile(actor, String(job.params.batchId), format === 'CSV' ? 'CSV' : 'XLSX', filePath);
    } else if (job.name === 'exportExchange') {
      result = await services.exchange.writeExport(actor, job.id, filePath, (progress) => update({ progress }));
    } else if (job.name === 'printDocument') {
      result = await services.print.write(actor, job.params.kind as PrintKind, String(job.params.id), filePath);
    } else if (job.name === 'exportStatReport') {
      result = await services.returns.writeFile(
        actor,
        String(job.params.reportId),
        format === 'PDF' ? 'PDF' : 'XLSX',
        filePath,
        deps.config.PDF_FONT_DIR,
      );
    } else if (job.name === 'exportCampaignRoster') {
      result = await services.campaigns.writeRosterSheet(actor, String(job.params.rosterId), filePath);
    } else if (job.name === 'exportRollup') {
      const { self, children } = await services.rollups.rollup(actor, unitId, from, to);
      const units = await em.find(Unit, { id: { $in: [self.unitId, ...children.map((child) => child.unitId)] } });
      result = await writeRollupWorkbook(
        [self, ...children].map((rollup) => ({ unit: units.find((u) => u.id === rollup.unitId)!, rollup })),
        filePath,
      );
    } else {
      const found = await services.funds.fund(actor, unitId);
      if (!found) throw new DomainError('BAD_USER_INPUT', 'fund.none', { name: unitId });
      result =
        job.name === 'exportLedger'
          ? await writeLedgerWorkbook(em, found.unit, from, to, filePath, (progress) => update({ progress }))
          : await writeRosterWorkbook(em, found.unit, from, to, filePath);
    }
    return { result, filePath };
  });

/** Called when BullMQ has given up on a job, so `job(id)` does not show it running forever. */
export async function markJobFailed(orm: MikroORM, jobId: string, reason: string): Promise<void> {
  const em = orm.em.fork();
  await em.nativeUpdate(
    JobRecord,
    { id: jobId, state: { $ne: 'COMPLETED' } },
    { state: 'FAILED', error: reason.slice(0, 200), finishedAt: new Date() },
  );
}

const removeFile = (path: string) =>
  unlink(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });

/**
 * Removes export files older than EXPORT_RETENTION_HOURS. A job forgets its file before the file goes, so a crash in
 * between leaves only an unreferenced file, which the directory pass removes the next time (as it does files left by
 * failed attempts). Safe to run on several workers at once.
 */
export async function purgeExports(orm: MikroORM, config: Config, now = new Date()): Promise<{ expiredJobs: number; files: number }> {
  const cutoff = new Date(now.getTime() - config.EXPORT_RETENTION_HOURS * 3_600_000);
  const em = orm.em.fork();
  const expired = await expireExportFiles(em, cutoff, EXPORT_EXPIRED);
  for (const { file_path: path } of expired) await removeFile(path);

  const directory = resolve(config.EXPORT_DIR);
  const names = await readdir(directory).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const kept = await exportFilesInUse(em);
  let files = expired.length;
  for (const name of names) {
    const path = join(directory, name);
    const info = await stat(path).catch(() => null);
    if (!info?.isFile() || info.mtime >= cutoff || kept.has(path)) continue;
    await removeFile(path);
    files += 1;
  }
  return { expiredJobs: expired.length, files };
}
