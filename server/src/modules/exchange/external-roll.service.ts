import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ACTING_ROLES, formatBytes, normalizeIdNumber, parseIdNumber, parseYuan } from '@bangfu/shared';
import type { Actor } from '../../common/actor.js';
import type { FieldCipher } from '../../common/crypto.js';
import { DomainError, forbidden, notFound } from '../../common/domain-error.js';
import { withSystemRows } from '../../common/row-scope.js';
import { scopeFor } from '../../common/scope.js';
import { insertBound } from '../../common/sql.js';
import { readTableFile, readTableHeader } from '../../common/table-file.js';
import { isWellFormedId, parseInput } from '../../common/validate.js';
import { recordAudit } from '../audit/audit-trail.js';
import { EXPORT_QUEUE } from '../funds/fund.service.js';
import { JobRecord } from '../jobs/job.entity.js';
import { startJob } from '../jobs/job.service.js';
import { recordsUnit } from '../org/unit-access.js';
import { Unit } from '../org/unit.entity.js';
import { HardshipFile } from '../people/hardship-file.entity.js';
import * as z from 'zod';
import { ExternalMatch, ExternalRoll, ROLL_KINDS, type MatchResolution, type RefusedRollLine, type RollKind } from './exchange.entity.js';
import { insertRollLines, matchesIn, matchesOfFile, matchRoll, type MatchRow, type RollLine } from './exchange.queries.js';

export const ROLL_LINE_REFUSALS = ['NAME', 'ID_NUMBER', 'SCHEME', 'AMOUNT', 'PERIOD', 'REPEATED'] as const;
export type RollLineRefusal = (typeof ROLL_LINE_REFUSALS)[number];

/** The columns a roll must name in its header row, by the names offices use for them. */
const COLUMNS = {
  name: ['姓名', 'name'],
  idNumber: ['身份证号', '身份证号码', '公民身份号码', 'idnumber', 'id number'],
  scheme: ['救助项目', '救助类别', '项目', 'scheme'],
  amount: ['金额', '救助金额', '月救助金额', 'amount'],
  period: ['期间', '月份', '发放期间', 'period'],
} as const;
type Column = keyof typeof COLUMNS;
const WIDEST = 20;
const PAGE = 2_000;
const PERIOD = /^\d{4}(-(0[1-9]|1[0-2]))?$/;

const noteSchema = z.string().trim().max(500);

/** Where each column is in the header row, or the columns it lacks. */
function headerOf(row: string[] | undefined): { at: Record<Column, number> } | { missing: Column[] } {
  const cells = (row ?? []).map((cell) => cell.trim().toLowerCase());
  const at = Object.fromEntries(
    (Object.keys(COLUMNS) as Column[]).map((column) => [
      column,
      cells.findIndex((cell) => (COLUMNS[column] as readonly string[]).includes(cell)),
    ]),
  ) as Record<Column, number>;
  const missing = (Object.keys(at) as Column[]).filter((column) => at[column] < 0);
  return missing.length ? { missing } : { at };
}

/**
 * Rolls from other schemes (civil affairs 低保/特困, other unions, charities; domain.md §13): uploaded by a unit, read
 * line by line by a job (malformed lines refused with their reason, the rest kept with ID numbers sealed and
 * hashed), matched to the people of the subtree's open files; staff resolve each match.
 */
export class ExternalRollService {
  constructor(
    private readonly em: EntityManager,
    private readonly cipher: FieldCipher,
    private readonly maxBytes: number,
  ) {}

  /** Keeps an uploaded roll sealed until its import reads it; its header must name the five columns. */
  async receive(actor: Actor, unitId: string, input: { kind: string; source: string; fileName: string }, bytes: Buffer) {
    const unit = await this.actingUnit(actor, unitId);
    if (!(ROLL_KINDS as readonly string[]).includes(input.kind)) throw new DomainError('BAD_USER_INPUT', 'badInput', { detail: 'kind' });
    const source = input.source.trim();
    if (source.length < 2 || source.length > 100) throw new DomainError('BAD_USER_INPUT', 'badInput', { detail: 'source' });
    if (!bytes.length) throw new DomainError('BAD_USER_INPUT', 'roll.empty');
    if (bytes.length > this.maxBytes) throw new DomainError('BAD_USER_INPUT', 'roll.tooLarge', { max: formatBytes(this.maxBytes) });
    const header = headerOf(await readTableHeader(bytes, WIDEST));
    if ('missing' in header)
      throw new DomainError('BAD_USER_INPUT', 'roll.columns', { columns: header.missing.map((column) => COLUMNS[column][0]).join('、') });
    return this.em.transactional(async (em) => {
      const id = await insertBound(em, 'external_roll', {
        unit_id: unit.id,
        kind: input.kind as RollKind,
        source_name: source,
        file_name: input.fileName.slice(0, 200) || 'roll.csv',
        file_sha256: createHash('sha256').update(bytes).digest('hex'),
        content_enc: this.cipher.encrypt(bytes.toString('base64')),
        uploaded_by_id: actor.userId,
      });
      const roll = await em.findOneOrFail(ExternalRoll, { id });
      recordAudit(em, actor, {
        action: 'roll.upload',
        entityType: 'ExternalRoll',
        entityId: roll.id,
        unitId: unit.id,
        after: { kind: roll.kind, source, sha256: roll.fileSha256, bytes: bytes.length },
      });
      return roll;
    });
  }

