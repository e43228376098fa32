import type { EntityManager } from '@mikro-orm/postgresql';
import { AID_POLICY_FIELDS, AID_TYPES, aidPolicyInputSchema, type AidPolicyField, type AidType } from '@bangfu/shared';
import type { Actor } from '../../common/actor.js';
import { recordAudit } from '../audit/audit-trail.js';
import { DomainError, forbidden, notFound } from '../../common/domain-error.js';
import { scopeFor } from '../../common/scope.js';
import { isWellFormedId, parseInput } from '../../common/validate.js';
import { Unit } from '../org/unit.entity.js';
import { unitNames } from '../org/unit.queries.js';
import { resolvePolicy, type AidPolicy, type PolicyRow, type PolicySources } from './aid-policy.js';
import { lockUnitPolicies, policyRows, replacePolicyRow } from './aid-policy.queries.js';

/** A unit's own row: the values it sets for every aid type (`aidType` null) or for one type. */
export type PolicySetting = Omit<PolicyRow, 'unitId'>;

export interface PolicyInForce {
  aidType: AidType;
  policy: AidPolicy;
  sources: PolicySources;
}

export interface UnitPolicies {
  unit: Unit;
  settings: PolicySetting[];
  inForce: PolicyInForce[];
  /** Units named as a source, for labels: id to name. */
  sourceNames: Map<string, string>;
  editable: boolean;
}

/**
 * Approval limits, yearly caps, notice periods and deadlines (domain.md §4) per unit and aid type. A unit's rows
 * are set from above, by a union admin of a unit over it or by the operator: a unit never raises its own limit.
 */
export class AidPolicyService {
  constructor(private readonly em: EntityManager) {}

  async get(actor: Actor, unitId: string, em: EntityManager = this.em): Promise<UnitPolicies> {
    const unit = await this.readable(actor, unitId, em);
    const rows = await policyRows(em, unit.path);
    const inForce = AID_TYPES.map((aidType) => ({ aidType, ...resolvePolicy(rows, aidType) }));
    const sourceIds = [...new Set(rows.map((row) => row.unitId))];
    // plain rows: partially loaded units would stay in the request's identity map for other resolvers
    const sourceNames = await unitNames(em, sourceIds);
    return {
      unit,
      settings: rows.filter((row) => row.unitId === unit.id).map(({ unitId: _unitId, ...setting }) => setting),
      inForce,
      sourceNames,
      editable: AidPolicyService.canSet(actor, unit),
    };
  }

  /** Replaces the unit's row for `input.aidType` (all types when empty); a row with no value left is removed. */
  async set(actor: Actor, unitId: string, input: unknown): Promise<UnitPolicies> {
    const data = parseInput(aidPolicyInputSchema, input);
    const unit = await this.readable(actor, unitId, this.em);
    if (!AidPolicyService.canSet(actor, unit)) throw forbidden();
    if (!unit.active) throw new DomainError('BAD_USER_INPUT', 'unit.closed', { name: unit.name });
    const aidType = data.aidType ?? null;
    const values = Object.fromEntries(AID_POLICY_FIELDS.map((field) => [field, data[field] ?? null])) as Record<
      AidPolicyField,
      number | null
    >;

    return this.em.transactional(async (em) => {
      await lockUnitPolicies(em, unit.id);
      const setsSomething = AID_POLICY_FIELDS.some((field) => values[field] !== null);
      const before = await replacePolicyRow(em, unit.id, aidType, setsSomething ? values : null);
      recordAudit(em, actor, {
        action: 'aidPolicy.set',
        entityType: 'AidPolicy',
        entityId: `${unit.id}:${aidType ?? 'ALL'}`,
        unitId: unit.id,
        before: before && { ...before },
        after: setsSomething ? { aidType, ...values } : null,
      });
      await em.flush();
      return this.get(actor, unit.id, em);
    });
  }

  /** Policies are configuration, but a unit's are shown only to those who read its records or administer it. */
  private async readable(actor: Actor, unitId: string, em: EntityManager): Promise<Unit> {
    const unit = isWellFormedId(unitId) ? await em.findOne(Unit, { id: unitId }) : null;
    const scope = scopeFor(actor);
    if (!unit || !(scope.canReadRecordsOf(unit) || scope.canAdminister(unit))) throw notFound('unit');
    return unit;
  }

  /** A union admin of a unit strictly above, or the operator. */
  private static canSet(actor: Actor, unit: Unit): boolean {
    if (scopeFor(actor).canAdminister(unit)) return true;
    return actor.grants.some((grant) => grant.role === 'UNION_ADMIN' && unit.path.startsWith(`${grant.unitPath}.`));
  }
}

declare module '../../common/context.js' {
  interface Services {
    aidPolicies: AidPolicyService;
  }
}
