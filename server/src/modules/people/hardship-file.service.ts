import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import {
  revealReasonSchema,
  payeeAccountSchema,
  cancelFileSchema,
  hardshipFileInputSchema,
  maskIdNumber,
  NON_COMPULSORY_STAGES,
  parseIdNumber,
  type CancelReason,
  type FileStatus,
  type HardshipCategory,
  type HardshipFileInputData,
  type SchoolingStage,
} from '@bangfu/shared';
import type { Actor } from '../../common/actor.js';
import { recordAudit, recordAuditAlone } from '../audit/audit-trail.js';
import type { FieldCipher } from '../../common/crypto.js';
import { DomainError, forbidden, notFound } from '../../common/domain-error.js';
import { decodeCursor, pageSize, toPage, type Page, type PageRequest } from '../../common/pagination.js';
import { scopeFor } from '../../common/scope.js';
import { isWellFormedId, parseInput } from '../../common/validate.js';
import { User } from '../auth/user.entity.js';
import { recordsUnit } from '../org/unit-access.js';
import { Unit } from '../org/unit.entity.js';
import type { UnitMove } from '../org/unit.service.js';
import { HardshipFile, HardshipFileEvent } from './hardship-file.entity.js';
import { filesPage, lockPeople, moveOpenFiles, openHouseholdOf, replaceHouseholdPeople } from './hardship-file.queries.js';

export interface HouseholdMember {
  name: string;
  relation: string;
  idNumber: string | null;
  health: string | null;
  employment: string | null;
  monthlyIncomeFen: number;
  schooling: SchoolingStage | null;
  isRecipient: boolean;
}

export interface Household {
  members: HouseholdMember[];
  minimumLivingStandardFen: number | null;
  housing: string | null;
  totalMonthlyIncomeFen: number;
  perCapitaIncomeFen: number;
}

/** Everyone a file names, by the lookup hash of their ID number, with the name given for each. */
interface HouseholdPeople {
  holder: string;
  members: string[];
  names: Map<string, string>;
}

/** How much of a file the caller sees: everything, or without health, income and member ID numbers. */
export type FileAccess = 'FULL' | 'MASKED';

export interface FileFilter extends PageRequest {
  status?: FileStatus | null;
  category?: HardshipCategory | null;
  search?: string | null;
}

/** What the file history and the audit log keep: nothing sensitive. */
const fileSnapshot = (file: HardshipFile): Record<string, unknown> => ({
  unitId: file.unitId,
  status: file.status,
  category: file.category,
  causes: file.causes,
  personName: file.personName,
  householdSize: file.householdSize,
  unionMember: file.unionMember,
  cancelReason: file.cancelReason ?? null,
  identityVerified: Boolean(file.identityVerifiedAt),
});

/** A file's change in the audit log: its snapshot after, and before where it existed. */
const auditChange = (em: EntityManager, actor: Actor | null, action: string, file: HardshipFile, before?: Record<string, unknown>) =>
  recordAudit(em, actor, {
    action: `file.${action}`,
    entityType: 'HardshipFile',
    entityId: file.id,
    unitId: file.unitId,
    ...(before ? { before } : {}),
    after: fileSnapshot(file),
  });

/** Hardship files (domain.md §3): one open file per ID number across the network, held by one unit. */
export class HardshipFileService {
  constructor(
    private readonly em: EntityManager,
    private readonly cipher: FieldCipher,
  ) {}

  async create(actor: Actor, input: unknown): Promise<HardshipFile> {
    const data = parseInput(hardshipFileInputSchema, input);
    const unit = await this.actingUnit(actor, data.unitId);
    const people = this.peopleOf(data);
    return this.withHouseholdFree(actor, unit.id, people, null, async (em) => {
      const file = em.create(HardshipFile, {
        ...this.columnsFrom(data, people.holder),
        ...this.identityCheck(actor, data, people.holder, null),
        unitId: unit.id,
        createdById: actor.userId,
      });
      await em.flush();
      await replaceHouseholdPeople(em, file.id, people.holder, people.members);
      this.history(em, actor, file, { action: 'create', toStatus: file.status, note: data.note ?? null, changes: fileSnapshot(file) });
      auditChange(em, actor, 'create', file);
      return file;
    });
  }