  /** Starts reading an uploaded roll (importExternalRoll); the worker keeps its lines and matches them. */
  async startImport(actor: Actor, rollId: string): Promise<JobRecord> {
    const { roll, unit } = await this.roll(actor, rollId);
    if (!scopeFor(actor).canActOn(unit.id, ACTING_ROLES)) throw forbidden();
    if (roll.status !== 'UPLOADED') throw new DomainError('INVALID_TRANSITION', 'roll.imported');
    if (roll.jobId) {
      const running = await this.em.findOne(JobRecord, { id: roll.jobId });
      if (running && ['QUEUED', 'ACTIVE'].includes(running.state)) return running;
    }
    const job = await startJob(this.em, actor, {
      queue: EXPORT_QUEUE,
      name: 'importExternalRoll',
      unitId: unit.id,
      params: { rollId: roll.id },
      audit: { action: 'roll.import', entityType: 'ExternalRoll', entityId: roll.id },
    });
    roll.jobId = job.id;
    await this.em.flush();
    return job;
  }

  /**
   * The import job: every line read, malformed ones refused with the reason, the rest kept (ID numbers sealed and
   * hashed) and matched, in one transaction; the file itself is then dropped. A retry after a crash starts over.
   */
  async runImport(jobId: string, progress: (percent: number) => Promise<void>) {
    const job = await this.em.findOneOrFail(JobRecord, { id: jobId });
    const roll = await this.em.findOneOrFail(ExternalRoll, { id: String(job.params.rollId) }, { populate: ['contentEnc'] });
    if (roll.status === 'IMPORTED') return { lines: roll.linesRead, kept: roll.linesKept, matches: roll.report?.matches ?? 0 };
    const unit = await this.em.findOneOrFail(Unit, { id: roll.unitId });
    const rows = await readTableFile(Buffer.from(this.cipher.decrypt(roll.contentEnc!), 'base64'), WIDEST);
    const header = headerOf(rows[0]);
    if ('missing' in header) throw new DomainError('BAD_USER_INPUT', 'roll.columns', { columns: header.missing.join(', ') });
    const { kept, refused } = this.readLines(rows.slice(1), header.at);
    const matches = await this.em.transactional(async (em) => {
      for (let start = 0; start < kept.length; start += PAGE) {
        await insertRollLines(em, roll.id, kept.slice(start, start + PAGE));
        await progress(Math.round((Math.min(start + PAGE, kept.length) * 80) / Math.max(kept.length, 1)));
      }
      // the subtree's households are matched past the row scope: the roll is the unit's, checked when it was imported
      const found = await withSystemRows(em, (all) => matchRoll(all, roll.id, unit.path));
      em.assign(roll, {
        status: 'IMPORTED',
        contentEnc: null,
        linesRead: kept.length + refused.length,
        linesKept: kept.length,
        report: { refused, matches: found },
        importedAt: new Date(),
      });
      await em.flush();
      return found;
    });
    return { lines: roll.linesRead, kept: roll.linesKept, refused: refused.length, matches };
  }

  /** A unit's rolls, newest first. */
  async rolls(actor: Actor, unitId: string): Promise<ExternalRoll[]> {
    const unit = await recordsUnit(this.em, actor, unitId);
    return this.em.find(ExternalRoll, { unitId: unit.id }, { orderBy: { id: 'desc' }, limit: 50 });
  }

  /** Matches over a unit's subtree, newest first. */
  async matches(actor: Actor, unitId: string, openOnly: boolean, limit: number): Promise<MatchRow[]> {
    const unit = await recordsUnit(this.em, actor, unitId);
    return withSystemRows(this.em, (all) => matchesIn(all, unit.path, openOnly, Math.min(Math.max(limit, 1), 500)));
  }

