import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../common/actor.js';
import { notFound } from '../../common/domain-error.js';
import { JobRecord } from './job.entity.js';
import { scopeFor } from '../../common/scope.js';
import { isWellFormedId } from '../../common/validate.js';
import { Unit } from '../org/unit.entity.js';
import { recordAudit } from '../audit/audit-trail.js';
import { enqueue } from './outbox.js';

export interface JobRequest {
  queue: string;
  name: string;
  /** The unit the job concerns: its readers may follow the job and download what it writes. */
  unitId: string;
  params: Record<string, unknown>;
  audit: { action: string; entityType: string; entityId: string };
}

/** Records a job for `actor`, queues it through the outbox and audits the request, all in one transaction. */
export function startJob(em: EntityManager, actor: Actor, request: JobRequest): Promise<JobRecord> {
  return em.transactional(async (tx) => {
    const job = tx.create(JobRecord, { name: request.name, requestedById: actor.userId, unitId: request.unitId, params: request.params });
    await tx.flush();
    enqueue(tx, { queue: request.queue, name: request.name, jobKey: `${request.queue}-${job.id}`, payload: { jobId: job.id } });
    recordAudit(tx, actor, { ...request.audit, unitId: request.unitId, after: { jobId: job.id, ...request.params } });
    return job;
  });
}

/** Jobs are visible to readers of the unit they concern now; a job about no unit, to whoever started it. */
export class JobService {
  constructor(private readonly em: EntityManager) {}

  async get(actor: Actor, id: string): Promise<JobRecord> {
    const job = isWellFormedId(id) ? await this.em.findOne(JobRecord, { id }) : null;
    if (!job) throw notFound('job');
    // access is checked as it stands now: someone who lost the role also loses the exports they started
    const unit = job.unitId ? await this.em.findOne(Unit, { id: job.unitId }) : null;
    if (unit ? !scopeFor(actor).canReadRecordsOf(unit) : job.requestedById !== actor.userId) throw notFound('job');
    return job;
  }
}

declare module '../../common/context.js' {
  interface Services {
    jobs: JobService;
  }
}
