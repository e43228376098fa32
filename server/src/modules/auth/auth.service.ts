import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import {
  ACTING_ROLES,
  maskIdNumber,
  maskPhone,
  parseIdNumber,
  passwordSchema,
  reasonSchema,
  phoneSchema,
  registerWorkerSchema,
  staffAccountSchema,
  type Role,
} from '@bangfu/shared';
import type { Actor } from '../../common/actor.js';
import { recordAudit } from '../audit/audit-trail.js';
import { newToken, tokenHash, type FieldCipher } from '../../common/crypto.js';
import { DomainError, forbidden, notFound } from '../../common/domain-error.js';
import { decodeCursor, pageSize, toPage, type Page, type PageRequest } from '../../common/pagination.js';
import { scopeFor, type Scope } from '../../common/scope.js';
import { currentRequestScope } from '../../common/request-context.js';
import { isWellFormedId, parseInput } from '../../common/validate.js';
import { Unit } from '../org/unit.entity.js';
import type { UnitMove, UnitService } from '../org/unit.service.js';
import type { AttemptBudget, LoginLimiter } from './login-limiter.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { RoleGrant } from './role-grant.entity.js';
import { RoleGrantRequest } from './role-grant-request.entity.js';
import { Session } from './session.entity.js';
import { accountsWithRoleOn, actorOfSession, actorOfUser, moveAccountsOfUnit, staffUserIdsOf } from './auth.queries.js';
import { User } from './user.entity.js';

export interface SessionPolicy {
  staffSessionHours: number;
  workerSessionDays: number;
}

/** What slows guessing and enumeration down, shared by every request of the process. */
export interface AuthLimits {
  login: LoginLimiter;
  registrationsPerIp: AttemptBudget;
  registrationsPerPhone: AttemptBudget;
}

export interface AuthResult {
  token: string;
  expiresAt: Date;
  user: User;
}

export interface StaffAccountRequest {
  phone: string;
  name: string;
  password: string;
  unitId?: string | null;
  role?: Role | null;
}

/** Only masked personal data enters the audit log. */
const userSnapshot = (user: User): Record<string, unknown> => ({
  name: user.name,
  phone: maskPhone(user.phone),
  active: user.active,
  employerUnitId: user.employerUnit?.id ?? null,
});

/** One answer for a taken phone and a taken ID number: registration must not tell who has an account. */
const registrationRefused = () => new DomainError('CONFLICT', 'auth.registrationRefused');

/** Accounts, sessions and role grants (domain.md §1, §8; api-contract.md Auth). */
export class AuthService {
  constructor(
    private readonly em: EntityManager,
    private readonly cipher: FieldCipher,
    private readonly limits: AuthLimits,
    private readonly policy: SessionPolicy,
    private readonly units: UnitService,
  ) {}

  /** Resolves a bearer token to the actor with its live grants, or null when the session is not valid. */
  authenticate(token: string): Promise<Actor | null> {
    return this.authenticateHash(tokenHash(token));
  }

  /** The same, for a session known by its token's hash (kept where the token itself must not be). */
  authenticateHash(sessionTokenHash: string): Promise<Actor | null> {
    return actorOfSession(this.em, sessionTokenHash);
  }

  /** The actor as their grants stand now, for background work started on their behalf. */
  actorById(userId: string): Promise<Actor | null> {
    return actorOfUser(this.em, userId);
  }

  /** Closure step: a closed unit's workers move to the receiving unit and the roles on it end. */
  static moveHoldings(em: EntityManager, move: UnitMove): Promise<Record<string, number>> {
    return moveAccountsOfUnit(em, move.from.id, move.to.id, move.actor.userId);
  }

