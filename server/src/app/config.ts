import * as z from 'zod';
import { UNIT_LEVELS, type UnitLevel } from '@bangfu/shared';

const int = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /** The API's and worker's connection: a role without superuser or DDL rights (setup grants it, see README). */
  DATABASE_URL: z.string().url(),
  /** The owner's connection, for setup (migrations, grants); defaults to DATABASE_URL. */
  DATABASE_OWNER_URL: z.string().url().optional(),
  /**
   * A hot standby streaming from the primary: the read-only paths (rollups, dashboards, their exports, stat-return
   * previews) read there while it is at most REPLICA_MAX_LAG_MS behind, and from the primary otherwise.
   */
  DATABASE_REPLICA_URL: z.string().url().optional(),
  REPLICA_MAX_LAG_MS: int(5_000),
  REPLICA_PROBE_MS: int(500),
  /** Redis on one address; or, with REDIS_SENTINELS, the password and database the master is used with. */
  REDIS_URL: z.string().url().optional(),
  /** Redis behind Sentinel: `host:port,host:port` of the sentinels, asked for the master named REDIS_SENTINEL_NAME. */
  REDIS_SENTINELS: z
    .string()
    .optional()
    .transform((value) =>
      value
        ?.split(',')
        .map((entry) => entry.trim())
        .filter(Boolean)
        .map((entry) => ({ host: entry.slice(0, entry.lastIndexOf(':')), port: Number(entry.slice(entry.lastIndexOf(':') + 1)) })),
    ),
  REDIS_SENTINEL_NAME: z.string().default('bangfu'),
  /**
   * Replicas that must hold jobs before the outbox counts them handed over (Redis WAIT): with 1, a failover to the
   * replica loses no job the outbox let go of.
   */
  REDIS_WAIT_REPLICAS: z.coerce.number().int().min(0).default(0),
  DATA_ENCRYPTION_KEY: z.string().min(40, 'DATA_ENCRYPTION_KEY: 32 random bytes, base64'),
  LOOKUP_HMAC_KEY: z.string().min(40, 'LOOKUP_HMAC_KEY: 32 random bytes, base64'),
  /** Keys replaced by DATA_ENCRYPTION_KEY, comma-separated: still read until `reseal` has sealed everything again. */
  DATA_ENCRYPTION_KEYS_RETIRED: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((key) => key.trim())
        .filter(Boolean),
    ),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DB_POOL_MAX: int(10),
  STAFF_SESSION_HOURS: int(12),
  WORKER_SESSION_DAYS: int(30),
  /** Failed sign-ins for one account from one address before each further attempt waits (1 s, doubling). */
  LOGIN_FREE_FAILURES: int(5),
  LOGIN_WINDOW_MINUTES: int(15),
  LOGIN_MAX_FAILURES_PER_IP: int(100),
  /** Registration attempts per hour, from one address and for one phone number. */
  REGISTER_MAX_PER_IP: int(50),
  REGISTER_MAX_PER_PHONE: int(5),
  /**
   * Which X-Forwarded-For entries name the client: the number of reverse-proxy hops in front of the API (0: none,
   * the socket's address is the client), or a comma-separated list of the proxies' addresses / subnets.
   */
  TRUST_PROXY: z
    .string()
    .default('0')
    .transform((value) => (/^\d+$/.test(value.trim()) ? Number(value) : value.split(',').map((entry) => entry.trim()))),
  QUERY_MAX_DEPTH: int(10),
  QUERY_MAX_ALIASES: int(15),
  QUERY_MAX_COST: int(5000),
  QUERY_MAX_TOKENS: int(5000),
  EXPORT_DIR: z.string().default('.data/exports'),
  /** Export files carry names and amounts (PIPL: kept no longer than needed): removed this long after they are ready. */
  EXPORT_RETENTION_HOURS: int(24),
  /** Case evidence on local disk; a deployment mounts a volume here. */
  UPLOAD_DIR: z.string().default('.data/uploads'),
  /**
   * The upper system's public key (RSA, PEM; `\n` may stand for line breaks): exchange exports carry ID numbers sealed
   * for it, and none without it.
   */
  EXCHANGE_PUBLIC_KEY: z.string().optional(),
  /** Changes younger than this wait for the next exchange export, so a transaction still open when it ran is not missed. */
  EXCHANGE_SETTLE_SECONDS: z.coerce.number().int().min(0).default(60),
  /** Where Noto Sans CJK lives (Debian's fonts-noto-cjk): printed forms embed a subset of it. */
  PDF_FONT_DIR: z.string().default('/usr/share/fonts/opentype/noto'),
  UPLOAD_MAX_BYTES: int(5 * 1024 * 1024),
  /** A bank's return file: about 80 bytes a line, so 20 MB holds a quarter of a million lines. */
  BANK_RETURN_MAX_BYTES: int(20 * 1024 * 1024),
  UPLOAD_MAX_PER_CASE: int(30),
  /** A roll from another scheme: about 100 bytes a line, so 20 MB holds some 200,000 lines. */
  ROLL_MAX_BYTES: int(20 * 1024 * 1024),
  /** When set, the API also serves the built PWA (client/dist) from the same origin. */
  CLIENT_DIR: z.string().optional(),
  OUTBOX_POLL_MS: int(500),
  NOTICE_SWEEP_MS: int(60_000),
  HEARTBEAT_MS: int(15_000),
  /** How often the worker folds the rollup log into the per-ancestor tree; rollups are exact either way. */
  ROLLUP_FOLD_MS: int(5_000),
  JOB_LOCK_MS: int(30_000),
  WORKER_HEALTH_PORT: z.coerce.number().int().min(0).max(65535).default(4001),
  REVIEW_BATCH_SIZE: int(500),
  /** Roster lines per transaction of a batch payout. */
  PAYOUT_CHUNK_SIZE: int(500),
  /**
   * Days after a reporting period ends by which a unit's return (统计上报) is due, by level: stations first, then the
   * unions that add them up, e.g. `STREET=5,ENTERPRISE=5,DISTRICT=10`; levels not named keep their default.
   */
  RETURN_DUE_DAYS: z
    .string()
    .default('')
    .transform((value, context) => {
      const days: Record<UnitLevel, number> = { ENTERPRISE: 5, STREET: 5, DISTRICT: 10, CITY: 15, PROVINCE: 20 };
      for (const entry of value.split(',').filter((part) => part.trim())) {
        const [level, count] = entry.split('=').map((part) => part.trim());
        if (!(UNIT_LEVELS as readonly string[]).includes(level) || !/^\d{1,3}$/.test(count ?? '') || Number(count) < 1) {
          context.addIssue({ code: 'custom', message: `"${entry}": LEVEL=days, LEVEL one of ${UNIT_LEVELS.join(', ')}` });
          return z.NEVER;
        }
        days[level as UnitLevel] = Number(count);
      }
      return days;
    }),
  /** Days after a payment before a worker who has not confirmed receipt is reminded (once). */
  RECEIPT_REMINDER_DAYS: int(7),
  SMS_PROVIDER: z.enum(['log', 'aliyun']).default('log'),
  ALIYUN_SMS_ACCESS_KEY_ID: z.string().optional(),
  ALIYUN_SMS_ACCESS_KEY_SECRET: z.string().optional(),
  ALIYUN_SMS_SIGN_NAME: z.string().optional(),
  ALIYUN_SMS_TEMPLATE_CODE: z.string().optional(),
  /** The approved verification-code template (one variable, `code`). */
  ALIYUN_SMS_CODE_TEMPLATE_CODE: z.string().optional(),
  /** With SMS_PROVIDER=log, where each message's text lands as `<phone>.txt` (a developer's stand-in phone). */
  SMS_LOG_INBOX_DIR: z.string().optional(),
  SMS_CODE_MAX_PER_IP: int(30),
  /** Another region's or a VPC endpoint, e.g. https://dysmsapi-vpc.cn-hangzhou.aliyuncs.com. */
  ALIYUN_SMS_ENDPOINT: z.string().url().default('https://dysmsapi.aliyuncs.com'),
  /** `bypassed` only under NODE_ENV=test: the IDOR matrix's run that PostgreSQL's row-level policies alone must pass. */
  APP_SCOPE_CHECKS: z.enum(['enforced', 'bypassed']).default('enforced'),
});

export type Config = z.infer<typeof configSchema>;

/** Reads the environment once at start; a bad value stops the process with the variable named. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = configSchema
    .refine((config) => config.REDIS_URL || config.REDIS_SENTINELS?.length, {
      path: ['REDIS_URL'],
      message: 'set REDIS_URL, or REDIS_SENTINELS for Redis behind Sentinel',
    })
    .refine(
      (config) => (config.REDIS_SENTINELS ?? []).every((sentinel) => sentinel.host && Number.isInteger(sentinel.port) && sentinel.port > 0),
      { path: ['REDIS_SENTINELS'], message: 'host:port,host:port' },
    )
    .refine((config) => config.APP_SCOPE_CHECKS === 'enforced' || config.NODE_ENV === 'test', {
      path: ['APP_SCOPE_CHECKS'],
      message: 'bypassed is allowed only with NODE_ENV=test',
    })
    .safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  return result.data;
}
