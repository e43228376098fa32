import { requiredEvidenceFor } from '@bangfu/shared';
import { newPaymentKey, PHOTO } from '../setup/case-driver.js';

/** A write the API acknowledged (answered without error): it must exist after any fault. */
export interface Acknowledged {
  kind: 'submitted' | 'accepted' | 'paid';
  caseId: string;
  key?: string;
}

export interface WorkloadOptions {
  url: string;
  /** Workers with an ACTIVE file each, who apply. */
  applicants: { token: string; fileId: string }[];
  /** Staff of the unit holding the applicants' files and the ready cases. */
  staffToken: string;
  unitId: string;
  /** READY_TO_PAY cases to pay, taken one at a time. */
  readyCases: string[];
  users: number;
  stopAt: number;
  random: () => number;
  /** Every request gives up after this long, so every loop ends by itself. */
  requestTimeoutMs?: number;
}

export interface WorkloadResult {
  requests: number;
  failures: string[];
  latenciesMs: number[];
  acknowledged: Acknowledged[];
}

const SAVE = `mutation($input: CaseDraftInput!) { saveDraft(input: $input) { id } }`;
const SUBMIT = `mutation($id: ID!) { submitCase(id: $id) { id status } }`;
const ACCEPT = `mutation($id: ID!) { acceptCase(id: $id) { id status } }`;
const PAY = `mutation($id: ID!, $key: String!) { disburseCase(id: $id, input: { method: CASH, idempotencyKey: $key }) { id status } }`;
const QUEUE = `query($unit: ID!) { caseQueue(unitId: $unit, first: 20) { totalCount edges { node { id status dueAt } } } }`;
let clientIds = 0;
/** A user whose request failed waits a little before the next, as a person or a retrying phone would. */
const backOff = () => new Promise((resolve) => setTimeout(resolve, 100));

/**
 * Simulated users until `stopAt`: workers apply (draft, then submit), staff work the queue, accept what was
 * submitted and pay what is ready. Every answer is timed; failures are any answer with an error or no answer.
 */
export async function runWorkload(options: WorkloadOptions): Promise<WorkloadResult> {
  const result: WorkloadResult = { requests: 0, failures: [], latenciesMs: [], acknowledged: [] };
  const submitted: string[] = [];
  const ready = [...options.readyCases];
  const call = async (query: string, variables: Record<string, unknown>, token: string): Promise<Record<string, any> | null> => {
    const started = performance.now();
    result.requests += 1;
    try {
      const response = await fetch(options.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(options.requestTimeoutMs ?? 15_000),
      });
      const answer = (await response.json()) as { data?: Record<string, any> | null; errors?: unknown[] };
      result.latenciesMs.push(performance.now() - started);
      if (answer.errors || !answer.data) {
        result.failures.push(`${response.status} ${JSON.stringify(answer.errors).slice(0, 200)}`);
        await backOff();
        return null;
      }
      return answer.data;
    } catch (error) {
      result.failures.push(String(error).slice(0, 200));
      await backOff();
      return null;
    }
  };
  // a worker's app sends a photo of each required document before submitting (the ID card and income proof for LIVING)
  const attachEvidence = async (caseId: string, token: string): Promise<boolean> => {
    for (const slot of requiredEvidenceFor('LIVING')) {
      const started = performance.now();
      result.requests += 1;
      try {
        const response = await fetch(options.url.replace('/graphql', `/uploads/cases/${caseId}/${caseId}-${slot}?slot=${slot}`), {
          method: 'PUT',
          headers: { 'content-type': 'application/octet-stream', authorization: `Bearer ${token}` },
          body: PHOTO,
          signal: AbortSignal.timeout(options.requestTimeoutMs ?? 15_000),
        });
        await response.arrayBuffer();
        result.latenciesMs.push(performance.now() - started);
        if (!response.ok) throw new Error(`upload ${response.status}`);
      } catch (error) {
        result.failures.push(String(error).slice(0, 200));
        await backOff();
        return false;
      }
    }
    return true;
  };
  const user = async () => {
    while (Date.now() < options.stopAt) {
      const pick = options.random();
      if (pick < 0.4) {
        const applicant = options.applicants[Math.floor(options.random() * options.applicants.length)];
        const draft = await call(
          SAVE,
          {
            input: {
              clientId: `load-${process.pid}-${(clientIds += 1)}`,
              fileId: applicant.fileId,
              type: 'LIVING',
              title: '生活困难',
              requestedAmountFen: 50_000,
            },
          },
          applicant.token,
        );
        if (!draft || !(await attachEvidence(draft.saveDraft.id, applicant.token))) continue;
        const done = await call(SUBMIT, { id: draft.saveDraft.id }, applicant.token);
        if (done) {
          result.acknowledged.push({ kind: 'submitted', caseId: done.submitCase.id });
          submitted.push(done.submitCase.id);
        }
      } else if (pick < 0.7) {
        await call(QUEUE, { unit: options.unitId }, options.staffToken);
      } else if (pick < 0.85 && submitted.length) {
        const caseId = submitted.shift()!;
        if (await call(ACCEPT, { id: caseId }, options.staffToken)) result.acknowledged.push({ kind: 'accepted', caseId });
      } else if (ready.length) {
        const caseId = ready.shift()!;
        const key = newPaymentKey();
        if (await call(PAY, { id: caseId, key }, options.staffToken)) result.acknowledged.push({ kind: 'paid', caseId, key });
      } else {
        await call(QUEUE, { unit: options.unitId }, options.staffToken);
      }
    }
  };
  await Promise.all(Array.from({ length: options.users }, user));
  return result;
}

/** The acknowledged writes that are not in the database: each must be there after any fault. */
export async function lostWrites(
  sql: <T>(query: string, params?: unknown[]) => Promise<T[]>,
  acknowledged: Acknowledged[],
): Promise<Acknowledged[]> {
  const lost: Acknowledged[] = [];
  for (const [kind, action] of [
    ['submitted', 'submit'],
    ['accepted', 'accept'],
  ] as const) {
    const ids = acknowledged.filter((write) => write.kind === kind).map((write) => write.caseId);
    if (!ids.length) continue;
    const found = new Set(
      (
        await sql<{ id: string }>(`select distinct case_id::text as id from case_event where action = ? and case_id in (?)`, [action, ids])
      ).map((row) => row.id),
    );
    lost.push(...acknowledged.filter((write) => write.kind === kind && !found.has(write.caseId)));
  }
  const payments = acknowledged.filter((write) => write.kind === 'paid');
  if (payments.length) {
    const keys = new Set(
      (
        await sql<{ key: string }>(`select idempotency_key as key from disbursement where status = 'POSTED' and idempotency_key in (?)`, [
          payments.map((write) => write.key),
        ])
      ).map((row) => row.key),
    );
    lost.push(...payments.filter((write) => !keys.has(write.key!)));
  }
  return lost;
}