  /** A file's matches, for staff who read the file's unit (a worker reading their own file is not shown them). */
  async matchesOfFile(actor: Actor, fileId: string): Promise<MatchRow[]> {
    const file = await this.em.findOne(HardshipFile, { id: fileId });
    const unit = file ? await this.em.findOne(Unit, { id: file.unitId }) : null;
    if (!unit || !scopeFor(actor).canReadRecordsOf(unit)) return [];
    return withSystemRows(this.em, (all) => matchesOfFile(all, fileId));
  }

  /** Staff of the file's unit say what a match is: counted in the household's income, not a duplicate, or referred. */
  async resolve(actor: Actor, matchId: string, resolution: MatchResolution, noteText: string | null | undefined): Promise<MatchRow> {
    const match = isWellFormedId(matchId) ? await this.em.findOne(ExternalMatch, { id: matchId }) : null;
    const file = match ? await this.em.findOne(HardshipFile, { id: match.fileId }) : null;
    const unit = file ? await this.em.findOne(Unit, { id: file.unitId }) : null;
    const scope = scopeFor(actor);
    if (!match || !unit || !scope.canReadRecordsOf(unit)) throw notFound('externalMatch');
    if (!scope.canActOn(unit.id, ACTING_ROLES)) throw forbidden();
    if (match.resolution) throw new DomainError('INVALID_TRANSITION', 'roll.resolved');
    const note = parseInput(noteSchema, noteText ?? '') || null;
    if (resolution === 'REFERRED' && !note) throw new DomainError('BAD_USER_INPUT', 'roll.referralNote');
    await this.em.transactional(async (em) => {
      em.assign(match, { resolution, note, resolvedById: actor.userId, resolvedAt: new Date() });
      recordAudit(em, actor, {
        action: 'roll.resolve',
        entityType: 'HardshipFile',
        entityId: match.fileId,
        unitId: unit.id,
        after: { matchId: match.id, resolution, note },
      });
      await em.flush();
    });
    const rows = await withSystemRows(this.em, (all) => matchesOfFile(all, match.fileId));
    return rows.find((row) => row.id === match.id)!;
  }

  /** The lines worth keeping, sealed and hashed, and the ones refused with why (the header being row 1). */
  private readLines(rows: string[][], at: Record<Column, number>): { kept: RollLine[]; refused: RefusedRollLine[] } {
    const kept: RollLine[] = [];
    const refused: RefusedRollLine[] = [];
    const seen = new Map<string, number>();
    rows.forEach((cells, index) => {
      const row = index + 2;
      const cell = (column: Column) => (cells[at[column]] ?? '').trim();
      if (cells.every((value) => value.trim() === '')) return;
      const name = cell('name');
      const idNumber = normalizeIdNumber(cell('idNumber'));
      const scheme = cell('scheme');
      const amountFen = parseYuan(cell('amount'));
      const period = cell('period');
      const key = `${idNumber}|${scheme}|${period}`;
      // the first check a line fails is its reason, with the cell that failed where it helps to see it
      const checks: [boolean, RollLineRefusal, string?][] = [
        [name.length < 2 || name.length > 50, 'NAME'],
        [!parseIdNumber(idNumber), 'ID_NUMBER'],
        [scheme.length < 1 || scheme.length > 50, 'SCHEME'],
        [amountFen === null || amountFen < 0, 'AMOUNT', cell('amount').slice(0, 30)],
        [!PERIOD.test(period), 'PERIOD', period.slice(0, 30)],
        [seen.has(key), 'REPEATED', String(seen.get(key))],
      ];
      const failed = checks.find(([fails]) => fails);
      if (failed) {
        refused.push({ row, reason: failed[1], ...(failed[2] ? { detail: failed[2] } : {}) });
        return;
      }
      seen.set(key, row);
      kept.push({
        lineNo: row,
        personName: name,
        idNumberEnc: this.cipher.encrypt(idNumber),
        idNumberHash: this.cipher.lookupHash(idNumber),
        scheme,
        amountFen: amountFen!,
        period,
      });
    });
    return { kept, refused };
  }

  private async actingUnit(actor: Actor, unitId: string): Promise<Unit> {
    const unit = await recordsUnit(this.em, actor, unitId);
    if (!scopeFor(actor).canActOn(unit.id, ACTING_ROLES)) throw forbidden();
    return unit;
  }

  private async roll(actor: Actor, rollId: string): Promise<{ roll: ExternalRoll; unit: Unit }> {
    const roll = isWellFormedId(rollId) ? await this.em.findOne(ExternalRoll, { id: rollId }) : null;
    const unit = roll ? await this.em.findOne(Unit, { id: roll.unitId }) : null;
    if (!roll || !unit || !scopeFor(actor).canReadRecordsOf(unit)) throw notFound('externalRoll');
    return { roll, unit };
  }
}

declare module '../../common/context.js' {
  interface Services {
    rolls: ExternalRollService;
  }
}
