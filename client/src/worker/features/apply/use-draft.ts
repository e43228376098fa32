import { useCallback, useEffect, useRef, useState } from 'react';
import type { DraftRecord, PhotoRecord } from './offline/db';
import { getDraft, offlineChanges, photosOf, saveDraft } from './offline/drafts';
import { currentDb } from './offline/use-offline';

/**
 * The draft and its photos from this phone. `update` applies a change at once and autosaves it; saves run one after
 * another in typing order, so a slow write never brings back an older text.
 */
export function useDraft(clientId: string) {
  const [draft, setDraft] = useState<DraftRecord | null | undefined>(undefined);
  const [photos, setPhotos] = useState<PhotoRecord[]>([]);
  const [savedAt, setSavedAt] = useState<number | null>(null);
  const latest = useRef<DraftRecord | null>(null);
  const saving = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    let active = true;
    void currentDb()
      .then((db) => getDraft(db, clientId))
      .then((loaded) => {
        if (!active) return;
        latest.current = loaded ?? null;
        setDraft(loaded ?? null);
        setSavedAt(loaded?.updatedAt ?? null);
      });
    const loadPhotos = () =>
      void currentDb()
        .then((db) => photosOf(db, clientId))
        .then((loaded) => active && setPhotos(loaded));
    loadPhotos();
    offlineChanges.addEventListener('change', loadPhotos);
    return () => {
      active = false;
      offlineChanges.removeEventListener('change', loadPhotos);
    };
  }, [clientId]);

  const update = useCallback((change: Partial<DraftRecord>) => {
    if (!latest.current) return Promise.resolve();
    const next = { ...latest.current, ...change };
    latest.current = next;
    setDraft(next);
    saving.current = saving.current.then(async () => setSavedAt((await saveDraft(await currentDb(), next)).updatedAt));
    return saving.current;
  }, []);

  return { draft, photos, savedAt, update };
}
