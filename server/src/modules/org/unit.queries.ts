import type { EntityManager } from '@mikro-orm/postgresql';
import type { UnitLevel } from '@bangfu/shared';
import type { Area } from '../../common/scope.js';
import { containsPattern } from '../../common/validate.js';
import { Unit } from './unit.entity.js';
import { idOrderedPage } from '../../common/pagination.js';

/** Directory entries: inside an area, or on the path above it (so staff see which level is above them). */
function readableUnitSql(areas: Area[]): { sql: string; params: string[] } {
  if (areas.length === 0) return { sql: 'false', params: [] };
  const params: string[] = [];
  const clauses = areas.map((area) => {
    params.push(area.subtree ? area.path : area.unitId, area.path);
    return `(${area.subtree ? 'u.path <@ ?::ltree' : 'u.id = ?'} or u.path @> ?::ltree)`;
  });
  return { sql: `(${clauses.join(' or ')})`, params };
}

export interface UnitListFilter {
  parentId?: string | null;
  level?: UnitLevel | null;
  search?: string | null;
  afterId?: string | null;
}

/** A page of the directory entries readable in `areas`, in id order, with the total before paging. */
export async function readableUnits(em: EntityManager, areas: Area[], filter: UnitListFilter, limit: number) {
  const readable = readableUnitSql(areas);
  const qb = em.createQueryBuilder(Unit, 'u').where(readable.sql, readable.params);
  if (filter.parentId) qb.andWhere({ parent: filter.parentId });
  if (filter.level) qb.andWhere({ level: filter.level });
  const search = filter.search?.trim();
  if (search) {
    const pattern = containsPattern(search);
    qb.andWhere({ $or: [{ name: { $ilike: pattern } }, { code: { $ilike: pattern } }] });
  }
  return idOrderedPage(qb, filter.afterId, limit);
}

/** A new unit's id before it is inserted: its path ends with it. */
export async function nextUnitId(em: EntityManager): Promise<string> {
  const [{ id }] = await em.execute<{ id: string }[]>(`select nextval(pg_get_serial_sequence('unit', 'id'))::text as id`);
  return id;
}

/** Puts a unit under a new parent; the units below keep their place under it, only their path prefix changes. */
export async function reattachUnit(em: EntityManager, unit: { id: string; path: string }, parent: { id: string; path: string }) {
  const newPath = `${parent.path}.${unit.id}`;
  await em.execute(`update unit set parent_id = ?, path = ?::ltree, updated_at = now() where id = ?`, [parent.id, newPath, unit.id]);
  await em.execute(`update unit set path = ?::ltree || subpath(path, nlevel(?::ltree)) where path <@ ?::ltree and id <> ?`, [
    newPath,
    unit.path,
    unit.path,
    unit.id,
  ]);
}

/** Unit names by id, as plain rows: partially loaded units would stay in a request's identity map for other resolvers. */
export async function unitNames(em: EntityManager, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await em.execute<{ id: string; name: string }[]>(`select id::text, name from unit where id in (?)`, [ids]);
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** The unit holding the fund that pays a unit's cases: its own, or the nearest active unit above it that holds one. */
export async function nearestFundHolder(em: EntityManager, unitId: string): Promise<Unit | null> {
  const [row] = await em.execute<Record<string, unknown>[]>(
    `select f.* from unit u join unit f on f.path @> u.path and f.holds_fund and f.active where u.id = ? order by nlevel(f.path) desc limit 1`,
    [unitId],
  );
  return row ? em.map(Unit, row) : null;
}
