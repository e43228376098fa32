import { readFile } from 'node:fs/promises';
import iconv from 'iconv-lite';
import { passesLuhn } from '@bangfu/shared';
import { PAYOUT_QUEUE } from '../../server/src/modules/funds/payout.service.js';
import { runQueuedJob } from './jobs.js';
import { until } from './processes.js';
import type { TestApp } from './test-app.js';

/** A UnionPay card number (19 digits, Luhn check digit) made from `seed`. */
export function cardNumber(seed: number): string {
  const body = `621700${String(seed).padStart(12, '0')}`;
  for (let digit = 0; digit <= 9; digit += 1) if (passesLuhn(`${body}${digit}`)) return `${body}${digit}`;
  throw new Error('unreachable');
}

export interface ReturnRow {
  reference: string;
  lineNo: number | string;
  account: string;
  name: string;
  amount: string;
  outcome: string;
  message?: string;
}

/** A bank's return file as the README documents it: a header, then the lines; CSV in GB18030. */
export function returnFile(rows: ReturnRow[]): Buffer {
  const text = [
    '批次号,序号,收款账号,收款户名,金额,处理结果,失败原因',
    ...rows.map((row) => [row.reference, row.lineNo, row.account, row.name, row.amount, row.outcome, row.message ?? ''].join(',')),
  ].join('\r\n');
  return iconv.encode(`${text}\r\n`, 'gb18030');
}

const BATCH_FIELDS = `id reference status lineCount totalFen createdById approvedById`;

/**
 * The finance office's side of bank payouts, over the API. The payout jobs run in this process, or, with a worker
 * process running beside the test (`jobsBy: 'worker'`), are waited for.
 */
export class BankDesk {
  constructor(
    private readonly app: TestApp,
    private readonly jobsBy: 'test' | 'worker' = 'test',
  ) {}

  setPayee(fileId: string, token: string, input: Record<string, unknown>) {
    return this.app.gql(
      `mutation($f: ID!, $input: PayeeAccountInput!) { setPayeeAccount(fileId: $f, input: $input) { id payeeAccount { bankName accountNumberMasked holderName } } }`,
      { f: fileId, input: { bankName: '中国工商银行临沂兰山支行', ...input } },
      { token },
    );
  }

  /** A card on the file of each of the cases (copies of one case share a file), so they can be paid by bank. */
  async payeeForCases(caseIds: string[], token: string): Promise<void> {
    const files = await this.app.sql<{ id: string }>(`select distinct file_id::text as id from aid_case where id = any(?::bigint[])`, [
      `{${caseIds.join(',')}}`,
    ]);
    for (const [index, file] of files.entries()) {
      const set = await this.setPayee(file.id, token, { accountNumber: cardNumber(990_000 + Number(file.id) * 10 + index) });
      if (set.errors) throw new Error(JSON.stringify(set.errors));
    }
  }

  createBatch(unitId: string, token: string, paymentIds?: string[]) {
    return this.app.gql(
      `mutation($u: ID!, $p: [ID!]) { r: createPayoutBatch(unitId: $u, paymentIds: $p) { ${BATCH_FIELDS} } }`,
      { u: unitId, p: paymentIds ?? null },
      { token },
    );
  }

  approve(batchId: string, token: string) {
    return this.app.gql(`mutation($id: ID!) { r: approvePayoutBatch(id: $id) { ${BATCH_FIELDS} } }`, { id: batchId }, { token });
  }

  /** Runs the payouts worker's job as the worker process would, or waits for the worker process to finish it. */
  async runJob(name: string, jobId: string): Promise<unknown> {
    if (this.jobsBy === 'worker') {
      const done = async () =>
        (await this.app.sql<{ state: string }>(`select state from job where id = ?`, [jobId]))[0].state === 'COMPLETED';
      return until(done, `${name} job ${jobId}`, 30_000);
    }
    return runQueuedJob(this.app, PAYOUT_QUEUE, name, jobId);
  }

  /** The bank's file of a batch: started through the API, written by the job; the bytes as written. */
  async exportFile(batchId: string, token: string, format: 'CSV' | 'XLSX' = 'CSV'): Promise<Buffer> {
    const started = await this.app.gql(
      `mutation($id: ID!, $f: PayoutFileFormat) { exportPayoutBatch(id: $id, format: $f) { id } }`,
      {
        id: batchId,
        f: format,
      },
      { token },
    );
    if (!started.data) throw new Error(JSON.stringify(started.errors));
    const jobId = String(started.data.exportPayoutBatch.id);
    await this.runJob('exportPayoutBatch', jobId);
    const [job] = await this.app.sql<{ file_path: string }>(`select file_path from job where id = ?`, [jobId]);
    return readFile(job.file_path);
  }

  /** Uploads a return file as the finance office does; the HTTP status and answer. */
  async upload(batchId: string, bytes: Buffer, token: string, name = 'return.csv') {
    const response = await fetch(this.app.url.replace('/graphql', `/uploads/bank-returns/${batchId}?name=${encodeURIComponent(name)}`), {
      method: 'PUT',
      headers: { 'content-type': 'application/octet-stream', authorization: `Bearer ${token}`, 'accept-language': 'en' },
      body: bytes,
    });
    return { status: response.status, body: (await response.json()) as Record<string, any> };
  }

  /** Uploads and imports a return file; the import's report as the API shows it. */
  async importReturn(batchId: string, bytes: Buffer, token: string) {
    const uploaded = await this.upload(batchId, bytes, token);
    if (uploaded.status !== 201) throw new Error(JSON.stringify(uploaded.body));
    const started = await this.app.gql(
      `mutation($b: ID!, $r: ID!) { importBankReturn(batchId: $b, returnId: $r) { id } }`,
      {
        b: batchId,
        r: uploaded.body.returnId,
      },
      { token },
    );
    if (!started.data) throw new Error(JSON.stringify(started.errors));
    await this.runJob('importBankReturn', String(started.data.importBankReturn.id));
    const read = await this.app.gql(
      `query($id: ID!) { payoutBatch(id: $id) { status returns { id report { lines arrived failed unchanged refused { row reason detail } } } } }`,
      { id: batchId },
      { token },
    );
    const found = read.data!.payoutBatch;
    return { status: found.status as string, report: found.returns.find((r: { id: string }) => r.id === uploaded.body.returnId).report };
  }
}
