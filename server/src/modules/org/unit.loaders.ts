import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Unit } from './unit.entity.js';

/** Batches the unit lookups that field resolvers make per node, so a page costs a constant number of statements. */
export const unitLoaders = (em: EntityManager) => ({
  unitById: new DataLoader<string, Unit | null>(async (ids) => {
    const rows = await em.find(Unit, { id: { $in: [...ids] } });
    const byId = new Map(rows.map((unit) => [unit.id, unit]));
    return ids.map((id) => byId.get(id) ?? null);
  }),
  childrenOf: new DataLoader<string, Unit[]>(async (parentIds) => {
    const rows = await em.find(Unit, { parent: { $in: [...parentIds] } }, { orderBy: { id: 'asc' } });
    return parentIds.map((id) => rows.filter((unit) => unit.parent?.id === id));
  }),
});

declare module '../../common/context.js' {
  interface Loaders extends ReturnType<typeof unitLoaders> {}
}