  /**
   * Spends the address's and the phone's budgets before any lookup or hash, and answers a taken phone and a taken
   * ID number alike, so registration cannot be used to learn who has an account. `provePhone` (the API's: the
   * REGISTER code sent to the phone) runs before anything is written; the demo loader has none.
   */
  async registerWorker(input: unknown, ip: string, provePhone?: (phone: string) => Promise<void>): Promise<AuthResult> {
    const data = parseInput(registerWorkerSchema, input);
    await this.limits.registrationsPerIp.spend(ip);
    await this.limits.registrationsPerPhone.spend(data.phone);
    const employer = await this.em.findOne(Unit, { id: data.employerUnitId, active: true });
    if (!employer) throw notFound('unit');
    const facts = parseIdNumber(data.idNumber)!;
    const idNumberHash = this.cipher.lookupHash(data.idNumber);
    if (await this.em.count(User, { $or: [{ phone: data.phone }, { idNumberHash }] })) throw registrationRefused();
    await provePhone?.(data.phone);
    const passwordHash = await hashPassword(data.password);

    return this.withUniqueChecks(() =>
      this.em.transactional(async (em) => {
        const user = em.create(User, {
          phone: data.phone,
          name: data.name,
          passwordHash,
          idNumberEnc: this.cipher.encrypt(data.idNumber),
          idNumberHash,
          birthDate: facts.birthDate,
          sex: facts.sex,
          employerUnit: employer.id,
          language: currentRequestScope()?.lang ?? 'zh-CN',
        });
        em.create(RoleGrant, { user, unit: employer.id, role: 'WORKER' });
        await em.flush();
        recordAudit(
          em,
          { userId: user.id },
          {
            action: 'auth.registerWorker',
            entityType: 'User',
            entityId: user.id,
            unitId: employer.id,
            after: { ...userSnapshot(user), idNumber: maskIdNumber(data.idNumber) },
          },
        );
        return this.openSession(em, user, ['WORKER']);
      }),
    );
  }

  async login(phone: string, password: string, ip: string): Promise<AuthResult> {
    const account = phoneSchema.safeParse(phone).success ? phone.trim() : `invalid:${phone.slice(0, 20)}`;
    await this.limits.login.takeAttempt(account, ip);
    const user = await this.em.findOne(User, { phone: account }, { populate: ['passwordHash'] });
    const valid = await verifyPassword(user?.passwordHash ?? null, password);
    if (!user || !valid || !user.active) throw new DomainError('UNAUTHENTICATED', 'auth.invalidCredentials');
    await this.limits.login.succeeded(account, ip);
    return this.startSession(user, 'auth.login', null);
  }

  async logout(actor: Actor): Promise<boolean> {
    await this.em.transactional(async (em) => {
      await em.nativeUpdate(Session, { id: actor.sessionId, revokedAt: null }, { revokedAt: new Date() });
      recordAudit(em, actor, {
        action: 'auth.logout',
        entityType: 'User',
        entityId: actor.userId,
        unitId: actor.grants[0]?.unitId ?? null,
      });
    });
    return true;
  }

  async me(actor: Actor): Promise<User> {
    const user = await this.em.findOne(User, { id: actor.userId });
    if (!user) throw notFound('user');
    return user;
  }

  async createStaffAccount(actor: Actor, request: StaffAccountRequest): Promise<User> {
    const data = parseInput(staffAccountSchema, request);
    const scope = scopeFor(actor);
    if (scope.adminAreas.length === 0) throw forbidden();
    const unit = request.unitId ? await this.units.administered(scope, request.unitId) : null;
    if (request.role && !unit) throw new DomainError('BAD_USER_INPUT', 'badInput', { detail: 'unitId' });
    if (request.role === 'WORKER') throw new DomainError('BAD_USER_INPUT', 'role.workerOnly');
    const phoneTaken = () => new DomainError('CONFLICT', 'auth.phoneTaken');
    if (await this.em.count(User, { phone: data.phone })) throw phoneTaken();
    const passwordHash = await hashPassword(data.password);

    return this.withUniqueChecks(
      () =>
        this.em.transactional(async (em) => {
          const user = em.create(User, { phone: data.phone, name: data.name, passwordHash, createdBy: actor.userId });
          // the role waits for a second operator, like every grant
          if (unit && request.role) em.create(RoleGrantRequest, { user, unit: unit.id, role: request.role, requestedBy: actor.userId });
          await em.flush();
          recordAudit(em, actor, {
            action: 'user.createStaff',
            entityType: 'User',
            entityId: user.id,
            unitId: unit?.id ?? null,
            after: { ...userSnapshot(user), role: request.role ?? null },
          });
          return user;
        }),
      phoneTaken,
    );
  }