  /** Dynamic management (动态管理): the household changes, the file follows. */
  async update(actor: Actor, id: string, input: unknown): Promise<HardshipFile> {
    const data = parseInput(hardshipFileInputSchema, input);
    const file = await this.actingFile(actor, id);
    if (file.status === 'CANCELLED') throw new DomainError('INVALID_TRANSITION', 'file.cancelled');
    if (data.unitId !== file.unitId) throw new DomainError('BAD_USER_INPUT', 'file.unitMismatch');
    const people = this.peopleOf(data);
    const before = fileSnapshot(file);
    return this.withHouseholdFree(actor, file.unitId, people, file.id, async (em) => {
      em.assign(file, { ...this.columnsFrom(data, people.holder), ...this.identityCheck(actor, data, people.holder, file) });
      await replaceHouseholdPeople(em, file.id, people.holder, people.members);
      this.history(em, actor, file, { action: 'update', note: data.note ?? null, changes: { before, after: fileSnapshot(file) } });
      auditChange(em, actor, 'update', file, before);
      await em.flush();
      return file;
    });
  }

  async cancel(actor: Actor, id: string, reason: CancelReason, note: string | null | undefined): Promise<HardshipFile> {
    const data = parseInput(cancelFileSchema, { reason, note });
    const file = await this.actingFile(actor, id);
    if (file.status === 'CANCELLED') throw new DomainError('INVALID_TRANSITION', 'file.cancelled');
    return this.setStatus(actor, file, 'CANCELLED', { reason: data.reason, note: data.note ?? null, action: 'cancel' });
  }

  /** Changes a file's status with a history entry; used by cancellation and by the annual review. */
  async setStatus(
    actor: Actor | null,
    file: HardshipFile,
    status: FileStatus,
    detail: { action: string; reason?: CancelReason | string | null; note?: string | null },
  ): Promise<HardshipFile> {
    const before = fileSnapshot(file);
    return this.em.transactional(async (em) => {
      const from = file.status;
      file.status = status;
      file.cancelReason = status === 'CANCELLED' ? (detail.reason as CancelReason) : null;
      this.history(em, actor, file, {
        action: detail.action,
        fromStatus: from,
        toStatus: status,
        reason: detail.reason ?? null,
        note: detail.note ?? null,
      });
      auditChange(em, actor, detail.action, file, before);
      await em.flush();
      return file;
    });
  }

  /** A file the caller may read, with how much of it they may see. */
  async get(actor: Actor, id: string): Promise<{ file: HardshipFile; access: FileAccess }> {
    const file = isWellFormedId(id) ? await this.em.findOne(HardshipFile, { id }) : null;
    if (!file) throw notFound('file');
    const access = await this.accessTo(actor, file);
    if (!access) throw notFound('file');
    return { file, access };
  }

  async list(actor: Actor, unitId: string, filter: FileFilter): Promise<Page<HardshipFile>> {
    const scope = scopeFor(actor);
    const unit = await recordsUnit(this.em, actor, unitId);
    const limit = pageSize(filter.first);
    const search = filter.search?.trim() || null;
    const { rows, totalCount } = await filesPage(
      this.em,
      {
        subtreePath: unit.path,
        readableAreas: scope.recordAreas,
        status: filter.status,
        category: filter.category,
        name: search,
        idNumberHash: search && this.cipher.lookupHash(search.toUpperCase()),
        afterId: filter.after ? decodeCursor(filter.after, ['id'])[0] : null,
      },
      limit,
    );
    return toPage(rows, limit, totalCount, (file) => [file.id]);
  }

  /** The signed-in worker's own open file, found through their ID number's lookup hash. */
  async mine(actor: Actor): Promise<HardshipFile | null> {
    const user = await this.em.findOne(User, { id: actor.userId });
    if (!user?.idNumberHash) return null;
    return this.em.findOne(HardshipFile, { idNumberHash: user.idNumberHash, status: { $ne: 'CANCELLED' } });
  }

  /** A staff member read a file's household health and income: an access record like a reveal (domain.md §8). */
  async recordHouseholdView(actor: Actor, fileId: string, unitId: string): Promise<void> {
    await recordAuditAlone(this.em, actor, { action: 'file.viewHousehold', entityType: 'HardshipFile', entityId: fileId, unitId });
  }

