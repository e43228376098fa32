import { RateLimiterRedis } from 'rate-limiter-flexible';
import type { Redis } from 'ioredis';
import { DomainError } from '../../common/domain-error.js';

export interface LoginLimits {
  maxFailuresPerAccount: number;
  maxFailuresPerIp: number;
  windowMinutes: number;
}

/**
 * Counts failed logins per account and per IP in Redis (OWASP: the counter belongs to the account).
 * Once a counter is full, further attempts are refused before the password is checked.
 */
export class LoginLimiter {
  private readonly byAccount: RateLimiterRedis;
  private readonly byIp: RateLimiterRedis;

  constructor(
    redis: Redis,
    private readonly limits: LoginLimits,
  ) {
    const duration = limits.windowMinutes * 60;
    this.byAccount = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: 'bangfu-login-account',
      points: limits.maxFailuresPerAccount,
      duration,
    });
    this.byIp = new RateLimiterRedis({ storeClient: redis, keyPrefix: 'bangfu-login-ip', points: limits.maxFailuresPerIp, duration });
  }

  async assertAllowed(account: string, ip: string): Promise<void> {
    const [accountState, ipState] = await Promise.all([this.byAccount.get(account), this.byIp.get(ip)]);
    const blocked = [
      accountState && accountState.consumedPoints >= this.limits.maxFailuresPerAccount ? accountState : null,
      ipState && ipState.consumedPoints >= this.limits.maxFailuresPerIp ? ipState : null,
    ].filter((state) => state !== null);
    if (blocked.length > 0) {
      const waitMs = Math.max(...blocked.map((state) => state.msBeforeNext));
      throw new DomainError('LIMIT_EXCEEDED', 'auth.tooManyAttempts', { minutes: Math.max(1, Math.ceil(waitMs / 60_000)) });
    }
  }

  async recordFailure(account: string, ip: string): Promise<void> {
    // consume() rejects once the budget is spent; the refusal itself comes from assertAllowed
    await Promise.allSettled([this.byAccount.consume(account), this.byIp.consume(ip)]);
  }

  async recordSuccess(account: string): Promise<void> {
    await this.byAccount.delete(account);
  }
}