  /** The people who act on a unit's cases, for those who act there too (to assign a case to a colleague). */
  async colleagues(actor: Actor, unitId: string): Promise<User[]> {
    if (!isWellFormedId(unitId) || !scopeFor(actor).canActOn(unitId, ACTING_ROLES)) throw forbidden();
    const ids = await staffUserIdsOf(this.em, unitId);
    return ids.length ? this.em.find(User, { id: { $in: ids }, active: true }, { orderBy: { name: 'asc' } }) : [];
  }

  /** Accounts holding an active role on a unit the operator manages. */
  async users(actor: Actor, unitId: string, request: PageRequest): Promise<Page<User>> {
    const unit = await this.units.administered(scopeFor(actor), unitId);
    const limit = pageSize(request.first);
    const afterId = request.after ? decodeCursor(request.after, ['id'])[0] : null;
    const { rows, totalCount } = await accountsWithRoleOn(this.em, unit.id, afterId, limit);
    return toPage(rows, limit, totalCount, (user) => [user.id]);
  }

  /**
   * An operator's grant is a request until a second operator over the unit approves it (two-person rule): no single
   * operator can give anyone, themself included, a role that reads people's records or manages accounts.
   */
  async grantRole(actor: Actor, userId: string, unitId: string, role: Role): Promise<User> {
    const scope = scopeFor(actor);
    const unit = await this.units.administered(scope, unitId);
    if (role === 'WORKER') throw new DomainError('BAD_USER_INPUT', 'role.workerOnly');
    if (!unit.active) throw new DomainError('BAD_USER_INPUT', 'unit.closed', { name: unit.name });
    const user = await this.staffAccount(scope, userId);
    if (user.id === actor.userId) throw new DomainError('FORBIDDEN', 'role.selfGrant');
    if (await this.em.count(RoleGrant, { user, unit: unit.id, role, revokedAt: null })) {
      throw new DomainError('CONFLICT', 'role.alreadyGranted');
    }
    if (await this.em.count(RoleGrantRequest, { user, unit: unit.id, role, decidedAt: null })) {
      throw new DomainError('CONFLICT', 'role.alreadyRequested');
    }
    await this.withUniqueChecks(
      () =>
        this.em.transactional(async (em) => {
          em.create(RoleGrantRequest, { user, unit: unit.id, role, requestedBy: actor.userId });
          recordAudit(em, actor, {
            action: 'role.grantRequested',
            entityType: 'User',
            entityId: user.id,
            unitId: unit.id,
            after: { role },
          });
          await em.flush();
        }),
      () => new DomainError('CONFLICT', 'role.alreadyRequested'),
    );
    return user;
  }

  /** A second operator over the unit (never the one who asked, never the grantee) approves or refuses a grant. */
  async decideRoleGrant(actor: Actor, requestId: string, approve: boolean, note: string | null): Promise<User> {
    const scope = scopeFor(actor);
    const request = isWellFormedId(requestId)
      ? await this.em.findOne(RoleGrantRequest, { id: requestId, decidedAt: null }, { populate: ['unit', 'user'] })
      : null;
    if (!request || !scope.canAdminister(request.unit.getEntity())) throw notFound('roleGrantRequest');
    if (request.requestedBy.id === actor.userId || request.user.id === actor.userId) {
      throw new DomainError('FORBIDDEN', 'role.secondOperator');
    }
    const reason = approve ? null : parseInput(reasonSchema, note ?? '');
    const unit = request.unit.getEntity();
    if (approve && !unit.active) throw new DomainError('BAD_USER_INPUT', 'unit.closed', { name: unit.name });
    await this.withUniqueChecks(
      () =>
        this.em.transactional(async (em) => {
          em.assign(request, { decidedBy: actor.userId, decidedAt: new Date(), approved: approve, note: reason });
          if (approve) em.create(RoleGrant, { user: request.user, unit: unit.id, role: request.role, grantedBy: request.requestedBy });
          recordAudit(em, actor, {
            action: approve ? 'role.grantApproved' : 'role.grantRefused',
            entityType: 'User',
            entityId: request.user.id,
            unitId: unit.id,
            after: { role: request.role, requestedBy: request.requestedBy.id, ...(reason ? { note: reason } : {}) },
          });
          await em.flush();
        }),
      () => new DomainError('CONFLICT', 'role.alreadyGranted'),
    );
    return request.user.getEntity();
  }

