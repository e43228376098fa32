import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { once } from 'node:events';
import { Zip, ZipDeflate } from 'fflate';
import type { EntityManager } from '@mikro-orm/postgresql';
import { HEAD_ROLES } from '@bangfu/shared';
import type { Actor } from '../../common/actor.js';
import type { FieldCipher } from '../../common/crypto.js';
import { DomainError, forbidden } from '../../common/domain-error.js';
import { withSystemRows } from '../../common/row-scope.js';
import { scopeFor } from '../../common/scope.js';
import type { ChangeWindow } from '../../common/sql.js';
import type { Clock } from '../cases/case.service.js';
import { casesChanged } from '../cases/case.queries.js';
import { EXPORT_QUEUE } from '../funds/fund.service.js';
import { paymentsChanged } from '../funds/ledger.queries.js';
import type { JobRecord } from '../jobs/job.entity.js';
import { startJob } from '../jobs/job.service.js';
import { recordsUnit } from '../org/unit-access.js';
import type { Unit } from '../org/unit.entity.js';
import { filesChanged } from '../people/hardship-file.queries.js';
import { ExchangeExport, type ExchangePart } from './exchange.entity.js';
import { ExchangeSealer, keyFingerprint, receiverKey, SEALING } from './exchange-sealer.js';

/** The exchange format's name and version: a receiver checks both before reading the parts. */
export const EXCHANGE_FORMAT = { format: 'bangfu-exchange', version: 1 } as const;
/** The first export of a unit starts here: everything. */
const BEGINNING = new Date('2000-01-01T00:00:00Z');
const PAGE = 1_000;
const iso = (at: Date | null | undefined) => (at ? new Date(at).toISOString() : null);
const fen = (value: string | null) => (value === null ? null : Number(value));

type Sealer = ((idNumber: string) => string) | null;
interface PartWriter {
  name: string;
  /** A page of the part's records after `afterId`, and the id to continue after. */
  page: (
    em: EntityManager,
    window: ChangeWindow,
    seal: Sealer,
    cipher: FieldCipher,
  ) => Promise<{ records: object[]; lastId: string | null }>;
}

const lastIdOf = (rows: { id: string }[]) => rows.at(-1)?.id ?? null;

/** The parts of an export, in the order they are written; each record carries `id` (a later record replaces an earlier). */
const PARTS: PartWriter[] = [
  {
    name: 'files',
    page: async (em, window, seal, cipher) => {
      const rows = await filesChanged(em, window);
      const records = rows.map((row) => ({
        id: row.id,
        unit: row.unit_code,
        name: row.person_name,
        idNumber: seal ? seal(cipher.decrypt(row.id_number_enc)) : null,
        birthDate: row.birth_date,
        sex: row.sex,
        category: row.category,
        causes: row.causes,
        status: row.status,
        householdSize: row.household_size,
        unionMember: row.union_member,
        employer: row.employer_name,
        identityVerifiedAt: iso(row.identity_verified_at),
        reviewedAt: iso(row.reviewed_at),
        createdAt: iso(row.created_at),
        updatedAt: iso(row.updated_at),
      }));
      return { records, lastId: lastIdOf(rows) };
    },
  },
  {
    name: 'cases',
    page: async (em, window) => {
      const rows = await casesChanged(em, window);
      const records = rows.map((row) => ({
        id: row.id,
        caseNumber: row.case_number,
        fileId: row.file_id,
        unit: row.unit_code,
        originUnit: row.origin_unit_code,
        applicantName: row.applicant_name,
        type: row.type,
        channel: row.channel,
        status: row.status,
        requestedAmountFen: fen(row.requested_amount_fen),
        approvedAmountFen: fen(row.approved_amount_fen),
        campaignId: row.campaign_id,
        submittedAt: iso(row.submitted_at),
        decidedAt: iso(row.decided_at),
        closedAt: iso(row.closed_at),
        createdAt: iso(row.created_at),
        updatedAt: iso(row.updated_at),
      }));
      return { records, lastId: lastIdOf(rows) };
    },
  },
  {
    name: 'payments',
    page: async (em, window) => {
      const rows = await paymentsChanged(em, window);
      const records = rows.map((row) => ({
        id: row.id,
        caseId: row.case_id,
        instalment: row.instalment_no,
        amountFen: Number(row.amount_fen),
        method: row.method,
        status: row.status,
        arrival: row.arrival,
        fundUnit: row.fund_unit_code,
        recipientName: row.recipient_name,
        paidAt: iso(row.paid_at),
        arrivedAt: iso(row.arrived_at),
        receivedAt: iso(row.received_at),
        reversedAt: iso(row.reversed_at),
      }));
      return { records, lastId: lastIdOf(rows) };
    },
  },
  {
    name: 'receipts',
    // a worker's confirmation of receipt, once, when it falls in the window
    page: async (em, window) => {
      const rows = await paymentsChanged(em, window);
      const records = rows
        .filter((row) => row.received_at && new Date(row.received_at) > window.since && new Date(row.received_at) <= window.until)
        .map((row) => ({ id: row.id, paymentId: row.id, caseId: row.case_id, receivedAt: iso(row.received_at) }));
      return { records, lastId: lastIdOf(rows) };
    },
  },
];

