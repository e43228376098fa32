import { ApiError } from '../../../../lib/graphql';
import type { DraftRecord, OutboxRecord, PhotoRecord, UserDb } from './db';
import { announceChange, photosOf } from './drafts';

/** What the outbox needs from the network; the app passes the API, tests pass a stand-in for the network edge. */
export interface SubmissionTransport {
  /** Idempotent on the draft's clientId: a replay returns the same case. */
  saveDraft(draft: DraftRecord): Promise<{ id: string; status: string }>;
  /** Idempotent on the photo's upload key. */
  upload(caseId: string, photo: PhotoRecord): Promise<void>;
  submit(caseId: string): Promise<void>;
}

export interface DrainReport {
  sent: string[];
  failed: string[];
}

/** Declares the draft finished and puts it in the outbox; nothing is lost if the phone is offline or closes now. */
export async function queueSubmission(db: UserDb, clientId: string): Promise<void> {
  const tx = db.transaction(['drafts', 'outbox'], 'readwrite');
  const draft = await tx.objectStore('drafts').get(clientId);
  if (!draft) throw new Error(`no draft ${clientId}`);
  await tx.objectStore('drafts').put({ ...draft, state: 'submitted', updatedAt: Date.now() });
  const existing = await tx.objectStore('outbox').get(clientId);
  if (!existing) {
    await tx.objectStore('outbox').put({
      clientId,
      state: 'pending',
      attempts: 0,
      refused: false,
      error: null,
      caseId: null,
      queuedAt: Date.now(),
      sentAt: null,
    });
  }
  await tx.done;
  announceChange();
}

export const listOutbox = async (db: UserDb): Promise<OutboxRecord[]> =>
  (await db.getAll('outbox')).sort((a, b) => a.queuedAt - b.queuedAt);

async function update(db: UserDb, record: OutboxRecord, change: Partial<OutboxRecord>): Promise<OutboxRecord> {
  const next = { ...record, ...change };
  await db.put('outbox', next);
  announceChange();
  return next;
}

const inFlight = new WeakMap<UserDb, Promise<DrainReport>>();

/**
 * Sends what waits in the outbox, oldest first, one drain at a time per database (app start, `online` and a retry
 * tap may all ask at once). Each step is idempotent, so a drain cut off anywhere is simply run again. A lost
 * connection leaves the item for the next automatic sync; a refusal from the server waits for the worker's retry.
 */
export function drainOutbox(db: UserDb, transport: SubmissionTransport, options: { includeRefused?: boolean } = {}): Promise<DrainReport> {
  const running = inFlight.get(db);
  if (running) return running;
  const drain = (async () => {
    const report: DrainReport = { sent: [], failed: [] };
    for (const queued of await listOutbox(db)) {
      if (queued.state === 'done' || (queued.refused && !options.includeRefused)) continue;
      let record = await update(db, queued, { state: 'sending', attempts: queued.attempts + 1 });
      try {
        const draft = await db.get('drafts', record.clientId);
        if (!draft) throw new Error('draft missing');
        const saved = await transport.saveDraft(draft);
        record = await update(db, record, { caseId: saved.id });
        for (const photo of await photosOf(db, draft.clientId)) {
          if (photo.uploaded) continue;
          await transport.upload(saved.id, photo);
          await db.put('photos', { ...photo, uploaded: true });
        }
        if (saved.status === 'DRAFT') await transport.submit(saved.id);
        await update(db, record, { state: 'done', refused: false, error: null, sentAt: Date.now() });
        report.sent.push(record.clientId);
      } catch (error) {
        const refused = error instanceof ApiError;
        await update(db, record, { state: 'failed', refused, error: error instanceof Error ? error.message : String(error) });
        report.failed.push(record.clientId);
        // without a connection the rest would fail the same way; they stay queued for the next sync
        if (!refused) break;
      }
    }
    return report;
  })().finally(() => inFlight.delete(db));
  inFlight.set(db, drain);
  return drain;
}
