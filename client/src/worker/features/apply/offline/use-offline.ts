import { useCallback, useEffect, useRef, useState } from 'react';
import { session } from '../../../../lib/session';
import { userDb, type UserDb } from './db';
import { offlineChanges } from './drafts';
import { drainOutbox } from './outbox';
import { apiTransport } from './transport';

/** Re-reads `load` whenever drafts, photos or the outbox change. */
export function useOfflineData<T>(load: (db: UserDb) => Promise<T>, initial: T): T {
  const [value, setValue] = useState(initial);
  const loadLatest = useRef(load);
  loadLatest.current = load;
  const userId = session.current()?.user.id;
  useEffect(() => {
    if (!userId) return;
    let active = true;
    const refresh = () =>
      void userDb(userId)
        .then((db) => loadLatest.current(db))
        .then((next) => active && setValue(next));
    refresh();
    offlineChanges.addEventListener('change', refresh);
    return () => {
      active = false;
      offlineChanges.removeEventListener('change', refresh);
    };
  }, [userId]);
  return value;
}

export const currentDb = (): Promise<UserDb> => userDb(session.current()!.user.id);

/** Sync on app start, when the connection comes back and when the worker returns to the app (Primero's triggers). */
export function useOutboxSync(onSent: () => void): () => Promise<void> {
  const retryAll = useCallback(async () => {
    const report = await drainOutbox(await currentDb(), apiTransport, { includeRefused: true });
    if (report.sent.length) onSent();
  }, [onSent]);
  useEffect(() => {
    const sync = async () => {
      if (!navigator.onLine || !session.current()) return;
      const report = await drainOutbox(await currentDb(), apiTransport);
      if (report.sent.length) onSent();
    };
    const whenVisible = () => document.visibilityState === 'visible' && void sync();
    void sync();
    window.addEventListener('online', sync);
    document.addEventListener('visibilitychange', whenVisible);
    return () => {
      window.removeEventListener('online', sync);
      document.removeEventListener('visibilitychange', whenVisible);
    };
  }, [onSent]);
  return retryAll;
}
