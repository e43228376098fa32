import { BigIntType } from '@mikro-orm/core';

/**
 * Ids are bigint in PostgreSQL and opaque strings everywhere else. MikroORM's `'bigint'` alias
 * hydrates native BigInt on some paths (row-locked reads), so the mode is pinned here.
 */
export const idColumn = () => new BigIntType('string');
