import type { EntityManager } from '@mikro-orm/postgresql';
import type { Loaders } from '../common/context.js';
import { grantLoaders } from '../modules/auth/auth.loaders.js';
import { caseLoaders } from '../modules/cases/case.loaders.js';
import { unitLoaders } from '../modules/org/unit.loaders.js';

/** A request's batch loaders, one set per request so nothing is cached across callers. */
export const createLoaders = (em: EntityManager): Loaders => ({ ...unitLoaders(em), ...caseLoaders(em), ...grantLoaders(em) });
