import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { Redis } from 'ioredis';
import { DomainError } from '../../common/domain-error.js';

/**
 * Turns a phone number or address into the key a limit is counted under: a keyed hash, so Redis never holds the
 * numbers people sign in with (issue 20).
 */
export type LimitKey = (value: string) => string;

export interface LoginLimits {
  /** Failures for one account from one address before each further attempt has to wait. */
  freeFailures: number;
  /** Failures from one address, over every account, within the window. */
  maxFailuresPerIp: number;
  windowMinutes: number;
}

/** The first wait after the free failures; each further failure doubles it, up to the window. */
const FIRST_DELAY_MS = 1000;

/**
 * Counts the attempt before anything is checked, in one step: refuses while the address must still wait, else
 * adds a failure (taken back on success) and sets the wait the next attempt faces. Keys: the account's hash (one
 * field per address) and the address's counter. Answers [allowed, msToWait].
 */
const TAKE_ATTEMPT = `
local now = tonumber(ARGV[1])
local windowMs = tonumber(ARGV[2])
local free = tonumber(ARGV[3])
local maxPerIp = tonumber(ARGV[4])
local ipFailures = tonumber(redis.call('GET', KEYS[2]) or '0')
if ipFailures >= maxPerIp then
  return {0, redis.call('PTTL', KEYS[2])}
end
local state = redis.call('HGET', KEYS[1], ARGV[5])
local failures, notBefore = 0, 0
if state then
  local sep = string.find(state, ':')
  failures = tonumber(string.sub(state, 1, sep - 1))
  notBefore = tonumber(string.sub(state, sep + 1))
end
if now < notBefore then
  return {0, notBefore - now}
end
failures = failures + 1
local delay = 0
if failures > free then
  delay = math.min(tonumber(ARGV[6]) * 2 ^ (failures - free - 1), windowMs)
end
redis.call('HSET', KEYS[1], ARGV[5], failures .. ':' .. (now + delay))
redis.call('PEXPIRE', KEYS[1], windowMs)
redis.call('INCR', KEYS[2])
if ipFailures == 0 then redis.call('PEXPIRE', KEYS[2], windowMs) end
return {1, 0}
`;

/** Takes back the failure counted for an attempt that succeeded. */
const FORGIVE_ATTEMPT = `
redis.call('HDEL', KEYS[1], ARGV[1])
if tonumber(redis.call('GET', KEYS[2]) or '0') > 0 then redis.call('DECR', KEYS[2]) end
return 1
`;

/**
 * Failed sign-ins, counted per account and address and per address (OWASP ASVS V2.2.1). Past the free failures
 * each attempt from that address waits twice as long as the last, so guessing slows to nothing while the owner,
 * from any other address, still signs in: an attacker can never lock an account for everyone.
 */
export class LoginLimiter {
  constructor(
    private readonly redis: Redis,
    private readonly limits: LoginLimits,
    private readonly limitKey: LimitKey,
  ) {}

  private readonly accountKey = (account: string) => `bangfu-login:account:${this.limitKey(account)}`;

  /** The account's key, the address's key, and the address as a field of the account's hash. */
  private keys(account: string, ip: string): [string, string, string] {
    const address = this.limitKey(ip);
    return [this.accountKey(account), `bangfu-login:ip:${address}`, address];
  }

  /** Counts the attempt as a failure now (so parallel guesses cannot pass the limit) or refuses it. */
  async takeAttempt(account: string, ip: string): Promise<void> {
    const [accountKey, addressKey, address] = this.keys(account, ip);
    const [allowed, waitMs] = (await this.redis.eval(
      TAKE_ATTEMPT,
      2,
      accountKey,
      addressKey,
      Date.now(),
      this.limits.windowMinutes * 60_000,
      this.limits.freeFailures,
      this.limits.maxFailuresPerIp,
      address,
      FIRST_DELAY_MS,
    )) as [number, number];
    if (allowed === 1) return;
    throw waitMs < 120_000
      ? new DomainError('LIMIT_EXCEEDED', 'auth.slowDown', { seconds: Math.max(1, Math.ceil(waitMs / 1000)) })
      : new DomainError('LIMIT_EXCEEDED', 'auth.tooManyAttempts', { minutes: Math.ceil(waitMs / 60_000) });
  }

  /** The attempt was right: its failure is taken back and this address starts afresh for the account. */
  async succeeded(account: string, ip: string): Promise<void> {
    await this.redis.eval(FORGIVE_ATTEMPT, 2, ...this.keys(account, ip));
  }

  /** The password was set anew by an operator: earlier failures from every address no longer count. */
  async forget(account: string): Promise<void> {
    await this.redis.del(this.accountKey(account));
  }
}

/** A budget of attempts per key within a window, spent before the work it guards (registration). */
export class AttemptBudget {
  private readonly limiter: RateLimiterRedis;

  constructor(
    redis: Redis,
    name: string,
    points: number,
    windowMinutes: number,
    private readonly limitKey: LimitKey,
  ) {
    this.limiter = new RateLimiterRedis({ storeClient: redis, keyPrefix: `bangfu-${name}`, points, duration: windowMinutes * 60 });
  }

  async spend(key: string): Promise<void> {
    try {
      await this.limiter.consume(this.limitKey(key));
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      throw new DomainError('LIMIT_EXCEEDED', 'auth.tooManyRequests', { minutes: Math.max(1, Math.ceil(error.msBeforeNext / 60_000)) });
    }
  }
}
