import type { EntityManager } from '@mikro-orm/postgresql';
import { RATINGS_DAILY } from '../cases/case.queries.js';
import { INCOME_DAILY } from '../funds/ledger.queries.js';

/** Every active station of the subtree gets the year's assessment (once: a station has one per year). */
export const addStationAssessments = (em: EntityManager, cycleId: string, year: number, subtreePath: string) =>
  em.execute(
    `insert into assessment (cycle_id, unit_id, year)
     select ?, u.id, ? from unit u where u.path <@ ?::ltree and u.level in ('STREET', 'ENTERPRISE') and u.active
     on conflict (unit_id, year) do nothing`,
    [cycleId, year, subtreePath],
  );

/**
 * Scored assessments of a year with what their outcome needs: the station's ratings that year and the higher-union
 * subsidy it received (the Tibet holdback). `root, path` come from the caller's roots; the assessed units are `u`.
 */
export const scoredAssessmentsSql = (year: number) => ({
  sql: `select root, a.district_scores, a.city_scores, c.rubric,
          coalesce((select sum(d.rated) from ${RATINGS_DAILY} d where d.unit_id = a.unit_id and d.day >= ?::date and d.day < ?::date), 0)::int as rated,
          coalesce((select sum(d.satisfied) from ${RATINGS_DAILY} d where d.unit_id = a.unit_id and d.day >= ?::date and d.day < ?::date), 0)::int as satisfied,
          coalesce((select sum(i.income_fen) from ${INCOME_DAILY} i where i.unit_id = a.unit_id and i.source = 'HIGHER_UNION_SUBSIDY'
                    and i.day >= ?::date and i.day < ?::date), 0)::text as subsidy
        from roots join unit u on u.path <@ roots.path join assessment a on a.unit_id = u.id and a.year = ? join assessment_cycle c on c.id = a.cycle_id
        where a.district_scores is not null`,
  params: [...yearBounds(year), ...yearBounds(year), ...yearBounds(year), year] as unknown[],
});

const yearBounds = (year: number) => [`${year}-01-01`, `${year + 1}-01-01`];

/** A station's ratings and higher-union subsidy over a year. */
export async function stationYear(em: EntityManager, unitId: string, year: number) {
  const [from, to] = yearBounds(year);
  const [row] = await em.execute<{ rated: number; satisfied: number; subsidy: string }[]>(
    `select coalesce(sum(rated), 0)::int as rated, coalesce(sum(satisfied), 0)::int as satisfied,
            coalesce((select sum(income_fen) from ${INCOME_DAILY} i where i.unit_id = ? and i.source = 'HIGHER_UNION_SUBSIDY' and i.day >= ?::date and i.day < ?::date), 0)::text as subsidy
     from ${RATINGS_DAILY} d where d.unit_id = ? and d.day >= ?::date and d.day < ?::date`,
    [unitId, from, to, unitId, from, to],
  );
  return row;
}
