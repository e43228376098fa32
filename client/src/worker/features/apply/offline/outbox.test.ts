import { describe, expect, it } from 'vitest';
import { ApiError, NetworkError } from '../../../../lib/graphql';
import { deleteUserData, userDb, type DraftRecord, type PhotoRecord } from './db';
import { emptyDraft, putPhoto, saveDraft } from './drafts';
import { drainOutbox, listOutbox, queueSubmission, type SubmissionTransport } from './outbox';

let userCounter = 0;
const freshDb = () => userDb(`outbox-test-${(userCounter += 1)}`);

/**
 * The network edge as the real API behaves: saveDraft is idempotent on clientId, uploads on their key, and a case
 * is submitted once. `failNext` makes the next calls fail as a dropped connection or a refusal would.
 */
class ServerStandIn implements SubmissionTransport {
  cases = new Map<string, { id: string; status: string; documents: Set<string> }>();
  calls: string[] = [];
  failures: { step: string; error: Error; skip: number }[] = [];

  /** Fails the call to `step` after `skip` more of them succeed. */
  failNext(step: string, error: Error, skip = 0) {
    this.failures.push({ step, error, skip });
  }

  private maybeFail(step: string) {
    const failure = this.failures.find((candidate) => candidate.step === step);
    if (!failure) return;
    if (failure.skip > 0) {
      failure.skip -= 1;
      return;
    }
    this.failures.splice(this.failures.indexOf(failure), 1);
    throw failure.error;
  }

  async saveDraft(draft: DraftRecord) {
    this.calls.push(`save ${draft.clientId}`);
    this.maybeFail('save');
    const existing = this.cases.get(draft.clientId) ?? { id: String(this.cases.size + 1), status: 'DRAFT', documents: new Set<string>() };
    this.cases.set(draft.clientId, existing);
    return { id: existing.id, status: existing.status };
  }

  async upload(caseId: string, photo: PhotoRecord) {
    this.calls.push(`upload ${photo.uploadKey}`);
    this.maybeFail('upload');
    [...this.cases.values()].find((entry) => entry.id === caseId)!.documents.add(photo.uploadKey);
  }

  async submit(caseId: string) {
    this.calls.push(`submit ${caseId}`);
    const entry = [...this.cases.values()].find((candidate) => candidate.id === caseId)!;
    if (entry.status !== 'DRAFT') throw new ApiError('INVALID_TRANSITION', 'already submitted');
    entry.status = 'SUBMITTED';
    this.maybeFail('submitResponse');
  }
}

async function queuedDraft(db: Awaited<ReturnType<typeof freshDb>>, photos = 1) {
  const draft = await saveDraft(db, { ...emptyDraft('MEDICAL'), story: '爱人住院治疗', causes: ['ILLNESS'] });
  for (let i = 0; i < photos; i += 1) {
    await putPhoto(db, {
      uploadKey: `photo-${draft.clientId}-${i}`,
      clientId: draft.clientId,
      slot: 'MEDICAL_RECORD',
      bytes: new TextEncoder().encode(`jpeg ${i}`).buffer,
      contentType: 'image/jpeg',
      uploaded: false,
      addedAt: i,
    });
  }
  await queueSubmission(db, draft.clientId);
  return draft.clientId;
}

describe('the submission outbox', () => {
  it('keeps a submission made offline and sends it exactly once when the connection returns', async () => {
    const db = await freshDb();
    const server = new ServerStandIn();
    const clientId = await queuedDraft(db, 2);
    server.failNext('save', new NetworkError('offline'));

    const offline = await drainOutbox(db, server);
    expect(offline.failed).toEqual([clientId]);
    expect((await listOutbox(db))[0]).toMatchObject({ state: 'failed', refused: false, attempts: 1 });

    const online = await drainOutbox(db, server);
    expect(online.sent).toEqual([clientId]);
    expect(server.cases.size).toBe(1);
    expect(server.cases.get(clientId)).toMatchObject({ status: 'SUBMITTED' });
    expect(server.cases.get(clientId)!.documents.size).toBe(2);
    expect(server.calls.filter((call) => call.startsWith('submit'))).toHaveLength(1);
    expect((await listOutbox(db))[0]).toMatchObject({ state: 'done', caseId: '1', attempts: 2 });
  });

  it('does not submit twice when the answer to the submission was lost and the phone replays it', async () => {
    const db = await freshDb();
    const server = new ServerStandIn();
    const clientId = await queuedDraft(db);
    server.failNext('submitResponse', new NetworkError('connection reset'));

    await drainOutbox(db, server);
    expect(server.cases.get(clientId)!.status).toBe('SUBMITTED');
    expect((await listOutbox(db))[0].state).toBe('failed');

    const replay = await drainOutbox(db, server);
    expect(replay.sent).toEqual([clientId]);
    expect(server.cases.size).toBe(1);
    expect(server.calls.filter((call) => call.startsWith('submit'))).toHaveLength(1);
  });

  it('uploads each photo once even when the connection drops between photos', async () => {
    const db = await freshDb();
    const flaky = new ServerStandIn();
    const clientId = await queuedDraft(db, 3);
    flaky.failNext('upload', new NetworkError('offline'), 1);
    await drainOutbox(db, flaky);
    await drainOutbox(db, flaky);
    // photo 1 went up, photo 2 failed: the retry sends 2 and 3, never 1 again
    const uploads = flaky.calls.filter((call) => call.startsWith('upload'));
    expect(uploads).toHaveLength(4);
    expect(new Set(uploads).size).toBe(3);
    expect(flaky.cases.get(clientId)!.documents.size).toBe(3);
  });

  it('runs one drain at a time when app start, reconnect and a retry tap ask together', async () => {
    const db = await freshDb();
    const server = new ServerStandIn();
    await queuedDraft(db, 0);
    const reports = await Promise.all([drainOutbox(db, server), drainOutbox(db, server), drainOutbox(db, server)]);
    expect(reports[0]).toBe(reports[1]);
    expect(server.calls.filter((call) => call.startsWith('save'))).toHaveLength(1);
  });

  it('leaves a refused submission for the worker to retry instead of replaying it on every sync', async () => {
    const db = await freshDb();
    const server = new ServerStandIn();
    const clientId = await queuedDraft(db, 0);
    server.failNext('save', new ApiError('BAD_USER_INPUT', '输入有误'));
    await drainOutbox(db, server);
    expect((await listOutbox(db))[0]).toMatchObject({ state: 'failed', refused: true, error: '输入有误' });

    const automatic = await drainOutbox(db, server);
    expect(automatic.sent).toEqual([]);
    const manual = await drainOutbox(db, server, { includeRefused: true });
    expect(manual.sent).toEqual([clientId]);
  });

  it('forgets everything of a user at logout and nothing of another user on the same phone', async () => {
    const alice = await userDb('alice');
    const bob = await userDb('bob');
    await saveDraft(alice, emptyDraft('LIVING'));
    const bobsDraft = await saveDraft(bob, emptyDraft('MEDICAL'));
    await deleteUserData('alice');
    expect(await (await userDb('alice')).getAll('drafts')).toEqual([]);
    expect((await bob.getAll('drafts')).map((draft) => draft.clientId)).toEqual([bobsDraft.clientId]);
  });
});