  async revokeRole(actor: Actor, userId: string, unitId: string, role: Role): Promise<User> {
    const scope = scopeFor(actor);
    const unit = await this.units.administered(scope, unitId);
    const user = await this.staffAccount(scope, userId);
    const grant = await this.em.findOne(RoleGrant, { user, unit: unit.id, role, revokedAt: null });
    if (!grant) throw new DomainError('BAD_USER_INPUT', 'role.notGranted');
    grant.revokedAt = new Date();
    grant.revokedBy = this.em.getReference(User, actor.userId, { wrapped: true });
    recordAudit(this.em, actor, { action: 'role.revoke', entityType: 'User', entityId: user.id, unitId: unit.id, before: { role } });
    await this.em.flush();
    return user;
  }

  /**
   * The account holder changes their password with the current one (counted like failed sign-ins, so a stolen
   * session cannot guess it); every other session of theirs ends.
   */
  async changePassword(actor: Actor, currentPassword: string, newPassword: string, ip: string): Promise<boolean> {
    const password = parseInput(passwordSchema, newPassword);
    const user = await this.em.findOneOrFail(User, { id: actor.userId }, { populate: ['passwordHash'] });
    await this.limits.login.takeAttempt(user.phone, ip);
    if (!(await verifyPassword(user.passwordHash, currentPassword))) throw new DomainError('BAD_USER_INPUT', 'auth.wrongPassword');
    await this.limits.login.succeeded(user.phone, ip);
    const passwordHash = await hashPassword(password);
    await this.em.transactional(async (em) => {
      await em.nativeUpdate(User, { id: user.id }, { passwordHash });
      await this.endSessions(em, user.id, actor.sessionId);
      recordAudit(em, actor, {
        action: 'auth.changePassword',
        entityType: 'User',
        entityId: user.id,
        unitId: actor.grants[0]?.unitId ?? null,
      });
    });
    return true;
  }

  /** An operator sets a new initial password for an account they manage (forgotten password); its sessions end. */
  async resetPassword(actor: Actor, userId: string, newPassword: string): Promise<User> {
    const password = parseInput(passwordSchema, newPassword);
    const scope = scopeFor(actor);
    if (scope.adminAreas.length === 0) throw forbidden();
    const user = await this.staffAccount(scope, userId);
    const passwordHash = await hashPassword(password);
    // the operator has the person in front of them: failed guesses before no longer slow them down
    await this.limits.login.forget(user.phone);
    await this.em.transactional(async (em) => {
      await em.nativeUpdate(User, { id: user.id }, { passwordHash });
      await this.endSessions(em, user.id);
      recordAudit(em, actor, {
        action: 'user.resetPassword',
        entityType: 'User',
        entityId: user.id,
        unitId: await this.homeUnitOf(em, user),
      });
    });
    return user;
  }

  /** An operator disables the account of someone who left (every session ends at once) or enables it again. */
  async setAccountActive(actor: Actor, userId: string, active: boolean): Promise<User> {
    const scope = scopeFor(actor);
    if (scope.adminAreas.length === 0) throw forbidden();
    const user = await this.staffAccount(scope, userId);
    if (user.id === actor.userId) throw new DomainError('BAD_USER_INPUT', 'user.selfDisable');
    if (user.active === active) return user;
    await this.em.transactional(async (em) => {
      em.assign(user, { active });
      if (!active) await this.endSessions(em, user.id);
      recordAudit(em, actor, {
        action: active ? 'user.enable' : 'user.disable',
        entityType: 'User',
        entityId: user.id,
        unitId: await this.homeUnitOf(em, user),
        before: { active: !active },
        after: { active },
      });
      await em.flush();
    });
    return user;
  }

