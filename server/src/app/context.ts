import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Language } from '@bangfu/shared';
import type { Actor } from '../common/actor.js';
import { unauthenticated } from '../common/domain-error.js';
import { RoleGrant } from '../modules/auth/role-grant.entity.js';
import { CaseDocument } from '../modules/cases/case-document.entity.js';
import { AidCase, CaseEvent } from '../modules/cases/case.entity.js';
import { Unit } from '../modules/org/unit.entity.js';
import type { Services } from './services.js';

/** Batches the lookups that field resolvers make per node, so a page costs a constant number of statements. */
export function createLoaders(em: EntityManager) {
  return {
    unitById: new DataLoader<string, Unit | null>(async (ids) => {
      const rows = await em.find(Unit, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((unit) => [unit.id, unit]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    childrenOf: new DataLoader<string, Unit[]>(async (parentIds) => {
      const rows = await em.find(Unit, { parent: { $in: [...parentIds] } }, { orderBy: { id: 'asc' } });
      return parentIds.map((id) => rows.filter((unit) => unit.parent?.id === id));
    }),
    caseById: new DataLoader<string, AidCase | null>(async (ids) => {
      const rows = await em.find(AidCase, { id: { $in: [...ids] } });
      return ids.map((id) => rows.find((row) => row.id === id) ?? null);
    }),
    eventsOfCase: new DataLoader<string, CaseEvent[]>(async (caseIds) => {
      const rows = await em.find(CaseEvent, { caseId: { $in: [...caseIds] } }, { orderBy: { id: 'asc' } });
      return caseIds.map((id) => rows.filter((event) => event.caseId === id));
    }),
    documentsOfCase: new DataLoader<string, CaseDocument[]>(async (caseIds) => {
      const rows = await em.find(CaseDocument, { caseId: { $in: [...caseIds] } }, { orderBy: { id: 'asc' } });
      return caseIds.map((id) => rows.filter((document) => document.caseId === id));
    }),
    activeGrantsOf: new DataLoader<string, RoleGrant[]>(async (userIds) => {
      const rows = await em.find(RoleGrant, { user: { $in: [...userIds] }, revokedAt: null }, { populate: ['unit'], orderBy: { id: 'asc' } });
      return userIds.map((id) => rows.filter((grant) => grant.user.id === id));
    }),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;

export interface Context {
  actor: Actor | null;
  services: Services;
  loaders: Loaders;
  lang: Language;
  ip: string;
  correlationId: string;
}

export function requireActor(context: Context): Actor {
  if (!context.actor) throw unauthenticated();
  return context.actor;
}
