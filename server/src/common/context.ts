import type { EntityManager } from '@mikro-orm/postgresql';
import type { Language } from '@bangfu/shared';
import type { Actor } from './actor.js';
import { unauthenticated } from './domain-error.js';

/**
 * The services of one request or job, all bound to one EntityManager. Each module adds its own members by
 * declaration merging (`declare module '../../common/context.js'`), so this ground floor imports no module;
 * the composition root (app/services.ts) builds the whole set.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the modules
export interface Services {}

/** Builds the services bound to another EntityManager: a transaction's, so work inside it sees its own writes. */
export type ServicesFactory = (em: EntityManager) => Services;

/** Per-request batch loaders, added by the modules that own the rows, as for Services. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the modules
export interface Loaders {}

export interface Context {
  actor: Actor | null;
  services: Services;
  loaders: Loaders;
  lang: Language;
  ip: string;
  correlationId: string;
}

const doneInRequest = new WeakMap<Context, Set<string>>();

/** Runs `work` once per request and key: an access is logged once however often one query selects it. */
export async function oncePerRequest(context: Context, key: string, work: () => Promise<void>): Promise<void> {
  const done = doneInRequest.get(context) ?? new Set<string>();
  doneInRequest.set(context, done);
  if (done.has(key)) return;
  done.add(key);
  await work();
}

export function requireActor(context: Pick<Context, 'actor'>): Actor {
  if (!context.actor) throw unauthenticated();
  return context.actor;
}
