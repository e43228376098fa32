import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { RoleGrant } from './role-grant.entity.js';

/** Batches the live role grants of the accounts on a page. */
export const grantLoaders = (em: EntityManager) => ({
  activeGrantsOf: new DataLoader<string, RoleGrant[]>(async (userIds) => {
    const rows = await em.find(RoleGrant, { user: { $in: [...userIds] }, revokedAt: null }, { populate: ['unit'], orderBy: { id: 'asc' } });
    return userIds.map((id) => rows.filter((grant) => grant.user.id === id));
  }),
});

declare module '../../common/context.js' {
  interface Loaders extends ReturnType<typeof grantLoaders> {}
}
