import type { Engine } from '../engine/types';
import { codeColumnNames, codeCountColumns, FLOW_COLUMNS, LEFT_KEYS, STOCK_COLUMNS, YEAR_BREAKDOWNS } from '../registry';

/**
 * Built once per dataset, after the facts and `unit_ancestor`: the year-end
 * stock of members (`STOCK_COLUMNS`) and Biểu 1's movements, per unit, year
 * and sex, and the same rolled up the unit tree. What most views ask (a
 * whole year ends on 31/12) is then summed over a few thousand rows instead
 * of counted over every member. The years run from the one before the first
 * admission to the data date's; sex is kept so that a cross-filter on sex, or
 * on a column of the units, still reads the tables.
 */
export async function createMemberYears(engine: Engine, schema: string): Promise<void> {
  // the years the tables hold, and the last date any event carries: after it no figure changes
  await engine.exec(
    `CREATE TABLE ${schema}.member_year_range AS
     WITH ev AS (SELECT greatest((SELECT max(admitted_on) FROM ${schema}.fact_admissions),
                                 (SELECT max(greatest(admitted_on, coalesce(official_on, admitted_on), coalesce(left_on, admitted_on))) FROM ${schema}.fact_members)) AS last_event)
     SELECT coalesce((SELECT min(x_year) FROM ${schema}.fact_admissions), (SELECT year(max(admitted_on)) FROM ${schema}.fact_members), 2000) - 1 AS lo,
            coalesce(year(ev.last_event), 2000) AS hi, ev.last_event FROM ev`,
  );
  await engine.exec(
    // a member is in the stock at the end of each year from the one admitted in to the one before
    // the one left in: their years are listed per member rather than found by joining every year
    `CREATE TABLE ${schema}.member_year AS
     WITH my AS (SELECT m.*, unnest(generate_series(greatest(year(m.admitted_on), r.lo), least(coalesce(year(m.left_on) - 1, r.hi), r.hi))) AS y
                 FROM ${schema}.fact_members m, ${schema}.member_year_range r),
          m AS (SELECT my.*, my.y - my.birth_year AS age, make_date(my.y, 12, 31) AS d FROM my)
     SELECT m.unit_id, m.y::INTEGER AS year, m.sex, ${[...STOCK_COLUMNS, ...codeCountColumns('m', YEAR_BREAKDOWNS)].map(([k, e]) => `${e}::INTEGER AS "${k}"`).join(', ')}
     FROM m GROUP BY 1, 2, 3`,
  );
  // Biểu 1's movements per unit and calendar year: admitted (by the register's date) and left by reason,
  // in the years of the stock (Biểu 1 reads no others: it needs the stock at the end of the year before)
  await engine.exec(
    `CREATE TABLE ${schema}.member_flow AS
     SELECT unit_id, year::INTEGER AS year, sex, ${FLOW_COLUMNS.map((k) => `sum("${k}")::INTEGER AS "${k}"`).join(', ')} FROM (
       SELECT unit_id, sex, year(admitted_on) AS year, 1 AS admitted, ${FLOW_COLUMNS.slice(1).map((k) => `0 AS "${k}"`).join(', ')}
       FROM ${schema}.fact_members
       UNION ALL
       SELECT unit_id, sex, year(left_on), 0, ${LEFT_KEYS.map((r) => (r === 'unknown' ? 'CASE WHEN left_reason IS NULL THEN 1 ELSE 0 END' : `CASE WHEN left_reason = '${r}' THEN 1 ELSE 0 END`)).join(', ')}
       FROM ${schema}.fact_members WHERE left_on IS NOT NULL)
     WHERE year BETWEEN (SELECT lo FROM ${schema}.member_year_range) AND (SELECT hi FROM ${schema}.member_year_range)
     GROUP BY 1, 2, 3`,
  );
  // the same rolled up the unit tree: a unit's row sums its whole subtree, per cell type of the rows summed
  for (const [table, columns] of [['member_year', [...STOCK_COLUMNS.map(([k]) => k), ...codeColumnNames(YEAR_BREAKDOWNS)]], ['member_flow', FLOW_COLUMNS]] as const) {
    await engine.exec(
      `CREATE TABLE ${schema}.${table}_tree AS
       SELECT g.ancestor_id, t.year, t.sex, u.type AS cell_type, ${columns.map((k) => `sum(t."${k}")::INTEGER AS "${k}"`).join(', ')}
       FROM ${schema}.${table} t JOIN ${schema}.unit_ancestor g ON g.unit_id = t.unit_id JOIN ${schema}.units u ON u.unit_id = t.unit_id
       GROUP BY 1, 2, 3, 4 ORDER BY 1, 2`,
    );
  }
}
