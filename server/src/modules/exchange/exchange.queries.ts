import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlArray } from '../../common/sql.js';
import { FILES, FILE_PERSONS, HOUSEHOLD_PEOPLE } from '../people/hardship-file.queries.js';

export interface RollLine {
  lineNo: number;
  personName: string;
  idNumberEnc: string;
  idNumberHash: string;
  scheme: string;
  amountFen: number;
  period: string;
}

/** Adds a page of a roll's lines in one statement. */
export const insertRollLines = (em: EntityManager, rollId: string, lines: RollLine[]) =>
  em.execute(
    `insert into external_roll_line (roll_id, line_no, person_name, id_number_enc, id_number_hash, scheme, amount_fen, period)
     select ?, * from unnest(?::int[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[], ?::text[])`,
    [
      rollId,
      sqlArray(lines.map((line) => line.lineNo)),
      sqlArray(lines.map((line) => line.personName)),
      sqlArray(lines.map((line) => line.idNumberEnc)),
      sqlArray(lines.map((line) => line.idNumberHash)),
      sqlArray(lines.map((line) => line.scheme)),
      sqlArray(lines.map((line) => line.amountFen)),
      sqlArray(lines.map((line) => line.period)),
    ],
  );

/**
 * Matches a roll's lines to the people of open files in a subtree (holders and members, by ID lookup hash), in one
 * statement; a line already matched to a file is not matched again. Answers how many matches are new.
 */
export async function matchRoll(em: EntityManager, rollId: string, subtreePath: string): Promise<number> {
  const [{ n }] = await em.execute<{ n: number }[]>(
    `with added as (
       insert into external_match (line_id, roll_id, file_id, unit_id, holder)
       select l.id, l.roll_id, p.file_id, f.unit_id, p.holder
       from external_roll_line l join ${HOUSEHOLD_PEOPLE} p on p.id_number_hash = l.id_number_hash
       join ${FILES} f on f.id = p.file_id join unit u on u.id = f.unit_id
       where l.roll_id = ? and f.status <> 'CANCELLED' and u.path <@ ?::ltree
       on conflict (line_id, file_id) do nothing returning 1)
     select count(*)::int as n from added`,
    [rollId, subtreePath],
  );
  return n;
}

export interface MatchRow {
  id: string;
  file_id: string;
  file_person_name: string;
  file_unit_id: string;
  holder: boolean;
  found_at: Date;
  resolution: string | null;
  note: string | null;
  resolved_at: Date | null;
  line_person_name: string;
  scheme: string;
  amount_fen: string;
  period: string;
  roll_kind: string;
  roll_source: string;
}

const MATCH_COLUMNS = `m.id::text, m.file_id::text, fp.person_name as file_person_name, ff.unit_id::text as file_unit_id, m.holder, m.found_at, m.resolution,
  m.note, m.resolved_at, l.person_name as line_person_name, l.scheme, l.amount_fen::text, l.period, r.kind as roll_kind,
  r.source_name as roll_source`;
const MATCH_JOINS = `external_match m join external_roll_line l on l.id = m.line_id join external_roll r on r.id = m.roll_id
  join ${FILE_PERSONS} fp on fp.id = m.file_id join ${FILES} ff on ff.id = m.file_id`;

/** Matches in a subtree, newest first: open ones only, or all. */
export const matchesIn = (em: EntityManager, subtreePath: string, openOnly: boolean, limit: number) =>
  em.execute<MatchRow[]>(
    `select ${MATCH_COLUMNS} from ${MATCH_JOINS} join unit u on u.id = ff.unit_id
     where u.path <@ ?::ltree ${openOnly ? 'and m.resolution is null' : ''} order by m.id desc limit ${Number(limit)}`,
    [subtreePath],
  );

/** A file's matches, open ones first. */
export const matchesOfFile = (em: EntityManager, fileId: string) =>
  em.execute<MatchRow[]>(
    `select ${MATCH_COLUMNS} from ${MATCH_JOINS} where m.file_id = ? order by m.resolution is not null, m.id desc limit 50`,
    [fileId],
  );
