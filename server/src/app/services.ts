import type { EntityManager } from '@mikro-orm/postgresql';
import type { Redis } from 'ioredis';
import { FieldCipher } from '../common/crypto.js';
import { AssessmentService } from '../modules/assessments/assessment.service.js';
import { CampaignService } from '../modules/campaigns/campaign.service.js';
import { AuditService } from '../modules/audit/audit.service.js';
import { AuthService, type AuthLimits } from '../modules/auth/auth.service.js';
import { AttemptBudget, LoginLimiter, type LimitKey } from '../modules/auth/login-limiter.js';
import { AidPolicyService } from '../modules/cases/aid-policy.service.js';
import { CaseDocumentService } from '../modules/cases/case-document.service.js';
import { CaseService, type Clock } from '../modules/cases/case.service.js';
import { DiskDocumentStore, type DocumentStore } from '../modules/cases/document-store.js';
import { WorkCalendarService } from '../modules/cases/work-calendar.service.js';
import { FundService, paymentRecipientCheck } from '../modules/funds/fund.service.js';
import { PayoutService } from '../modules/funds/payout.service.js';
import { JobService } from '../modules/jobs/job.service.js';
import { NotificationService } from '../modules/notifications/notification.service.js';
import { HardshipFileService } from '../modules/people/hardship-file.service.js';
import { ReviewService } from '../modules/reviews/review.service.js';
import { RollupService } from '../modules/rollups/rollup.service.js';
import { StatReturnService } from '../modules/returns/stat-report.service.js';
import { PrintService } from '../modules/paper/print.service.js';
import { ExchangeService } from '../modules/exchange/exchange.service.js';
import { ExternalRollService } from '../modules/exchange/external-roll.service.js';
import { UnitService } from '../modules/org/unit.service.js';
import { VerificationService, type SmsCodeLimits } from '../modules/verification/verification.service.js';
import type { Services } from '../common/context.js';
import { PRIMARY_READS, type ReadPath } from '../common/read-path.js';
import type { Config } from './config.js';

export interface ServiceDeps {
  config: Config;
  cipher: FieldCipher;
  authLimits: AuthLimits;
  smsCodeLimits: SmsCodeLimits;
  documentStore: DocumentStore;
  reads: ReadPath;
  clock?: Clock;
}

/** The field cipher with the configured current and retired keys. */
export const cipherFor = (config: Config): FieldCipher =>
  new FieldCipher(config.DATA_ENCRYPTION_KEY, config.LOOKUP_HMAC_KEY, config.DATA_ENCRYPTION_KEYS_RETIRED);

/** Keys of sign-in and code limits: keyed hashes of the phone or address, never the number itself. */
export const limitKeyOf =
  (cipher: FieldCipher): LimitKey =>
  (value) =>
    cipher.lookupHash(`limit:${value}`);

/** The long-lived collaborators services need; built once per process. */
export function serviceDeps(config: Config, redis: Redis, reads: ReadPath = PRIMARY_READS): ServiceDeps {
  const cipher = cipherFor(config);
  const limitKey = limitKeyOf(cipher);
  return {
    config,
    cipher,
    authLimits: {
      login: new LoginLimiter(
        redis,
        {
          freeFailures: config.LOGIN_FREE_FAILURES,
          maxFailuresPerIp: config.LOGIN_MAX_FAILURES_PER_IP,
          windowMinutes: config.LOGIN_WINDOW_MINUTES,
        },
        limitKey,
      ),
      registrationsPerIp: new AttemptBudget(redis, 'register-ip', config.REGISTER_MAX_PER_IP, 60, limitKey),
      registrationsPerPhone: new AttemptBudget(redis, 'register-phone', config.REGISTER_MAX_PER_PHONE, 60, limitKey),
    },
    smsCodeLimits: {
      perPhoneMinute: new AttemptBudget(redis, 'sms-code-minute', 1, 1, limitKey),
      perPhoneDay: new AttemptBudget(redis, 'sms-code-day', 10, 24 * 60, limitKey),
      perIp: new AttemptBudget(redis, 'sms-code-ip', config.SMS_CODE_MAX_PER_IP, 60, limitKey),
    },
    documentStore: new DiskDocumentStore(config.UPLOAD_DIR),
    reads,
  };
}

/**
 * The one place services are built: for a request, a job, or a transaction (through `servicesIn`, which
 * services use to act on another module inside their own transaction), always fully configured.
 */
export function createServices(em: EntityManager, deps: ServiceDeps) {
  const servicesIn = (other: EntityManager): Services => createServices(other, deps);
  const units = new UnitService(em, [AuthService.moveHoldings, HardshipFileService.moveHoldings, CaseService.moveHoldings]);
  const files = new HardshipFileService(em, deps.cipher);
  const cases = new CaseService(em, deps.cipher, deps.clock, paymentRecipientCheck);
  const policy = { staffSessionHours: deps.config.STAFF_SESSION_HOURS, workerSessionDays: deps.config.WORKER_SESSION_DAYS };
  const auth = new AuthService(em, deps.cipher, deps.authLimits, policy, units);
  const verification = new VerificationService(em, deps.cipher, deps.smsCodeLimits, auth, CaseService.markIdentityReleased);
  const rollups = new RollupService(em, deps.reads, deps.clock);
  const payouts = new PayoutService(em, cases, deps.cipher, deps.config.BANK_RETURN_MAX_BYTES);
  const campaigns = new CampaignService(em, deps.clock);
  return {
    units,
    auth,
    verification,
    audit: new AuditService(em),
    jobs: new JobService(em),
    files,
    cases,
    calendar: new WorkCalendarService(em),
    aidPolicies: new AidPolicyService(em),
    documents: new CaseDocumentService(em, cases, deps.documentStore, {
      maxBytes: deps.config.UPLOAD_MAX_BYTES,
      maxPerCase: deps.config.UPLOAD_MAX_PER_CASE,
    }),
    funds: new FundService(em, cases, files, deps.cipher, (actor, code) => verification.proveReceipt(actor, code)),
    payouts,
    notifications: new NotificationService(em),
    reviews: new ReviewService(em, servicesIn, deps.clock),
    rollups,
    returns: new StatReturnService(em, rollups, deps.config.RETURN_DUE_DAYS, deps.clock),
    assessments: new AssessmentService(em, servicesIn, deps.clock),
    campaigns,
    exchange: new ExchangeService(em, deps.cipher, deps.config.EXCHANGE_PUBLIC_KEY, deps.config.EXCHANGE_SETTLE_SECONDS, deps.clock),
    rolls: new ExternalRollService(em, deps.cipher, deps.config.ROLL_MAX_BYTES),
    print: new PrintService(em, { files, cases, campaigns, payouts }, deps.config.PDF_FONT_DIR, deps.clock),
  } satisfies Services;
}

export type { Services };
