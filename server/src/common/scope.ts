import { ACTING_ROLES, RECORD_READ_ROLES, SUBTREE_READ_ROLES, type Role } from '@bangfu/shared';
import type { Actor } from './actor.js';
import { currentRequestScope } from './request-context.js';

/** A unit, or a unit with everything below it. */
export interface Area {
  unitId: string;
  path: string;
  subtree: boolean;
}

export interface UnitRef {
  id: string;
  path: string;
}

/**
 * `bypassed` exists for one test: the IDOR matrix run again with every area check answering yes, so that only
 * PostgreSQL's row-level policies stand between a caller and other units' files and cases. Refused outside
 * NODE_ENV=test (config.ts).
 */
export type ScopeChecks = 'enforced' | 'bypassed';

/** The area of a bypassed scope: the whole tree, and `true` in SQL. */
const EVERYWHERE: Area = { unitId: '', path: '', subtree: true };

const isWithin = (unit: UnitRef, area: Area): boolean =>
  area === EVERYWHERE || (area.subtree ? unit.path === area.path || unit.path.startsWith(`${area.path}.`) : unit.id === area.unitId);

const isAncestorOf = (unit: UnitRef, area: Area): boolean => area.path.startsWith(`${unit.path}.`);

/**
 * The one place that decides what an actor may see and do (domain.md §8). Fail-closed: anything not
 * granted here is out of scope, and services report out-of-scope rows as NOT_FOUND.
 */
export class Scope {
  /** Units whose records (cases, files, funds, audit events) the actor may read. */
  readonly recordAreas: Area[];
  /** Units whose sensitive details (household health and income) the actor may read: acting roles only. */
  readonly sensitiveAreas: Area[];
  /** Units the actor may manage as an operator (units and accounts). */
  readonly adminAreas: Area[];
  /** Units whose directory entries the actor may read, before adding their ancestors. */
  readonly directoryAreas: Area[];

  constructor(
    private readonly actor: Actor,
    private readonly checks: ScopeChecks = currentRequestScope()?.appScopeChecks ?? 'enforced',
  ) {
    const areaOf = (grant: Actor['grants'][number]): Area => ({
      unitId: grant.unitId,
      path: grant.unitPath,
      subtree: SUBTREE_READ_ROLES.includes(grant.role),
    });
    const areas = (roles: readonly Role[]) =>
      checks === 'bypassed' ? [EVERYWHERE] : actor.grants.filter((g) => roles.includes(g.role)).map(areaOf);
    this.recordAreas = areas(RECORD_READ_ROLES);
    this.sensitiveAreas = areas(ACTING_ROLES);
    this.adminAreas = areas(['SYSTEM_ADMIN']);
    this.directoryAreas = checks === 'bypassed' ? [EVERYWHERE] : actor.grants.map(areaOf);
  }

  get userId(): string {
    return this.actor.userId;
  }

  canReadRecordsOf(unit: UnitRef): boolean {
    return this.recordAreas.some((area) => isWithin(unit, area));
  }

  /** Reads the unit's records or those of some unit below it: what a campaign over the unit's subtree needs. */
  canReadPartOf(unit: UnitRef): boolean {
    return this.canReadRecordsOf(unit) || this.recordAreas.some((area) => isAncestorOf(unit, area));
  }

  canReadSensitiveOf(unit: UnitRef): boolean {
    return this.sensitiveAreas.some((area) => isWithin(unit, area));
  }

  canAdminister(unit: UnitRef): boolean {
    return this.adminAreas.some((area) => isWithin(unit, area));
  }

  /** A unit's directory entry is readable inside the actor's areas and along the path above them. */
  canReadUnit(unit: UnitRef): boolean {
    return this.directoryAreas.some((area) => isWithin(unit, area) || isAncestorOf(unit, area));
  }

  /**
   * The unit of a grant with one of `roles` on `unit` itself or on a unit above it, or null: for acts about a person
   * registered at `unit` rather than a record it holds (verifying them at the station they come to, releasing an ID
   * number taken from them).
   */
  unitOver(unit: UnitRef, roles: readonly Role[] = ACTING_ROLES): string | null {
    if (this.checks === 'bypassed') return unit.id;
    const grant = this.actor.grants.find(
      (g) => roles.includes(g.role) && (unit.path === g.unitPath || unit.path.startsWith(`${g.unitPath}.`)),
    );
    return grant?.unitId ?? null;
  }

  /** Acting on a record needs one of `roles` on the unit that holds it now (not on an ancestor). */
  canActOn(unitId: string, roles: readonly Role[] = ACTING_ROLES): boolean {
    if (this.checks === 'bypassed') return true;
    return this.actor.grants.some((grant) => grant.unitId === unitId && roles.includes(grant.role));
  }

  /**
   * A SQL predicate over a unit alias restricting rows to `areas`; `params` continue from `offset`.
   * Returns a false predicate for no areas, so an empty scope never means "everything".
   */
  static sqlWithin(areas: Area[], unitAlias: string): { sql: string; params: string[] } {
    if (areas.length === 0) return { sql: 'false', params: [] };
    if (areas.includes(EVERYWHERE)) return { sql: 'true', params: [] };
    const params: string[] = [];
    const clauses = areas.map((area) => {
      params.push(area.subtree ? area.path : area.unitId);
      return area.subtree ? `${unitAlias}.path <@ ?::ltree` : `${unitAlias}.id = ?`;
    });
    return { sql: `(${clauses.join(' or ')})`, params };
  }
}

export const scopeFor = (actor: Actor): Scope => new Scope(actor);
