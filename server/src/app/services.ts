import type { EntityManager } from '@mikro-orm/postgresql';
import type { FieldCipher } from '../common/crypto.js';
import { AuditService } from '../modules/audit/audit.service.js';
import { AuthService } from '../modules/auth/auth.service.js';
import type { LoginLimiter } from '../modules/auth/login-limiter.js';
import { JobService } from '../modules/jobs/job.service.js';
import { UnitService } from '../modules/org/unit.service.js';
import type { Config } from './config.js';

export interface ServiceDeps {
  config: Config;
  cipher: FieldCipher;
  loginLimiter: LoginLimiter;
}

/** Services bound to one EntityManager fork: one set per request or per job. */
export function createServices(em: EntityManager, deps: ServiceDeps) {
  const units = new UnitService(em);
  const policy = { staffSessionHours: deps.config.STAFF_SESSION_HOURS, workerSessionDays: deps.config.WORKER_SESSION_DAYS };
  return {
    units,
    auth: new AuthService(em, deps.cipher, deps.loginLimiter, policy, units),
    audit: new AuditService(em),
    jobs: new JobService(em),
  };
}

export type Services = ReturnType<typeof createServices>;