  /**
   * The full ID number, for the acting roles over the holding unit (never auditors) and the person themself;
   * staff state why, and every reveal is audited with the reason (domain.md §8).
   */
  async revealIdNumber(actor: Actor, fileId: string, reason: string | null): Promise<string> {
    const file = await this.revealable(actor, fileId, reason, 'file.revealIdNumber');
    return this.cipher.decrypt(file.idNumberEnc);
  }

  /**
   * The bank account aid is paid into (domain.md §10). Its holder is the file's person or a household member the file
   * names as recipient — the only people money may go to — and the one who confirms a bank payment's receipt. The
   * number is sealed; the history and the audit log keep the bank, the last four digits and the holder.
   */
  async setPayeeAccount(actor: Actor, fileId: string, input: unknown): Promise<HardshipFile> {
    const data = parseInput(payeeAccountSchema, input);
    const file = await this.actingFile(actor, fileId);
    if (file.status === 'CANCELLED') throw new DomainError('INVALID_TRANSITION', 'file.cancelled');
    const holderHash = data.holderIdNumber ? this.cipher.lookupHash(data.holderIdNumber) : file.idNumberHash;
    if (!file.recipientHashes.includes(holderHash)) throw new DomainError('BAD_USER_INPUT', 'payee.holderNotOnFile');
    // the sealed household is opened only for a member's name
    const holderName =
      holderHash === file.idNumberHash
        ? file.personName
        : this.household(file, 'FULL').members.find((m) => m.idNumber && this.cipher.lookupHash(m.idNumber) === holderHash)!.name;
    const shown = (f: HardshipFile) => ({
      bank: f.payeeBank ?? null,
      lastFour: f.payeeAccountLast4 ?? null,
      holder: f.payeeHolderName ?? null,
    });
    const before = shown(file);
    return this.em.transactional(async (em) => {
      em.assign(file, {
        payeeBank: data.bankName,
        payeeAccountEnc: this.cipher.encrypt(data.accountNumber),
        payeeAccountLast4: data.accountNumber.slice(-4),
        payeeHolderName: holderName,
        payeeHolderHash: holderHash,
        payeeSetAt: new Date(),
      });
      this.history(em, actor, file, { action: 'setPayeeAccount', changes: { before, after: shown(file) } });
      recordAudit(em, actor, {
        action: 'file.setPayeeAccount',
        entityType: 'HardshipFile',
        entityId: file.id,
        unitId: file.unitId,
        before,
        after: shown(file),
      });
      await em.flush();
      return file;
    });
  }

  async revealPayeeAccount(actor: Actor, fileId: string, reason: string | null): Promise<string> {
    const file = await this.revealable(actor, fileId, reason, 'file.revealPayeeAccount');
    if (!file.payeeAccountEnc) throw notFound('payeeAccount');
    return this.cipher.decrypt(file.payeeAccountEnc);
  }

  /**
   * The household members' full ID numbers, in the members' order (null where none is recorded), so a file can be
   * edited without losing them; under the same rule as every other reveal.
   */
  async revealHouseholdIdNumbers(actor: Actor, fileId: string, reason: string | null): Promise<(string | null)[]> {
    const file = await this.revealable(actor, fileId, reason, 'file.revealHouseholdIdNumbers');
    const household = JSON.parse(this.cipher.decrypt(file.householdEnc)) as Household;
    return household.members.map((member) => member.idNumber ?? null);
  }

  private async revealable(actor: Actor, fileId: string, reason: string | null, action: string): Promise<HardshipFile> {
    const file = isWellFormedId(fileId) ? await this.em.findOne(HardshipFile, { id: fileId }) : null;
    if (!file) throw notFound('file');
    const unit = await this.em.findOneOrFail(Unit, { id: file.unitId });
    const scope = scopeFor(actor);
    // staff with an acting role over the unit are decided by their scope; only others can be the person themself
    const acting = scope.canReadSensitiveOf(unit);
    const ownFile = !acting && (await this.isOwnFile(actor, file));
    if (!acting && !ownFile && !scope.canReadRecordsOf(unit)) throw notFound('file');
    // readers without an acting role (auditors) see the masked number only
    if (!acting && !ownFile) throw forbidden();
    // the person themself needs no reason for their own number
    const stated = ownFile && !reason?.trim() ? null : parseInput(revealReasonSchema, reason ?? '');
    recordAudit(this.em, actor, {
      action,
      entityType: 'HardshipFile',
      entityId: file.id,
      unitId: file.unitId,
      after: stated ? { reason: stated } : null,
    });
    await this.em.flush();
    return file;
  }

