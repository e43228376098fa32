import type { EntityManager } from '@mikro-orm/postgresql';
import type { FileStatus, HardshipCategory } from '@bangfu/shared';
import { Scope, type Area } from '../../common/scope.js';
import { containsPattern } from '../../common/validate.js';
import { HardshipFile } from './hardship-file.entity.js';
import { idOrderedPage } from '../../common/pagination.js';
import { changedIn, changeWindowParams, type ChangeWindow } from '../../common/sql.js';

export interface FilePageFilter {
  subtreePath: string;
  readableAreas: Area[];
  status?: FileStatus | null;
  category?: HardshipCategory | null;
  /** A name fragment, matched case-insensitively. */
  name?: string | null;
  /** The lookup hash of an exact ID number, matched as an alternative to the name. */
  idNumberHash?: string | null;
  afterId?: string | null;
}

/** A page of the files under a unit and inside the reader's areas, in id order, with the total before paging. */
export async function filesPage(em: EntityManager, filter: FilePageFilter, limit: number) {
  const within = Scope.sqlWithin(filter.readableAreas, 'u');
  const qb = em
    .createQueryBuilder(HardshipFile, 'f')
    .where(`exists (select 1 from unit u where u.id = f.unit_id and u.path <@ ?::ltree and ${within.sql})`, [
      filter.subtreePath,
      ...within.params,
    ]);
  if (filter.status) qb.andWhere({ status: filter.status });
  if (filter.category) qb.andWhere({ category: filter.category });
  if (filter.name) {
    // an exact ID number finds its file through the lookup hash, never by scanning plaintext
    qb.andWhere({ $or: [{ personName: { $ilike: containsPattern(filter.name) } }, { idNumberHash: filter.idNumberHash ?? '' }] });
  }
  return idOrderedPage(qb, filter.afterId, limit);
}

/** A closed unit's open files go to the receiving unit; their ids, for the history entries. */
export async function moveOpenFiles(em: EntityManager, fromUnitId: string, toUnitId: string): Promise<string[]> {
  const moved = await em.execute<{ id: string }[]>(
    `update hardship_file set unit_id = ?, updated_at = now() where unit_id = ? and status <> 'CANCELLED' returning id::text`,
    [toUnitId, fromUnitId],
  );
  return moved.map((row) => row.id);
}

/**
 * The files as other modules' queries may join them (id, holding unit, status, category, members in non-compulsory
 * education), so that no other module
 * names this module's table; PostgreSQL plans the subquery as the table itself.
 */
export const FILES = `(select id, unit_id, status, category, students_in_noncompulsory_education as students from hardship_file)`;

/** A file's person as other modules' queries may join it: name and ID number's lookup hash, never the number. */
export const FILE_PERSONS = `(select id, person_name, id_number_hash from hardship_file)`;

/** A file's person and whether the counter checked their ID card (实名, domain.md §11). */
export const FILE_IDENTITIES = `(select id, person_name, id_number_hash, identity_verified_at from hardship_file)`;

/** A file's payee account (sealed number, last four digits, holder) and its person's counter check, for bank payouts. */
export const FILE_PAYEES = `(select id, id_number_hash, identity_verified_at, payee_bank, payee_account_enc, payee_account_last4,
  payee_holder_name, payee_holder_hash from hardship_file)`;

/** What readers call a file (the audit log): its person's name. */
export const FILE_LABELS = `(select id, person_name as label from hardship_file)`;

/** Files in a subtree not cancelled: those a review campaign covers. */
export async function countOpenFilesUnder(em: EntityManager, path: string): Promise<number> {
  const [{ n }] = await em.execute<{ n: string }[]>(
    `select count(*)::text as n from hardship_file f join unit u on u.id = f.unit_id where u.path <@ ?::ltree and f.status <> 'CANCELLED'`,
    [path],
  );
  return Number(n);
}

/**
 * Moves the files a subquery selects (ids, from the calling module) still in status `from` to `to`, each with a
 * history entry, in one statement; the number moved.
 */
export async function changeFilesStatus(
  em: EntityManager,
  fileIds: { sql: string; params: unknown[] },
  change: { from: FileStatus; to: FileStatus; action: string; reason: string; at: Date },
): Promise<number> {
  const [{ n }] = await em.execute<{ n: string }[]>(
    `with moved as (update hardship_file set status = ?, updated_at = now() where id in (${fileIds.sql}) and status = ? returning id),
          recorded as (insert into hardship_file_event (file_id, occurred_at, action, from_status, to_status, reason)
                       select id, ?, ?, ?, ?, ? from moved)
     select count(*)::text as n from moved`,
    [change.to, ...fileIds.params, change.from, change.at, change.action, change.from, change.to, change.reason],
  );
  return Number(n);
}

