import { randomInt, timingSafeEqual } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ACTING_ROLES, maskPhone, passwordSchema, phoneSchema, releaseIdNumberSchema, verifyIdentitySchema } from '@bangfu/shared';
import type { FieldCipher } from '../../common/crypto.js';
import { hasRole, type Actor } from '../../common/actor.js';
import { DomainError, forbidden, unauthenticated } from '../../common/domain-error.js';
import { withSystemRows } from '../../common/row-scope.js';
import { scopeFor } from '../../common/scope.js';
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

/** An ID number taken back from the account that used it: by whom, from which account, why. */
export interface IdentityRelease {
  actor: Actor;
  userId: string;
  reason: string;
}

const badCode = () => new DomainError('UNAUTHENTICATED', 'auth.badCode');

/**
 * One-time codes to a phone (issue 20; OWASP ASVS V2.7): six digits, five minutes, one use, five tries, at most
 * one a minute and ten a day per phone and a budget per address. A registration code goes only to a phone without
 * an account, a sign-in or reset code only to one with an account; the caller is told neither. Only an HMAC of
 * the code is kept; the code is sealed for the worker that sends it and cleared once sent.
 */
export class VerificationService {
  constructor(
    private readonly em: EntityManager,
    private readonly cipher: FieldCipher,
    private readonly limits: SmsCodeLimits,
    private readonly auth: AuthService,
    /** Marks the released account's cases on their timelines (CaseService.markIdentityReleased); answers how many. */
    private readonly markReleased: (em: EntityManager, release: IdentityRelease) => Promise<number>,
  ) {}

  /**
   * Always answers true: whether the phone has an account is not the caller's to learn. A CONFIRM_RECEIPT code is
   * asked for by a signed-in account and goes only to that account's own phone: staff cannot have one sent for a
   * worker, and a worker's code is no use to anyone else.
   */
  async requestCode(phone: string, purpose: SmsCodePurpose, ip: string, actor: Actor | null = null): Promise<boolean> {
    const number = parseInput(phoneSchema, phone);
    if (!SMS_CODE_PURPOSES.includes(purpose)) throw new DomainError('BAD_USER_INPUT', 'badInput', { detail: 'purpose' });
    if (purpose === 'CONFIRM_RECEIPT') {
      if (!actor) throw unauthenticated();
      const own = await this.em.findOne(User, { id: actor.userId });
      if (own?.phone !== number) throw new DomainError('FORBIDDEN', 'auth.ownPhoneOnly');
    }
    await this.limits.perIp.spend(ip);
    await this.limits.perPhoneMinute.spend(number);
    await this.limits.perPhoneDay.spend(number);
    const account = await this.em.findOne(User, { phone: number });
    const due = purpose === 'REGISTER' ? !account : Boolean(account?.active);
    if (!due) return true;
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    await this.em.transactional(async (em) => {
      await supersedeOpenCodes(em, number, purpose);
      const row = em.create(SmsCode, {
        phone: number,
        purpose,
        codeHash: this.hashOf(number, purpose, code),
        codeEnc: this.cipher.encrypt(code),
        expiresAt: new Date(Date.now() + CODE_MINUTES * 60_000),
      });
      await em.flush();
      enqueue(em, { queue: NOTIFICATION_QUEUE, name: 'sendSmsCode', jobKey: `sms-code-${row.id}`, payload: { codeId: row.id } });
      recordAudit(em, account ? { userId: account.id } : null, {
        action: 'auth.smsCodeRequested',
        entityType: 'SmsCode',
        entityId: row.id,
        after: { purpose, phone: maskPhone(number) },
      });
    });
    return true;
  }

  async loginWithCode(phone: string, code: string): Promise<AuthResult> {
    const user = await this.accountOf(phone);
    await this.consume(phone, 'LOGIN', code);
    return this.auth.signInByPhone(user, 'auth.loginWithSmsCode');
  }

  /** A new password for the holder of the phone; every other session ends and this one begins. */
  async resetPasswordWithCode(phone: string, code: string, newPassword: string): Promise<AuthResult> {
    // a weak password is refused before the code is spent on it
    const password = parseInput(passwordSchema, newPassword);
    const user = await this.accountOf(phone);
    await this.consume(phone, 'RESET_PASSWORD', code);
    return this.auth.signInByPhone(user, 'auth.resetPasswordWithSmsCode', password);
  }

  /** Registration proves the phone is the registrant's with the code sent to it (实名: the number is theirs). */
  registerWorker(input: { smsCode?: unknown } & Record<string, unknown>, ip: string): Promise<AuthResult> {
    return this.auth.registerWorker(input, ip, (phone) => this.consume(phone, 'REGISTER', String(input.smsCode ?? '')));
  }

  /**
   * The recipient's step-up before confirming receipt (杜绝代签): the CONFIRM_RECEIPT code sent to the caller's own
   * phone, so whoever knows only the password cannot sign for the worker. A wrong code is bad input here, not a
   * failed sign-in: the session stays.
   */
  async proveReceipt(actor: Actor, code: string | null | undefined): Promise<void> {
    if (!code?.trim()) throw new DomainError('BAD_USER_INPUT', 'auth.receiptCodeNeeded');
    const user = await this.em.findOne(User, { id: actor.userId, active: true });
    try {
      if (!user) throw badCode();
      await this.consume(user.phone, 'CONFIRM_RECEIPT', code.trim());
    } catch (error) {
      if (error instanceof DomainError && error.key === 'auth.badCode') throw new DomainError('BAD_USER_INPUT', 'auth.badCode');
      throw error;
    }
  }

