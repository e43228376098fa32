import { deleteDB, openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { AidType, EvidenceSlot, HardshipCause } from '@bangfu/shared/enums';

/** An application being written on the phone. Everything the worker types lands here first. */
export interface DraftRecord {
  clientId: string;
  type: AidType | null;
  causes: HardshipCause[];
  story: string;
  householdSize: string;
  monthlyIncomeYuan: string;
  amountYuan: string;
  declared: boolean;
  /** The worker's file when the phone last knew it, so money aid links to it. */
  fileId: string | null;
  state: 'editing' | 'submitted';
  updatedAt: number;
}

/**
 * A compressed photo kept until the server has it. Bytes, not a Blob: every IndexedDB (older WebKit included) stores
 * an ArrayBuffer reliably.
 */
export interface PhotoRecord {
  uploadKey: string;
  clientId: string;
  slot: EvidenceSlot;
  bytes: ArrayBuffer;
  contentType: string;
  uploaded: boolean;
  addedAt: number;
}

export const photoBlob = (photo: PhotoRecord): Blob => new Blob([photo.bytes], { type: photo.contentType });

export type OutboxState = 'pending' | 'sending' | 'failed' | 'done';

/** A submission waiting for the network; `clientId` makes every replay land on the same case. */
export interface OutboxRecord {
  clientId: string;
  state: OutboxState;
  attempts: number;
  /** A refusal from the server (not a lost connection): automatic sync leaves it for the worker to retry. */
  refused: boolean;
  error: string | null;
  caseId: string | null;
  queuedAt: number;
  sentAt: number | null;
}

/** The last answer of a read the worker needs offline (their own cases), shown when there is no connection. */
export interface SnapshotRecord {
  key: string;
  data: unknown;
  savedAt: number;
}

interface BangfuDb extends DBSchema {
  drafts: { key: string; value: DraftRecord };
  snapshots: { key: string; value: SnapshotRecord };
  photos: { key: string; value: PhotoRecord; indexes: { byDraft: string } };
  outbox: { key: string; value: OutboxRecord };
}

export type UserDb = IDBPDatabase<BangfuDb>;

const nameFor = (userId: string) => `bangfu-user-${userId}`;
const open = new Map<string, Promise<UserDb>>();

/** One database per user, so a shared phone never shows one worker's draft to another. */
export function userDb(userId: string): Promise<UserDb> {
  let db = open.get(userId);
  if (!db) {
    db = openDB<BangfuDb>(nameFor(userId), 2, {
      upgrade(database, oldVersion) {
        if (oldVersion < 1) {
          database.createObjectStore('drafts', { keyPath: 'clientId' });
          database.createObjectStore('photos', { keyPath: 'uploadKey' }).createIndex('byDraft', 'clientId');
          database.createObjectStore('outbox', { keyPath: 'clientId' });
        }
        if (oldVersion < 2) database.createObjectStore('snapshots', { keyPath: 'key' });
      },
    });
    open.set(userId, db);
  }
  return db;
}

/** Logout on a shared phone: nothing of this user stays behind. */
export async function deleteUserData(userId: string): Promise<void> {
  const db = open.get(userId);
  open.delete(userId);
  if (db) (await db).close();
  await deleteDB(nameFor(userId));
}