/** The file summary as the base table computes it (truth) and as stored (summary). */
export const FILE_SUMMARY_CHECKS = [
  {
    name: 'file status',
    truth: `select unit_id, status, category, count(*)::int as n from hardship_file group by 1, 2, 3`,
    summary: `select unit_id, status, category, n from stat_file_status where n <> 0`,
  },
];

export const FILE_SUMMARY_REBUILD = [
  `delete from stat_file_status`,
  `insert into stat_file_status (unit_id, status, category, n) select unit_id, status, category, count(*) from hardship_file group by 1, 2, 3`,
];

/** A unit's open files, and how many of them are categorised (the assessment's real-name registers). */
export async function openFileCounts(em: EntityManager, unitId: string): Promise<{ files: number; categorised: number }> {
  const [row] = await em.execute<{ files: number; categorised: number }[]>(
    `select count(*)::int as files, count(*) filter (where category is not null)::int as categorised
     from hardship_file where unit_id = ? and status <> 'CANCELLED'`,
    [unitId],
  );
  return row;
}

/** A list of lookup hashes as a PostgreSQL text[] literal (base64url needs no quoting). */
const textArray = (hashes: string[]) => `{${hashes.join(',')}}`;

/**
 * Serialises every change that names these people (opening, updating a file) until the transaction ends, so two
 * desks adding one person to two households at once are decided one after the other. Sorted: no deadlock.
 */
export async function lockPeople(em: EntityManager, hashes: string[]): Promise<void> {
  await em.execute(`select pg_advisory_xact_lock(hashtextextended(person, 17)) from unnest(?::text[]) person order by person`, [
    textArray([...new Set(hashes)].sort()),
  ]);
}

/**
 * An open file, `exceptId` aside, that names any of these people as holder or member: one household, one open file
 * (domain.md §12). Asked past the caller's row scope through a function that answers only this.
 */
export async function openHouseholdOf(
  em: EntityManager,
  hashes: string[],
  exceptId: string | null,
): Promise<{ fileId: string; unitId: string; idNumberHash: string; holder: boolean } | null> {
  const [open] = await em.execute<{ file_id: string; unit_id: string; id_number_hash: string; holder: boolean }[]>(
    `select file_id::text, unit_id::text, id_number_hash, holder from bangfu_open_household_of(?::text[], ?)`,
    [textArray(hashes), exceptId],
  );
  return open ? { fileId: open.file_id, unitId: open.unit_id, idNumberHash: open.id_number_hash, holder: open.holder } : null;
}

/** Files after an id with their sealed households, for a backfill that reads the members. */
export const filesWithHouseholds = (em: EntityManager, afterId: string, limit: number) =>
  em.execute<{ id: string; household_enc: string }[]>(
    `select f.id::text, f.household_enc from hardship_file f where f.id > ? order by f.id limit ${Number(limit)}`,
    [afterId],
  );

/** Adds members to the people a file names (a backfill; nothing is removed). */
export async function addHouseholdMembers(em: EntityManager, fileId: string, memberHashes: string[]): Promise<void> {
  await em.execute(
    `insert into household_person (file_id, id_number_hash, holder) select ?, person, false from unnest(?::text[]) person
     on conflict do nothing`,
    [fileId, textArray(memberHashes)],
  );
}

/** The people a file names now: its holder and each member with an ID number. */
export async function replaceHouseholdPeople(em: EntityManager, fileId: string, holderHash: string, memberHashes: string[]): Promise<void> {
  await em.execute(`delete from household_person where file_id = ?`, [fileId]);
  await em.execute(
    `insert into household_person (file_id, id_number_hash, holder)
     select ?, person, person = ? from unnest(?::text[]) person on conflict do nothing`,
    [fileId, holderHash, textArray([holderHash, ...memberHashes])],
  );
}

/** Files of a subtree changed in a window, for the exchange export (ID numbers sealed; the exporter decides on them). */
export const filesChanged = (em: EntityManager, window: ChangeWindow) =>
  em.execute<
    {
      id: string;
      unit_code: string;
      person_name: string;
      id_number_enc: string;
      birth_date: string;
      sex: string;
      category: string;
      causes: string[];
      status: string;
      household_size: number;
      union_member: boolean;
      employer_name: string | null;
      identity_verified_at: Date | null;
      reviewed_at: Date | null;
      created_at: Date;
      updated_at: Date;
    }[]
  >(
    `select f.id::text, u.code as unit_code, f.person_name, f.id_number_enc, f.birth_date::text, f.sex, f.category, f.causes, f.status,
            f.household_size, f.union_member, f.employer_name, f.identity_verified_at, f.reviewed_at, f.created_at, f.updated_at
     from hardship_file f join unit u on u.id = f.unit_id
     where ${changedIn('f.updated_at', 'f.id')} order by f.id limit ${Number(window.limit)}`,
    changeWindowParams(window),
  );

/** Everyone a file names (holder and members with an ID number), by lookup hash: for matching other schemes' rolls. */
export const HOUSEHOLD_PEOPLE = `(select file_id, id_number_hash, holder from household_person)`;
