import type { AidType } from '@bangfu/shared/enums';
import { newClientId } from '../../../../lib/ids';
import type { DraftRecord, PhotoRecord, UserDb } from './db';

/** Every write below announces itself, so screens showing drafts and the outbox refresh. */
export const offlineChanges = new EventTarget();
export const announceChange = () => offlineChanges.dispatchEvent(new Event('change'));

export function emptyDraft(type: AidType | null = null, fileId: string | null = null): DraftRecord {
  return {
    clientId: newClientId(),
    type,
    causes: [],
    story: '',
    householdSize: '',
    monthlyIncomeYuan: '',
    amountYuan: '',
    declared: false,
    fileId,
    state: 'editing',
    updatedAt: Date.now(),
  };
}

/** Autosave: called on every field change; returns the time it was saved, which the screen shows. */
export async function saveDraft(db: UserDb, draft: DraftRecord): Promise<DraftRecord> {
  const saved = { ...draft, updatedAt: Date.now() };
  await db.put('drafts', saved);
  announceChange();
  return saved;
}

export const getDraft = (db: UserDb, clientId: string) => db.get('drafts', clientId);

export async function listDrafts(db: UserDb): Promise<DraftRecord[]> {
  return (await db.getAll('drafts')).sort((a, b) => b.updatedAt - a.updatedAt);
}

export async function deleteDraft(db: UserDb, clientId: string): Promise<void> {
  const tx = db.transaction(['drafts', 'photos', 'outbox'], 'readwrite');
  await tx.objectStore('drafts').delete(clientId);
  for (const key of await tx.objectStore('photos').index('byDraft').getAllKeys(clientId)) await tx.objectStore('photos').delete(key);
  await tx.objectStore('outbox').delete(clientId);
  await tx.done;
  announceChange();
}

export async function putPhoto(db: UserDb, photo: PhotoRecord): Promise<void> {
  await db.put('photos', photo);
  announceChange();
}

export async function photosOf(db: UserDb, clientId: string): Promise<PhotoRecord[]> {
  return (await db.getAllFromIndex('photos', 'byDraft', clientId)).sort((a, b) => a.addedAt - b.addedAt);
}