  /**
   * Signs in an account whose holder proved it with their phone (an SMS code, checked by the caller), audited as
   * `action`; with `newPassword`, sets it first and ends every other session (a reset).
   */
  async signInByPhone(user: User, action: string, newPassword?: string): Promise<AuthResult> {
    const passwordHash = newPassword === undefined ? null : await hashPassword(parseInput(passwordSchema, newPassword));
    if (passwordHash) await this.limits.login.forget(user.phone);
    return this.startSession(user, action, passwordHash);
  }

  /**
   * Opens a session for a proven account (after a new password, if given, and with every other session ended),
   * audited under the person's first unit, so the unit's auditors see who signed in.
   */
  private async startSession(user: User, action: string, passwordHash: string | null): Promise<AuthResult> {
    const grants = await this.em.find(RoleGrant, { user, revokedAt: null }, { orderBy: { id: 'asc' } });
    return this.em.transactional(async (em) => {
      if (passwordHash) {
        await em.nativeUpdate(User, { id: user.id }, { passwordHash });
        await this.endSessions(em, user.id);
      }
      const result = await this.openSession(
        em,
        user,
        grants.map((grant) => grant.role),
      );
      recordAudit(
        em,
        { userId: user.id },
        { action, entityType: 'User', entityId: user.id, unitId: grants[0]?.unit.id ?? user.employerUnit?.id ?? null },
      );
      return result;
    });
  }

  /** Ends every open session of an account, but the one named in `keep`. */
  async endSessions(em: EntityManager, userId: string, keep?: string): Promise<void> {
    await em.nativeUpdate(Session, { user: userId, revokedAt: null, ...(keep ? { id: { $ne: keep } } : {}) }, { revokedAt: new Date() });
  }

  /** The unit an account's audit events are filed under: its first active role's, else its employer. */
  private async homeUnitOf(em: EntityManager, user: User): Promise<string | null> {
    const grant = await em.findOne(RoleGrant, { user, revokedAt: null }, { orderBy: { id: 'asc' } });
    return grant?.unit.id ?? user.employerUnit?.id ?? null;
  }

  /** Operators see accounts with a role in their units, and accounts that hold no role yet. */
  private async visibleAccount(scope: Scope, userId: string): Promise<{ user: User; grants: RoleGrant[] }> {
    const user = isWellFormedId(userId) ? await this.em.findOne(User, { id: userId }) : null;
    if (!user) throw notFound('user');
    const grants = await this.em.find(RoleGrant, { user, revokedAt: null }, { populate: ['unit'] });
    const visible = grants.length === 0 || grants.some((grant) => scope.canAdminister(grant.unit.getEntity()));
    if (!visible) throw notFound('user');
    return { user, grants };
  }

  /**
   * Operators manage staff accounts only: a worker's account is their real-name identity, recovered by the worker
   * (SMS code), never reset, switched off or given a role by an operator, who could then sign in as them.
   */
  private async staffAccount(scope: Scope, userId: string): Promise<User> {
    const { user, grants } = await this.visibleAccount(scope, userId);
    if (user.idNumberHash || grants.some((grant) => grant.role === 'WORKER')) throw new DomainError('FORBIDDEN', 'user.workerAccount');
    return user;
  }

  private async openSession(em: EntityManager, user: User, roles: Role[]): Promise<AuthResult> {
    const token = newToken();
    const workerOnly = roles.length > 0 && roles.every((role) => role === 'WORKER');
    // Workers keep a phone session for weeks; staff sessions end with the working day.
    const lifetimeMs = workerOnly ? this.policy.workerSessionDays * 86_400_000 : this.policy.staffSessionHours * 3_600_000;
    const expiresAt = new Date(Date.now() + lifetimeMs);
    em.create(Session, { user, tokenHash: tokenHash(token), expiresAt });
    await em.flush();
    return { token, expiresAt, user };
  }

  /** Concurrent registrations can pass the pre-checks together; the unique indexes decide, answered as `taken`. */
  private async withUniqueChecks<T>(work: () => Promise<T>, taken = registrationRefused): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        if (error.message.includes('role_grant')) throw new DomainError('CONFLICT', 'role.alreadyGranted');
        throw taken();
      }
      throw error;
    }
  }
}

declare module '../../common/context.js' {
  interface Services {
    auth: AuthService;
  }
}
