import { ref, UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import { createUnitSchema, levelRank, updateUnitSchema, type UnitLevel } from '@bangfu/shared';
import type { Actor } from '../../common/actor.js';
import { recordAudit } from '../audit/audit-trail.js';
import { DomainError, forbidden, notFound } from '../../common/domain-error.js';
import { decodeCursor, pageSize, toPage, type Page, type PageRequest } from '../../common/pagination.js';
import { withSystemRows } from '../../common/row-scope.js';
import { scopeFor, type Scope } from '../../common/scope.js';
import { containsPattern, isWellFormedId, parseInput } from '../../common/validate.js';
import { Unit } from './unit.entity.js';
import { nextUnitId, reattachUnit, readableUnits } from './unit.queries.js';

export interface UnitFilter extends PageRequest {
  parentId?: string | null;
  level?: UnitLevel | null;
  search?: string | null;
}

/** What an audit event keeps of a unit: its public attributes. */
export const unitSnapshot = (unit: Unit): Record<string, unknown> => ({
  code: unit.code,
  name: unit.name,
  level: unit.level,
  parentId: unit.parent?.id ?? null,
  address: unit.address ?? null,
  streetFacing: unit.streetFacing ?? null,
  floorAreaM2: unit.floorAreaM2 ?? null,
  hotline: unit.hotline ?? null,
  staffCount: unit.staffCount ?? null,
  residentPopulation: unit.residentPopulation ?? null,
  active: unit.active,
  holdsFund: unit.holdsFund,
});

const NOT_NULL_FLAGS = ['holdsFund', 'inUnionOffice'];

/**
 * Work a module to the right of org does when a unit closes (move its files, its open cases), inside the
 * closing transaction; returns what it moved, for the audit record.
 */
export interface UnitMove {
  actor: Actor;
  from: Unit;
  to: Unit;
  reason: string;
}
export type ClosureStep = (em: EntityManager, move: UnitMove) => Promise<Record<string, number>>;

/** The unit hierarchy (domain.md §2): reading is scoped; creating and changing units is for operators. */
export class UnitService {
  constructor(
    private readonly em: EntityManager,
    private readonly closureSteps: ClosureStep[] = [],
  ) {}

  /** A unit the actor may read, or NOT_FOUND whether it exists or not. */
  async get(actor: Actor, id: string): Promise<Unit> {
    const unit = isWellFormedId(id) ? await this.em.findOne(Unit, { id }) : null;
    if (!unit || !scopeFor(actor).canReadUnit(unit)) throw notFound('unit');
    return unit;
  }

  async list(actor: Actor, filter: UnitFilter): Promise<Page<Unit>> {
    const limit = pageSize(filter.first);
    if (filter.parentId && !isWellFormedId(filter.parentId)) return toPage([], limit, 0, () => []);
    const afterId = filter.after ? decodeCursor(filter.after, ['id'])[0] : null;
    const { rows, totalCount } = await readableUnits(this.em, scopeFor(actor).directoryAreas, { ...filter, afterId }, limit);
    return toPage(rows, limit, totalCount, (unit) => [unit.id]);
  }

  /**
   * The public directory a worker picks an employer or station from when registering: active units matching a name
   * or code (stations publish both), at most 20, with nothing beyond what a station's sign shows.
   */
  async directory(search: string): Promise<Unit[]> {
    const term = search.trim();
    if (term.length < 2 || term.length > 50) return [];
    const pattern = containsPattern(term);
    return this.em.find(
      Unit,
      { active: true, $or: [{ name: { $ilike: pattern } }, { code: { $ilike: pattern } }] },
      { orderBy: { path: 'asc' }, limit: 20, populate: ['parent'] },
    );
  }

  async create(actor: Actor, input: unknown): Promise<Unit> {
    const data = parseInput(createUnitSchema, input);
    const scope = scopeFor(actor);
    // The top of the network is made at installation; operators add units below units they manage.
    if (!data.parentId) throw forbidden();
    const parent = await this.administered(scope, data.parentId);
    if (!parent.active) throw new DomainError('BAD_USER_INPUT', 'unit.closed', { name: parent.name });
    if (levelRank(parent.level) >= levelRank(data.level)) throw new DomainError('BAD_USER_INPUT', 'unit.parentLevel');

    return this.em.transactional(async (em) => {
      if (await em.count(Unit, { code: data.code })) throw new DomainError('CONFLICT', 'unit.codeTaken', { code: data.code });
      const id = await nextUnitId(em);
      const unit = em.create(Unit, {
        id,
        code: data.code,
        name: data.name,
        level: data.level,
        parent: parent.id,
        path: `${parent.path}.${id}`,
        address: data.address,
        streetFacing: data.streetFacing,
        floorAreaM2: data.floorAreaM2,
        hotline: data.hotline,
        staffCount: data.staffCount,
        residentPopulation: data.residentPopulation,
        holdsFund: levelRank(data.level) <= levelRank('DISTRICT'),
        inUnionOffice: data.inUnionOffice ?? false,
      });
      recordAudit(em, actor, { action: 'unit.create', entityType: 'Unit', entityId: id, unitId: id, after: unitSnapshot(unit) });
      try {
        await em.flush();
      } catch (error) {
        if (error instanceof UniqueConstraintViolationException) throw new DomainError('CONFLICT', 'unit.codeTaken', { code: data.code });
        throw error;
      }
      return unit;
    });
  }

  async update(actor: Actor, id: string, input: unknown): Promise<Unit> {
    const data = parseInput(updateUnitSchema, input);
    const unit = await this.administered(scopeFor(actor), id);
    if (!unit.active) throw new DomainError('BAD_USER_INPUT', 'unit.closed', { name: unit.name });
    const before = unitSnapshot(unit);
    // flags are never null: a null in the input means "leave as it is"
    const changes = Object.fromEntries(
      Object.entries(data).filter(([key, value]) => value !== undefined && !(NOT_NULL_FLAGS.includes(key) && value === null)),
    );
    if (changes.holdsFund === false && levelRank(unit.level) <= levelRank('DISTRICT')) {
      throw new DomainError('BAD_USER_INPUT', 'badInput', { detail: 'holdsFund (DISTRICT and above always hold an aid fund)' });
    }
    this.em.assign(unit, changes);
    recordAudit(this.em, actor, {
      action: 'unit.update',
      entityType: 'Unit',
      entityId: unit.id,
      unitId: unit.id,
      before,
      after: unitSnapshot(unit),
    });
    await this.em.flush();
    return unit;
  }

  /**
   * Moves a unit, with everything below it, under another parent (a street re-assigned to a new district). Its
   * records stay with it; rollups follow at once because they read the tree.
   */
  async move(actor: Actor, id: string, parentId: string): Promise<Unit> {
    const scope = scopeFor(actor);
    const unit = await this.administered(scope, id);
    const parent = await this.administered(scope, parentId);
    if (!unit.parent) throw new DomainError('BAD_USER_INPUT', 'unit.closeRoot');
    for (const candidate of [unit, parent]) {
      if (!candidate.active) throw new DomainError('BAD_USER_INPUT', 'unit.closed', { name: candidate.name });
    }
    if (parent.path === unit.path || parent.path.startsWith(`${unit.path}.`)) throw new DomainError('BAD_USER_INPUT', 'unit.moveTarget');
    if (levelRank(parent.level) >= levelRank(unit.level))
      throw new DomainError('BAD_USER_INPUT', 'unit.moveTargetLevel', { name: parent.name });
    const from = unit.parent.id;
    if (from === parent.id) return unit;
    await this.em.transactional(async (em) => {
      await reattachUnit(em, unit, parent);
      recordAudit(em, actor, {
        action: 'unit.move',
        entityType: 'Unit',
        entityId: unit.id,
        unitId: unit.id,
        before: { parentId: from, path: unit.path },
        after: { parentId: parent.id },
      });
    });
    return this.em.fork().findOneOrFail(Unit, { id: unit.id });
  }

  /**
   * Closes a unit and hands what it holds to `moveTo` (domain.md §2): its child units are re-attached, and the
   * closure steps of the modules above move its workers and roles, files and open cases.
   * One audit event records the whole move.
   */
  async close(actor: Actor, id: string, moveToId: string, reason: string): Promise<Unit> {
    const trimmedReason = reason.trim();
    if (trimmedReason.length < 2 || trimmedReason.length > 500) {
      throw new DomainError('BAD_USER_INPUT', 'badInput', { detail: 'reason (2..500)' });
    }
    const scope = scopeFor(actor);
    const unit = await this.administered(scope, id);
    const moveTo = await this.administered(scope, moveToId);
    if (!unit.parent) throw new DomainError('BAD_USER_INPUT', 'unit.closeRoot');
    if (!unit.active) throw new DomainError('BAD_USER_INPUT', 'unit.closed', { name: unit.name });
    if (!moveTo.active) throw new DomainError('BAD_USER_INPUT', 'unit.closed', { name: moveTo.name });
    if (moveTo.path === unit.path || moveTo.path.startsWith(`${unit.path}.`)) throw new DomainError('BAD_USER_INPUT', 'unit.moveTarget');

    return this.em.transactional(async (em) => {
      const children = await em.find(Unit, { parent: unit.id, active: true });
      if (children.some((child) => levelRank(child.level) <= levelRank(moveTo.level))) {
        throw new DomainError('BAD_USER_INPUT', 'unit.moveTargetLevel', { name: moveTo.name });
      }
      for (const child of children) await reattachUnit(em, child, moveTo);
      // the operator closing the unit reads none of its records; moving them all is the system's step
      const moved = await withSystemRows(em, async (all) => {
        let counts: Record<string, number> = {};
        for (const step of this.closureSteps)
          counts = { ...counts, ...(await step(all, { actor, from: unit, to: moveTo, reason: trimmedReason })) };
        return counts;
      });
      const before = unitSnapshot(unit);
      unit.active = false;
      unit.closedAt = new Date();
      unit.closedReason = trimmedReason;
      unit.mergedInto = ref(moveTo);
      recordAudit(em, actor, {
        action: 'unit.close',
        entityType: 'Unit',
        entityId: unit.id,
        unitId: unit.id,
        before,
        after: {
          ...unitSnapshot(unit),
          reason: trimmedReason,
          movedTo: moveTo.id,
          childUnitsMoved: children.map((child) => child.id),
          ...moved,
        },
      });
      await em.flush();
      return unit;
    });
  }

  /** A unit the actor manages as an operator; otherwise NOT_FOUND when unreadable, FORBIDDEN when only readable. */
  async administered(scope: Scope, id: string): Promise<Unit> {
    const unit = isWellFormedId(id) ? await this.em.findOne(Unit, { id }) : null;
    if (!unit || !scope.canReadUnit(unit)) throw notFound('unit');
    if (!scope.canAdminister(unit)) throw forbidden();
    return unit;
  }
}

declare module '../../common/context.js' {
  interface Services {
    units: UnitService;
  }
}
