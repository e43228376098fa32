import { NetworkError } from '../../../../lib/graphql';
import { currentDb } from './use-offline';

export interface Snapshotted<T> {
  data: T;
  /** When the data came from the phone rather than the server: the time it was saved. */
  offlineSince: number | null;
}

/**
 * Runs a read and keeps its answer on the phone (in the user's own database, wiped at sign-out); without a
 * connection the last answer is returned instead, so the worker still sees their cases on a weak network.
 */
export async function withSnapshot<T>(key: string, read: () => Promise<T>): Promise<Snapshotted<T>> {
  const db = await currentDb();
  try {
    const data = await read();
    await db.put('snapshots', { key, data, savedAt: Date.now() });
    return { data, offlineSince: null };
  } catch (error) {
    const saved = error instanceof NetworkError ? await db.get('snapshots', key) : undefined;
    if (!saved) throw error;
    return { data: saved.data as T, offlineSince: saved.savedAt };
  }
}