  /** Closure step: the closed unit's files go to the receiving unit, each with a history entry. */
  static async moveHoldings(em: EntityManager, move: UnitMove): Promise<Record<string, number>> {
    const moved = await moveOpenFiles(em, move.from.id, move.to.id);
    for (const id of moved) {
      em.persist(
        em.create(HardshipFileEvent, {
          fileId: id,
          actorId: move.actor.userId,
          action: 'move',
          reason: 'UNIT_CLOSED',
          changes: { fromUnitId: move.from.id, toUnitId: move.to.id },
        }),
      );
    }
    return { filesMoved: moved.length };
  }

  household(file: HardshipFile, access: FileAccess): Household {
    const household = JSON.parse(this.cipher.decrypt(file.householdEnc)) as Household;
    if (access === 'FULL') return household;
    return {
      ...household,
      members: household.members.map((member) => ({ ...member, idNumber: null, health: null, monthlyIncomeFen: 0 })),
      totalMonthlyIncomeFen: 0,
      perCapitaIncomeFen: 0,
    };
  }

  maskedIdNumber(file: HardshipFile): string {
    return maskIdNumber(this.cipher.decrypt(file.idNumberEnc));
  }

  async accessTo(actor: Actor, file: HardshipFile): Promise<FileAccess | null> {
    const unit = await this.em.findOneOrFail(Unit, { id: file.unitId });
    const scope = scopeFor(actor);
    if (scope.canReadSensitiveOf(unit)) return 'FULL';
    if (await this.isOwnFile(actor, file)) return 'FULL';
    return scope.canReadRecordsOf(unit) ? 'MASKED' : null;
  }

  async isOwnFile(actor: Actor, file: HardshipFile): Promise<boolean> {
    const user = await this.em.findOne(User, { id: actor.userId });
    return !!user?.idNumberHash && user.idNumberHash === file.idNumberHash;
  }

  history(
    em: EntityManager,
    actor: Actor | null,
    file: HardshipFile,
    entry: Omit<Partial<HardshipFileEvent>, 'id' | 'fileId'> & { action: string },
  ) {
    em.persist(em.create(HardshipFileEvent, { ...entry, fileId: file.id, actorId: actor?.userId ?? null }));
  }

  async events(fileId: string): Promise<HardshipFileEvent[]> {
    return this.em.find(HardshipFileEvent, { fileId }, { orderBy: { id: 'asc' } });
  }

  /** The counter check (实名核验) is the holder's: kept while the ID number stays, gone when it changes unless seen again. */
  private identityCheck(actor: Actor, data: HardshipFileInputData, idNumberHash: string, current: HardshipFile | null) {
    if (data.identityChecked) return { identityVerifiedAt: new Date(), identityVerifiedById: actor.userId };
    if (current?.idNumberHash === idNumberHash) return {};
    return { identityVerifiedAt: null, identityVerifiedById: null };
  }

