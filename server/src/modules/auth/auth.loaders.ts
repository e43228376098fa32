import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { RoleGrant } from './role-grant.entity.js';
import { User } from './user.entity.js';
import { RoleGrantRequest } from './role-grant-request.entity.js';

/** Batches the live role grants of the accounts on a page. */
export const grantLoaders = (em: EntityManager) => ({
  activeGrantsOf: new DataLoader<string, RoleGrant[]>(async (userIds) => {
    const rows = await em.find(RoleGrant, { user: { $in: [...userIds] }, revokedAt: null }, { populate: ['unit'], orderBy: { id: 'asc' } });
    return userIds.map((id) => rows.filter((grant) => grant.user.id === id));
  }),
  /** Names of the people who took steps on the records of a page (a case's timeline). */
  userNameById: new DataLoader<string, string | null>(async (userIds) => {
    const rows = await em.find(User, { id: { $in: [...userIds] } }, { fields: ['id', 'name'] });
    return userIds.map((id) => rows.find((user) => user.id === id)?.name ?? null);
  }),
  /** Grants asked for and not yet decided by a second operator. */
  openGrantRequestsOf: new DataLoader<string, RoleGrantRequest[]>(async (userIds) => {
    const rows = await em.find(
      RoleGrantRequest,
      { user: { $in: [...userIds] }, decidedAt: null },
      { populate: ['unit', 'requestedBy'], orderBy: { id: 'asc' } },
    );
    return userIds.map((id) => rows.filter((request) => request.user.id === id));
  }),
});

declare module '../../common/context.js' {
  interface Loaders extends ReturnType<typeof grantLoaders> {}
}