async function sha256Of(path: string): Promise<string | null> {
  const found = await stat(path).catch(() => null);
  if (!found) return null;
  return createHash('sha256')
    .update(await readFile(path))
    .digest('hex');
}

/** Zips the parts and the manifest into `filePath`, streaming each from disk. */
async function zipInto(filePath: string, entries: { name: string; path: string }[]): Promise<void> {
  // a path that cannot be written fails here, before any part is read
  await writeFile(filePath, '');
  const out = createWriteStream(filePath);
  const done = new Promise<void>((resolvePromise, reject) => {
    out.on('finish', resolvePromise);
    out.on('error', reject);
  });
  const zip = new Zip((error, chunk, final) => {
    if (error) out.destroy(error);
    else {
      out.write(chunk);
      if (final) out.end();
    }
  });
  for (const entry of entries) {
    const file = new ZipDeflate(entry.name, { level: 6 });
    zip.add(file);
    for await (const chunk of createReadStream(entry.path)) file.push(chunk as Buffer, false);
    file.push(new Uint8Array(0), true);
  }
  zip.end();
  await done;
}

/**
 * Exchange with the upper system (对接, domain.md §13): an incremental, versioned export of a unit's subtree — files,
 * cases, payments and receipts changed since the last export — as JSON Lines parts with a manifest of counts and
 * SHA-256 sums, zipped. ID numbers only sealed for the receiving system's key, and only for who may see them.
 */
export class ExchangeService {
  constructor(
    private readonly em: EntityManager,
    private readonly cipher: FieldCipher,
    private readonly receiverPem: string | undefined,
    /** Changes younger than this are left to the next export: a transaction still open then commits before it. */
    private readonly settleSeconds: number,
    private readonly clock: Clock = () => new Date(),
  ) {}

  /** Starts an export of the unit's subtree since `since`, or since the unit's last export; a head of the unit asks. */
  async startExport(actor: Actor, unitId: string, since: Date | null | undefined): Promise<JobRecord> {
    const unit = await this.exportingUnit(actor, unitId);
    const until = new Date(this.clock().getTime() - this.settleSeconds * 1_000);
    const [last] = await this.em.find(
      ExchangeExport,
      { unitId: unit.id, completedAt: { $ne: null } },
      { orderBy: { until: 'desc' }, limit: 1 },
    );
    const from = since ?? last?.until ?? BEGINNING;
    if (!(from < until)) throw new DomainError('BAD_USER_INPUT', 'exchange.nothingSince', { since: from.toISOString() });
    const receiver = receiverKey(this.receiverPem);
    const withIdNumbers = receiver !== null && scopeFor(actor).canReadSensitiveOf(unit);
    const contentKey = withIdNumbers ? ExchangeSealer.newContentKey() : null;
    return this.em.transactional(async (em) => {
      const job = await startJob(em, actor, {
        queue: EXPORT_QUEUE,
        name: 'exportExchange',
        unitId: unit.id,
        params: { unitId: unit.id, since: from.toISOString(), until: until.toISOString(), idNumbers: withIdNumbers, format: 'ZIP' },
        audit: { action: 'exchange.export', entityType: 'Unit', entityId: unit.id },
      });
      em.create(ExchangeExport, {
        jobId: job.id,
        unitId: unit.id,
        since: from,
        until,
        idNumbers: withIdNumbers,
        contentKeyEnc: contentKey ? this.cipher.encrypt(contentKey.toString('base64')) : null,
        wrappedKey: contentKey ? new ExchangeSealer(receiver!, contentKey).wrappedKey() : null,
        keyFingerprint: receiver ? keyFingerprint(receiver) : null,
      });
      await em.flush();
      return job;
    });
  }

