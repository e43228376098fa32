import { authHeaders, execute, failureOf, type ErrorBody } from '../lib/graphql';
import { JOB } from './api';

/** Sends a file as raw bytes to an upload endpoint; the id the server kept it under (`idField` of its answer). */
export async function putFile(url: string, file: File, idField: string): Promise<string> {
  const response = await fetch(url, {
    method: 'PUT',
    headers: { 'content-type': 'application/octet-stream', ...authHeaders() },
    body: file,
  });
  const body = (await response.json().catch(() => null)) as (ErrorBody & Record<string, string | undefined>) | null;
  if (!response.ok || !body?.[idField]) throw failureOf(response.status, body);
  return body[idField];
}

/** Waits for a job the worker runs (an import) to finish; a failed job throws its error. */
export async function jobFinished(jobId: string): Promise<void> {
  for (;;) {
    const { job } = await execute(JOB, { id: jobId });
    if (job?.state === 'COMPLETED') return;
    if (job?.state === 'FAILED') throw new Error(job.error ?? 'FAILED');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
