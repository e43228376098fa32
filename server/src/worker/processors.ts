import { Queue, UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../app/config.js';
import type { Logger } from '../common/logger.js';
import { checkIntegrity, isIntact } from '../app/integrity.js';
import type { QueueName } from '../app/queues.js';
import { createServices, type ServiceDeps } from '../app/services.js';
import { NOTIFICATION_QUEUE } from '../modules/notifications/notify.js';
import { JobRecord } from '../modules/jobs/job.entity.js';
import { MAINTENANCE_QUEUE } from '../modules/jobs/outbox.js';
import { EXPORT_QUEUE } from '../modules/funds/fund.service.js';
import { sendNotificationSms } from '../modules/notifications/notification.service.js';
import { AliyunSmsSender, LogSmsSender, type SmsSender } from '../modules/notifications/sms.js';
import { ReviewCampaign } from '../modules/reviews/review.entity.js';
import { sendSmsCode } from '../modules/verification/verification.service.js';
import { REVIEW_QUEUE } from '../modules/reviews/review.service.js';
import { CAMPAIGN_QUEUE } from '../modules/campaigns/campaign.service.js';
import { PAYOUT_QUEUE } from '../modules/funds/payout.service.js';
import { markJobFailed, purgeExports, runExportJob, runRollImport } from './export-runner.js';

export function createSmsSender(config: Config, logger: Logger): SmsSender {
  if (config.SMS_PROVIDER === 'log') return new LogSmsSender(logger, config.SMS_LOG_INBOX_DIR);
  const {
    ALIYUN_SMS_ACCESS_KEY_ID: accessKeyId,
    ALIYUN_SMS_ACCESS_KEY_SECRET: accessKeySecret,
    ALIYUN_SMS_SIGN_NAME: signName,
    ALIYUN_SMS_TEMPLATE_CODE: templateCode,
    ALIYUN_SMS_CODE_TEMPLATE_CODE: codeTemplateCode,
  } = config;
  if (!accessKeyId || !accessKeySecret || !signName || !templateCode || !codeTemplateCode) {
    throw new Error('SMS_PROVIDER=aliyun needs ALIYUN_SMS_* settings');
  }
  return new AliyunSmsSender({
    accessKeyId,
    accessKeySecret,
    signName,
    templateCode,
    codeTemplateCode,
    endpoint: new URL(config.ALIYUN_SMS_ENDPOINT),
  });
}

export interface ProcessorContext {
  orm: MikroORM;
  deps: ServiceDeps;
  logger: Logger;
  sms: SmsSender;
  /** Set by each heartbeat job: proof that this worker still consumes after a Redis restart. */
  onHeartbeat?: () => void;
}

/** Payloads carry ids only; each processor is safe to run twice. */
export const processors: Record<QueueName, (ctx: ProcessorContext, job: Job) => Promise<unknown>> = {
  [REVIEW_QUEUE]: async ({ orm, deps }, job) => {
    const campaignId = String(job.data.campaignId);
    const em = orm.em.fork();
    const services = createServices(em, deps);
    const campaign = await em.findOne(ReviewCampaign, { id: campaignId });
    if (!campaign) throw new UnrecoverableError(`campaign ${campaignId} does not exist`);
    const record = campaign.jobId ? await em.findOne(JobRecord, { id: campaign.jobId }) : null;
    const report = async (progress: number) => {
      if (!record) return;
      em.assign(record, {
        progress,
        state: progress === 100 ? 'COMPLETED' : 'ACTIVE',
        startedAt: record.startedAt ?? new Date(),
        finishedAt: progress === 100 ? new Date() : null,
      });
      await em.flush();
    };
    const tasks = await services.reviews.generateTasks(campaignId, deps.config.REVIEW_BATCH_SIZE, report);
    if (record) {
      record.result = { tasks };
      await em.flush();
    }
    return tasks;
  },
  [NOTIFICATION_QUEUE]: async ({ orm, deps, sms }, job) =>
    job.name === 'sendSmsCode'
      ? sendSmsCode(orm.em.fork(), deps.cipher, sms, String(job.data.codeId))
      : sendNotificationSms(orm.em.fork(), sms, String(job.data.notificationId)),
  [CAMPAIGN_QUEUE]: async ({ orm, deps }, job) => {
    const em = orm.em.fork();
    if (job.name === 'payRoster')
      return createServices(em, deps).campaigns.runPayout(String(job.data.jobId), deps.config.PAYOUT_CHUNK_SIZE);
    const record = await em.findOne(JobRecord, { id: String(job.data.jobId) });
    const added = await createServices(em, deps).campaigns.runBuild(String(job.data.rosterId));
    if (record && record.state !== 'COMPLETED') {
      em.assign(record, {
        progress: 100,
        state: 'COMPLETED',
        startedAt: record.startedAt ?? new Date(),
        finishedAt: new Date(),
        result: { added },
      });
      await em.flush();
    }
    return added;
  },
  [EXPORT_QUEUE]: async ({ orm, deps, logger }, job) =>
    (job.name === 'importExternalRoll' ? runRollImport : runExportJob)(orm, deps, logger, String(job.data.jobId)),
  // the bank's file is written like any export; a return file is applied in one transaction, refused lines reported
  [PAYOUT_QUEUE]: async ({ orm, deps, logger }, job) => {
    if (job.name === 'exportPayoutBatch') return runExportJob(orm, deps, logger, String(job.data.jobId));
    const em = orm.em.fork();
    const record = await em.findOne(JobRecord, { id: String(job.data.jobId) });
    if (!record) throw new UnrecoverableError(`job ${String(job.data.jobId)} does not exist`);
    const services = createServices(em, deps);
    const importer = record.requestedById ? await services.auth.actorById(record.requestedById) : null;
    if (!importer) throw new UnrecoverableError('the importer no longer has an account');
    return services.payouts.runImport(record.id, importer);
  },
  [MAINTENANCE_QUEUE]: async ({ orm, deps, logger, onHeartbeat }, job) => {
    if (job.name === 'heartbeat') {
      onHeartbeat?.();
      return 'alive';
    }
    if (job.name === 'foldRollups') return createServices(orm.em.fork(), deps).rollups.fold();
    if (job.name === 'purgeExports') return purgeExports(orm, deps.config);
    if (job.name === 'recomputeDeadlines') return createServices(orm.em.fork(), deps).cases.recomputeDeadlines(Number(job.data.year));
    if (job.name === 'reconcile') {
      const report = await checkIntegrity(orm.em.fork());
      if (!isIntact(report)) {
        logger.error(
          { ledger: report.ledger.slice(0, 5), rollups: report.rollups.slice(0, 5), missingGuards: report.missingGuards },
          'integrity check found problems',
        );
      }
      return { ledger: report.ledger.length, rollups: report.rollups.length, missingGuards: report.missingGuards.length };
    }
    const services = () => createServices(orm.em.fork(), deps);
    const noticesEnded = await services().cases.expireNotices();
    const overdueMessages = await services().cases.notifyOverdue();
    const reviews = await services().reviews.sweep();
    const receiptReminders = await services().funds.remindReceipts(deps.config.RECEIPT_REMINDER_DAYS);
    const returnReminders = await services().returns.remind();
    return { noticesEnded, overdueMessages, receiptReminders, returnReminders, ...reviews };
  },
};

export interface RunningWorkers {
  workers: Worker[];
  /**
   * Lets jobs in progress finish for up to `graceMs` (none with `force`), then cuts the connections: a
   * worker stuck on a blocking call after a Redis reconnect would otherwise never close. Abandoned jobs
   * are taken over by another worker once their lock expires.
   */
  close(force?: boolean, graceMs?: number): Promise<void>;
}

const sleep = (ms: number) => new Promise<'late'>((resolve) => setTimeout(resolve, ms, 'late').unref());

/**
 * One BullMQ worker per queue, each on its own connection. `lockMs` bounds how long a job held by a killed
 * worker stays active before another worker takes it over.
 */
export function startWorkers(redis: Redis, ctx: ProcessorContext, lockMs: number, concurrency = 2): RunningWorkers {
  const connections: Redis[] = [];
  const workers = Object.entries(processors).map(([queue, run]) => {
    const connection = redis.duplicate();
    connections.push(connection);
    const worker = new Worker(queue, (job) => run(ctx, job), { connection, concurrency, lockDuration: lockMs, stalledInterval: lockMs });
    worker.on('error', (error) => ctx.logger.warn({ err: error, queue }, 'worker connection error'));
    worker.on('failed', (job, error) => {
      ctx.logger.warn({ queue, jobId: job?.id, err: error }, 'job failed');
      const exhausted = job && job.attemptsMade >= (job.opts.attempts ?? 1);
      // a job a person follows (an export, a roster build or payout) shows that it gave up
      if (exhausted && job.data.jobId) void markJobFailed(ctx.orm, String(job.data.jobId), error.message);
    });
    return worker;
  });
  return {
    workers,
    async close(force = false, graceMs = 10_000) {
      const closed = Promise.all(workers.map((worker) => worker.close(force)));
      const outcome = await Promise.race([closed.then(() => 'closed' as const), sleep(force ? 0 : graceMs)]);
      if (outcome === 'late') {
        for (const connection of connections) connection.disconnect();
        await Promise.race([Promise.all(workers.map((worker) => worker.close(true))), sleep(2_000)]);
        return;
      }
      // BullMQ does not close connections it was given
      await Promise.all(connections.map((connection) => connection.quit().catch(() => connection.disconnect())));
    },
  };
}

/** Repeatable jobs by fixed scheduler ids: upserting them again after a restart never duplicates them. */
export async function scheduleMaintenance(redis: Redis, config: Config): Promise<Queue> {
  const queue = new Queue(MAINTENANCE_QUEUE, { connection: redis });
  await queue.upsertJobScheduler(
    'sweep',
    { every: config.NOTICE_SWEEP_MS },
    { name: 'sweep', opts: { removeOnComplete: 100, removeOnFail: 100 } },
  );
  await queue.upsertJobScheduler(
    'reconcile',
    { pattern: '0 30 3 * * *', tz: 'Asia/Shanghai' },
    { name: 'reconcile', opts: { removeOnComplete: 30, removeOnFail: 30 } },
  );
  await queue.upsertJobScheduler(
    'foldRollups',
    { every: config.ROLLUP_FOLD_MS },
    { name: 'foldRollups', opts: { removeOnComplete: 10, removeOnFail: 50 } },
  );
  await queue.upsertJobScheduler(
    'purgeExports',
    { pattern: '0 10 * * * *' },
    { name: 'purgeExports', opts: { removeOnComplete: 10, removeOnFail: 50 } },
  );
  await queue.upsertJobScheduler(
    'heartbeat',
    { every: config.HEARTBEAT_MS },
    { name: 'heartbeat', opts: { removeOnComplete: 10, removeOnFail: 10 } },
  );
  return queue;
}