  /**
   * The export job's work. Resumable: a part already written whole by an earlier attempt (its SHA-256 on record) is
   * kept, the others are written again over the same window, so a retry yields the same records.
   */
  async writeExport(actor: Actor, jobId: string, filePath: string, progress: (percent: number) => Promise<void>) {
    const record = await this.em.findOneOrFail(ExchangeExport, { jobId });
    const unit = await this.exportingUnit(actor, record.unitId);
    const seal = this.sealerFor(record);
    const directory = `${filePath}.parts`;
    await mkdir(directory, { recursive: true });
    for (const [index, part] of PARTS.entries()) {
      const path = join(directory, `${part.name}.jsonl`);
      if (record.parts[part.name] && (await sha256Of(path)) === record.parts[part.name].sha256) continue;
      const written = await this.writePart(part, path, { path: unit.path, since: record.since, until: record.until }, seal);
      record.parts = { ...record.parts, [part.name]: written };
      await this.em.flush();
      await progress(Math.round(((index + 1) * 90) / PARTS.length));
    }
    const parts = PARTS.map((part) => record.parts[part.name]);
    const manifest = {
      ...EXCHANGE_FORMAT,
      unit: { code: unit.code, name: unit.name },
      since: record.since.toISOString(),
      until: record.until.toISOString(),
      generatedAt: this.clock().toISOString(),
      recordKey: 'id',
      idNumbers: record.idNumbers
        ? { included: true, sealing: SEALING, keyFingerprint: record.keyFingerprint, wrappedKey: record.wrappedKey }
        : { included: false },
      parts,
    };
    const manifestPath = join(directory, 'manifest.json');
    await writeFile(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
    await zipInto(filePath, [
      { name: 'manifest.json', path: manifestPath },
      ...parts.map((part) => ({ name: part.name, path: join(directory, part.name) })),
    ]);
    await rm(directory, { recursive: true, force: true });
    record.completedAt = this.clock();
    await this.em.flush();
    return { records: parts.reduce((sum, part) => sum + part.records, 0), parts: parts.length, idNumbers: record.idNumbers };
  }

  private async exportingUnit(actor: Actor, unitId: string): Promise<Unit> {
    const unit = await recordsUnit(this.em, actor, unitId);
    if (!scopeFor(actor).canActOn(unit.id, HEAD_ROLES)) throw forbidden();
    return unit;
  }

  /** The export's sealer, when it carries ID numbers; the configured key must still be the one it was started with. */
  private sealerFor(record: ExchangeExport): Sealer {
    if (!record.idNumbers) return null;
    const receiver = receiverKey(this.receiverPem);
    if (!receiver || keyFingerprint(receiver) !== record.keyFingerprint) throw new DomainError('CONFLICT', 'exchange.keyChanged');
    const sealer = new ExchangeSealer(receiver, Buffer.from(this.cipher.decrypt(record.contentKeyEnc!), 'base64'));
    return (idNumber) => sealer.seal(idNumber);
  }

  private async writePart(
    part: PartWriter,
    path: string,
    range: Omit<ChangeWindow, 'afterId' | 'limit'>,
    seal: Sealer,
  ): Promise<ExchangePart> {
    const out = createWriteStream(path);
    const hash = createHash('sha256');
    let records = 0;
    let bytes = 0;
    try {
      for (let afterId = '0'; ;) {
        // access was checked on the unit: the subtree's rows are read past the caller's row scope
        const page = await withSystemRows(this.em, (all) => part.page(all, { ...range, afterId, limit: PAGE }, seal, this.cipher));
        for (const record of page.records) {
          const line = `${JSON.stringify(record)}\n`;
          hash.update(line);
          bytes += Buffer.byteLength(line);
          records += 1;
          if (!out.write(line)) await once(out, 'drain');
        }
        if (!page.lastId) break;
        afterId = page.lastId;
      }
    } finally {
      out.end();
      await once(out, 'close');
    }
    return { name: `${part.name}.jsonl`, records, sha256: hash.digest('hex'), bytes };
  }
}

declare module '../../common/context.js' {
  interface Services {
    exchange: ExchangeService;
  }
}
