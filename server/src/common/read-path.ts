import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Where the read-only paths (rollups, dashboards, their exports, stat-return previews) run their queries: on a
 * streaming standby when one is configured and close enough behind (app/replica-reads.ts), otherwise on the primary.
 */
export interface ReadPath {
  run<T>(primary: EntityManager, work: (em: EntityManager) => Promise<T>): Promise<T>;
  /** The standby as the last probe found it; absent without one. */
  readonly state?: ReplicaState;
}

export interface ReplicaState {
  usable: boolean;
  /** How far behind the standby was at the last probe (null: unknown, it did not answer). */
  lagMs: number | null;
}

/** No standby: every read runs on the primary. */
export const PRIMARY_READS: ReadPath = { run: (primary, work) => work(primary) };