  private columnsFrom(data: HardshipFileInputData, idNumberHash: string) {
    const facts = parseIdNumber(data.idNumber)!;
    const members: HouseholdMember[] = data.members.map((member) => ({
      name: member.name,
      relation: member.relation,
      idNumber: member.idNumber ?? null,
      health: member.health ?? null,
      employment: member.employment ?? null,
      monthlyIncomeFen: member.monthlyIncomeFen,
      schooling: member.schooling ?? null,
      isRecipient: member.isRecipient,
    }));
    const totalMonthlyIncomeFen = members.reduce((sum, member) => sum + member.monthlyIncomeFen, 0);
    const household: Household = {
      members,
      minimumLivingStandardFen: data.minimumLivingStandardFen ?? null,
      housing: data.housing ?? null,
      totalMonthlyIncomeFen,
      perCapitaIncomeFen: members.length ? Math.floor(totalMonthlyIncomeFen / members.length) : 0,
    };
    const recipientHashes = [
      idNumberHash,
      ...members.filter((member) => member.isRecipient && member.idNumber).map((member) => this.cipher.lookupHash(member.idNumber!)),
    ];
    return {
      personName: data.personName,
      idNumberEnc: this.cipher.encrypt(data.idNumber),
      idNumberHash,
      birthDate: facts.birthDate,
      sex: facts.sex,
      phone: data.phone ?? null,
      employerName: data.employerName ?? null,
      unionMember: data.unionMember,
      address: data.address ?? null,
      householdEnc: this.cipher.encrypt(JSON.stringify(household)),
      householdSize: members.length,
      studentsInNoncompulsoryEducation: members.filter((member) => member.schooling && NON_COMPULSORY_STAGES.includes(member.schooling))
        .length,
      recipientHashes: [...new Set(recipientHashes)],
      causes: data.causes,
      category: data.category,
    };
  }

  /** The people a file's data names, by lookup hash: the holder, the members with an ID number, and their names. */
  private peopleOf(data: HardshipFileInputData): HouseholdPeople {
    const holder = this.cipher.lookupHash(data.idNumber);
    const names = new Map<string, string>([[holder, data.personName]]);
    for (const member of data.members) if (member.idNumber) names.set(this.cipher.lookupHash(member.idNumber), member.name);
    return { holder, members: [...names.keys()].filter((hash) => hash !== holder), names };
  }

  /**
   * One household, one open file (domain.md §3, §12): nobody the file names may be named on another open file. The
   * people are locked for the transaction, so two desks opening files for one household at once are decided in turn
   * (the holder's unique index stays as the last word). A refusal names the unit holding the other file, which tells
   * the caller where the person is on file: it is audited (who, from which unit, which file).
   */
  private async withHouseholdFree<T>(
    actor: Actor,
    unitId: string,
    people: HouseholdPeople,
    exceptId: string | null,
    work: (em: EntityManager) => Promise<T>,
  ): Promise<T> {
    const everyone = [...people.names.keys()];
    try {
      return await this.em.transactional(async (em) => {
        await lockPeople(em, everyone);
        await this.refuseTakenHousehold(em, actor, unitId, people, exceptId);
        return work(em);
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) await this.refuseTakenHousehold(this.em, actor, unitId, people, exceptId);
      throw error;
    }
  }

  private async refuseTakenHousehold(
    em: EntityManager,
    actor: Actor,
    unitId: string,
    people: HouseholdPeople,
    exceptId: string | null,
  ): Promise<void> {
    const taken = await openHouseholdOf(em, [...people.names.keys()], exceptId);
    if (!taken) return;
    const holder = await em.findOneOrFail(Unit, { id: taken.unitId });
    const sameHolder = taken.holder && taken.idNumberHash === people.holder;
    await recordAuditAlone(this.em, actor, {
      action: 'file.duplicateRefused',
      entityType: 'HardshipFile',
      entityId: taken.fileId,
      unitId,
      after: { holderUnitId: holder.id, household: !sameHolder },
    });
    if (sameHolder) throw new DomainError('CONFLICT', 'file.duplicate', { unit: holder.name });
    throw new DomainError('CONFLICT', 'file.householdTaken', { name: people.names.get(taken.idNumberHash)!, unit: holder.name });
  }

  private async actingUnit(actor: Actor, unitId: string): Promise<Unit> {
    const unit = await recordsUnit(this.em, actor, unitId);
    if (!scopeFor(actor).canActOn(unit.id)) throw forbidden();
    if (!unit.active) throw new DomainError('BAD_USER_INPUT', 'unit.closed', { name: unit.name });
    return unit;
  }

  private async actingFile(actor: Actor, id: string): Promise<HardshipFile> {
    const { file } = await this.get(actor, id);
    if (!scopeFor(actor).canActOn(file.unitId)) throw forbidden();
    return file;
  }
}

declare module '../../common/context.js' {
  interface Services {
    files: HardshipFileService;
  }
}