  /**
   * 实名核验 at the counter: a staff member saw the person and their ID card, and types the card's number and the
   * phone the person gives. Staff acting on the unit where the worker is registered, or on one above it (the station
   * they come to). An account is found only when phone and number both match, and one NOT_FOUND answers anything
   * else, so the counter cannot be used to learn whose number a phone is.
   */
  async verifyIdentity(actor: Actor, input: unknown): Promise<User> {
    if (!hasRole(actor, ACTING_ROLES)) throw forbidden();
    const data = parseInput(verifyIdentitySchema, input);
    const user = await this.em.findOne(User, { phone: data.phone, active: true }, { populate: ['employerUnit'] });
    const unit = user?.idNumberHash === this.cipher.lookupHash(data.idNumber) ? (user.employerUnit?.getEntity() ?? null) : null;
    const verifyingUnitId = unit && scopeFor(actor).unitOver(unit);
    if (!user || !verifyingUnitId) throw new DomainError('NOT_FOUND', 'identity.noSuchAccount');
    user.identityVerifiedAt = new Date();
    user.identityVerifiedById = actor.userId;
    user.identityVerifiedUnitId = verifyingUnitId;
    recordAudit(this.em, actor, {
      action: 'identity.verify',
      entityType: 'User',
      entityId: user.id,
      unitId: verifyingUnitId,
      after: { phone: maskPhone(user.phone), verifiedAt: user.identityVerifiedAt.toISOString() },
    });
    await this.em.flush();
    return user;
  }

  /**
   * A contested identity: the real holder has shown their ID card at the station, and the operator or a union admin
   * over the unit where the other account is registered takes the number back from it, typing the number from the
   * card (so no account is ever looked up by number on its own). That account is disabled and signed out, keeps its
   * cases (each marked on its timeline) and loses the number, which its holder can now register with. The reason
   * goes into the audit event; a number no account in the caller's units holds is NOT_FOUND.
   */
  async releaseIdNumber(actor: Actor, idNumber: string, reason: string): Promise<User> {
    const data = parseInput(releaseIdNumberSchema, { idNumber, reason });
    const user = await this.em.findOne(User, { idNumberHash: this.cipher.lookupHash(data.idNumber) }, { populate: ['employerUnit'] });
    const unit = user?.employerUnit?.getEntity() ?? null;
    const scope = scopeFor(actor);
    const releasingUnitId = unit && (scope.canAdminister(unit) ? unit.id : scope.unitOver(unit, ['UNION_ADMIN']));
    if (!user || !releasingUnitId || user.id === actor.userId) throw new DomainError('NOT_FOUND', 'identity.noAccountHolds');
    const stated = data.reason;
    return this.em.transactional(async (em) => {
      em.assign(user, {
        idNumberHash: null,
        idNumberEnc: null,
        active: false,
        identityVerifiedAt: null,
        identityVerifiedById: null,
        identityVerifiedUnitId: null,
        idNumberReleasedAt: new Date(),
        idNumberReleasedById: actor.userId,
      });
      await em.flush();
      await this.auth.endSessions(em, user.id);
      const casesMarked = await withSystemRows(em, (all) => this.markReleased(all, { actor, userId: user.id, reason: stated }));
      recordAudit(em, actor, {
        action: 'identity.release',
        entityType: 'User',
        entityId: user.id,
        unitId: releasingUnitId,
        after: { reason: stated, casesMarked },
      });
      return user;
    });
  }

  private async accountOf(phone: string): Promise<User> {
    const user = phoneSchema.safeParse(phone).success ? await this.em.findOne(User, { phone: phone.trim(), active: true }) : null;
    if (!user) throw badCode();
    return user;
  }

  /** Uses the phone's open code for `purpose`; each try is spent before the comparison, and a code works once. */
  private async consume(phone: string, purpose: SmsCodePurpose, code: string): Promise<void> {
    const number = phone.trim();
    if (!/^\d{6}$/.test(code)) throw badCode();
    const open = await takeCodeAttempt(this.em, number, purpose);
    if (!open) throw badCode();
    const expected = Buffer.from(open.code_hash);
    const given = Buffer.from(this.hashOf(number, purpose, code));
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw badCode();
    if (!(await useCode(this.em, open.id))) throw badCode();
  }

  private hashOf(phone: string, purpose: SmsCodePurpose, code: string): string {
    return this.cipher.lookupHash(`sms-code:${phone}:${purpose}:${code}`);
  }
}

/** The worker's half: sends a code once (safe to run twice), then only its hash remains. */
export async function sendSmsCode(em: EntityManager, cipher: FieldCipher, sender: SmsSender, codeId: string): Promise<'SENT' | 'SKIPPED'> {
  const claimed = await claimCodeForSending(em, codeId);
  if (!claimed) return 'SKIPPED';
  const code = cipher.decrypt(claimed.code_enc);
  try {
    await sender.send({
      reference: `code-${codeId}`,
      phone: claimed.phone,
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
