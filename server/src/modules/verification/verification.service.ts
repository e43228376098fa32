import { randomInt, timingSafeEqual } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { passwordSchema, phoneSchema } from '@bangfu/shared';
import type { FieldCipher } from '../../common/crypto.js';
import { DomainError } from '../../common/domain-error.js';
import { parseInput } from '../../common/validate.js';
import { recordAudit } from '../audit/audit-trail.js';
import type { AuthResult, AuthService } from '../auth/auth.service.js';
import type { AttemptBudget } from '../auth/login-limiter.js';
import { User } from '../auth/user.entity.js';
import { enqueue } from '../jobs/outbox.js';
import { NOTIFICATION_QUEUE } from '../notifications/notify.js';
import type { SmsSender } from '../notifications/sms.js';
import { SmsCode, SMS_CODE_PURPOSES, type SmsCodePurpose } from './sms-code.entity.js';
import { claimCodeForSending, supersedeOpenCodes, takeCodeAttempt, unclaimCode, useCode } from './sms-code.queries.js';

const CODE_MINUTES = 5;

/** Spent before anything is looked up, so the answer and its cost never depend on whether the phone has an account. */
export interface SmsCodeLimits {
  perPhoneMinute: AttemptBudget;
  perPhoneDay: AttemptBudget;
  perIp: AttemptBudget;
}

const badCode = () => new DomainError('UNAUTHENTICATED', 'auth.badCode');

/**
 * One-time codes to an account's own phone (issue 20; OWASP ASVS V2.7): six digits, five minutes, one use, five
 * tries, at most one a minute and ten a day per phone and a budget per address. Only an HMAC of the code is kept;
 * the code is sealed for the worker that sends it and cleared once sent.
 */
export class VerificationService {
  constructor(
    private readonly em: EntityManager,
    private readonly cipher: FieldCipher,
    private readonly limits: SmsCodeLimits,
    private readonly auth: AuthService,
  ) {}

  /** Always answers true: whether the phone has an account is not the caller's to learn. */
  async requestCode(phone: string, purpose: SmsCodePurpose, ip: string): Promise<boolean> {
    const number = parseInput(phoneSchema, phone);
    if (!SMS_CODE_PURPOSES.includes(purpose)) throw new DomainError('BAD_USER_INPUT', 'badInput', { detail: 'purpose' });
    await this.limits.perIp.spend(ip);
    await this.limits.perPhoneMinute.spend(number);
    await this.limits.perPhoneDay.spend(number);
    const user = await this.em.findOne(User, { phone: number, active: true });
    if (!user) return true;
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    await this.em.transactional(async (em) => {
      await supersedeOpenCodes(em, user.id, purpose);
      const row = em.create(SmsCode, {
        userId: user.id,
        purpose,
        codeHash: this.hashOf(user.id, purpose, code),
        codeEnc: this.cipher.encrypt(code),
        expiresAt: new Date(Date.now() + CODE_MINUTES * 60_000),
      });
      await em.flush();
      enqueue(em, { queue: NOTIFICATION_QUEUE, name: 'sendSmsCode', jobKey: `sms-code-${row.id}`, payload: { codeId: row.id } });
      recordAudit(em, { userId: user.id }, { action: 'auth.smsCodeRequested', entityType: 'User', entityId: user.id, after: { purpose } });
    });
    return true;
  }

  async loginWithCode(phone: string, code: string): Promise<AuthResult> {
    return this.auth.signInByPhone(await this.verify(phone, 'LOGIN', code), 'auth.loginWithSmsCode');
  }

  /** A new password for the holder of the phone; every other session ends and this one begins. */
  async resetPasswordWithCode(phone: string, code: string, newPassword: string): Promise<AuthResult> {
    // a weak password is refused before the code is spent on it
    const password = parseInput(passwordSchema, newPassword);
    return this.auth.signInByPhone(await this.verify(phone, 'RESET_PASSWORD', code), 'auth.resetPasswordWithSmsCode', password);
  }

  /** The account whose open code this is; each try is spent before the comparison, and a code works once. */
  private async verify(phone: string, purpose: SmsCodePurpose, code: string): Promise<User> {
    const user = phoneSchema.safeParse(phone).success ? await this.em.findOne(User, { phone: phone.trim(), active: true }) : null;
    if (!user || !/^\d{6}$/.test(code)) throw badCode();
    const open = await takeCodeAttempt(this.em, user.id, purpose);
    if (!open) throw badCode();
    const expected = Buffer.from(open.code_hash);
    const given = Buffer.from(this.hashOf(user.id, purpose, code));
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw badCode();
    if (!(await useCode(this.em, open.id))) throw badCode();
    return user;
  }

  private hashOf(userId: string, purpose: SmsCodePurpose, code: string): string {
    return this.cipher.lookupHash(`sms-code:${userId}:${purpose}:${code}`);
  }
}

/** The worker's half: sends a code once (safe to run twice), then only its hash remains. */
export async function sendSmsCode(em: EntityManager, cipher: FieldCipher, sender: SmsSender, codeId: string): Promise<'SENT' | 'SKIPPED'> {
  const claimed = await claimCodeForSending(em, codeId);
  const user = claimed ? await em.findOne(User, { id: claimed.user_id, active: true }) : null;
  if (!claimed || !user) return 'SKIPPED';
  const code = cipher.decrypt(claimed.code_enc);
  try {
    await sender.send({
      reference: `code-${codeId}`,
      phone: user.phone,
      template: 'code',
      text: `验证码 ${code}，${CODE_MINUTES} 分钟内有效。请勿告诉他人，工作人员不会索要验证码。`,
      params: { code },
    });
  } catch (error) {
    await unclaimCode(em, codeId, claimed.code_enc);
    throw error;
  }
  return 'SENT';
}

declare module '../../common/context.js' {
  interface Services {
    verification: VerificationService;
  }
}
