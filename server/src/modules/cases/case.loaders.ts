import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CaseDocument } from './case-document.entity.js';
import { AidCase, CaseEvent } from './case.entity.js';

/** Batches the case, timeline and document lookups of field resolvers. */
export const caseLoaders = (em: EntityManager) => ({
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
});

declare module '../../common/context.js' {
  interface Loaders extends ReturnType<typeof caseLoaders> {}
}
