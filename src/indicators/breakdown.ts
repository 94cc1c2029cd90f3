import { CODES, type CodeListName } from '../dataset/codes';
import type { Filters } from '../filters/filters';
import type { Ctx } from './context';
import { ADMISSION_YEAR_BREAKDOWNS, codeCountsOf, YEAR_BREAKDOWNS, type YearBreakdown } from '../registry';
import { profileRowsBySubUnitFromYears } from './admission-profile';
import { yearEndBreakdown, yearEndStockBySubUnit } from './member-years';
import { inUnitAndSubUnits } from './subtree';
import { twoWays } from './two-ways';
import type { SqlPart } from '../vocab/sql';
import { admissionsInPeriod, admissionsWhere, membersOnDate, membersWhere } from './where';

/** Counts per code in the order of the code list; `null` is the rows where the value is unknown. */
export interface Breakdown {
  list: CodeListName;
  counts: { code: string | null; count: number }[];
}

export type BreakdownColumn = 'sex' | 'education' | 'qualification' | 'occupation' | 'political_theory';
type AdmissionColumn = Exclude<BreakdownColumn, 'political_theory'>;

function ordered(list: CodeListName, rows: { k: string | null; n: number }[]): Breakdown {
  const byCode = new Map(rows.map((r) => [r.k, r.n]));
  const counts = CODES[list].map((c) => ({ code: c.code as string | null, count: byCode.get(c.code) ?? 0 }));
  const unknown = rows.filter((r) => r.k === null || !CODES[list].some((c) => c.code === r.k)).reduce((s, r) => s + r.n, 0);
  if (unknown) counts.push({ code: null, count: unknown });
  return { list, counts };
}

const ADMISSION_COLUMNS = ['sex', 'education', 'qualification', 'occupation'] as const;
// the counted way: the members view asks these two
const MEMBER_COLUMNS = ['qualification', 'political_theory'] as const;
// and Biểu 3 these three, of the unit and its sub-units
const FORM_MEMBER_COLUMNS = ['education', 'qualification', 'political_theory'] as const;

/**
 * Every breakdown of a fact counted in one pass: a grouping set per column
 * (with `group` first when given). `col` names the set's column, `k` is its code.
 */
function everyColumn(alias: string, columns: readonly string[], group?: string): { select: string; groupBy: string } {
  const pick = (then: (c: string) => string) => `CASE ${columns.map((c) => `WHEN grouping(${alias}.${c}) = 0 THEN ${then(c)}`).join(' ')} END`;
  return {
    select: `${pick((c) => `'${c}'`)} AS col, ${pick((c) => `${alias}.${c}`)} AS k, count(*)::INTEGER AS n`,
    groupBy: `GROUPING SETS (${columns.map((c) => `(${group ? `${group}, ` : ''}${alias}.${c})`).join(', ')})`,
  };
}

type Counted = { col: string; k: string | null; n: number };

/** Admissions in the period per sex, education, qualification or occupation code. */
export async function admissionBreakdown(ctx: Ctx, f: Filters, column: Exclude<BreakdownColumn, 'political_theory'>): Promise<Breakdown> {
  // one question for every column: the panels of a view share it
  const w = admissionsWhere(f, ctx.dims);
  const q = everyColumn('a', ADMISSION_COLUMNS);
  const rows = await ctx.engine.query<Counted>(`SELECT ${q.select} FROM fact_admissions a WHERE ${w.sql} GROUP BY ${q.groupBy}`, w.params);
  return ordered(column, rows.filter((r) => r.col === column));
}

/** Members at the period's end per qualification, political theory, education or occupation code. */
export const memberBreakdown = twoWays<[Filters, BreakdownColumn], Breakdown>({
  async preaggregated(ctx, f, column) {
    // qualification and political theory at a year's end are in the year table
    if (!(YEAR_BREAKDOWNS as readonly string[]).includes(column)) return null;
    const rows = await yearEndBreakdown(ctx.engine, f, ctx.dims, f.to, column as YearBreakdown);
    return rows && ordered(column, rows);
  },
  async facts(ctx, f, column) {
    const w = membersWhere(f, ctx.dims, f.to);
    const q = everyColumn('m', (MEMBER_COLUMNS as readonly string[]).includes(column) ? MEMBER_COLUMNS : [column]);
    const rows = await ctx.engine.query<Counted>(`SELECT ${q.select} FROM fact_members m WHERE ${w.sql} GROUP BY ${q.groupBy}`, w.params);
    return ordered(column, rows.filter((r) => r.col === column));
  },
});

/**
 * `admissionBreakdown` for each of the given sub-units (`f.unitId` or its
 * direct sub-units): from the rolled-up years when they can answer (the
 * question the sub-units' profiles ask too), else in one grouped query.
 */
export const admissionBreakdownBySubUnit = twoWays<[Filters, AdmissionColumn, readonly string[]], Map<string, Breakdown>>({
  async preaggregated(ctx, f, column, ids) {
    if (!ids.length || !(ADMISSION_YEAR_BREAKDOWNS as readonly string[]).includes(column)) return null;
    const years = await profileRowsBySubUnitFromYears(ctx, f);
    if (!years) return null;
    const by = new Map(years.map((r) => [r.gid as string, r]));
    return new Map(ids.map((id) => [id, ordered(column, codeCountsOf(column, by.get(id)))]));
  },
  async facts(ctx, f, column, ids) {
    // the groups are within the unit's subtree: the period and the clauses are enough
    const w = admissionsInPeriod(f, ctx.dims);
    const q = everyColumn('a', ADMISSION_COLUMNS, 'g.ancestor_id');
    return countsBySubUnit(ctx, f.unitId, 'fact_admissions', 'a', w, q, column, ids);
  },
});

/**
 * One grouped question over a fact's rows (`table` aliased `alias`, narrowed by
 * `where`): the breakdown of `column` for each of `ids`, the unit and its direct sub-units.
 */
async function countsBySubUnit(
  ctx: Ctx,
  unitId: string,
  table: 'fact_admissions' | 'fact_members',
  alias: string,
  where: SqlPart,
  q: { select: string; groupBy: string },
  column: BreakdownColumn,
  ids: readonly string[],
): Promise<Map<string, Breakdown>> {
  const rows = ids.length
    ? await ctx.engine.query<Counted & { gid: string }>(
        `SELECT g.ancestor_id AS gid, ${q.select} FROM ${table} ${alias} JOIN unit_ancestor g ON g.unit_id = ${alias}.unit_id
         WHERE ${inUnitAndSubUnits('g')} AND ${where.sql} GROUP BY ${q.groupBy}`,
        [unitId, ...where.params],
      )
    : [];
  const groups = new Map<string, Counted[]>();
  for (const r of rows) {
    if (r.col !== column) continue;
    const list = groups.get(r.gid);
    if (list) list.push(r);
    else groups.set(r.gid, [r]);
  }
  return new Map(ids.map((id) => [id, ordered(column, groups.get(id) ?? [])]));
}

/**
 * `memberBreakdown` for each of the given sub-units (`f.unitId` or its direct
 * sub-units) at the period's end: from the year-end table for the breakdowns
 * it holds (the question Biểu 3's profile asks too), else in one grouped
 * query for every breakdown of Biểu 3.
 */
export const memberBreakdownBySubUnit = twoWays<[Filters, BreakdownColumn, readonly string[]], Map<string, Breakdown>>({
  async preaggregated(ctx, f, column, ids) {
    if (!(YEAR_BREAKDOWNS as readonly string[]).includes(column)) return null;
    const stock = await yearEndStockBySubUnit(ctx.engine, f, ctx.dims, f.to, ids);
    return stock && new Map(ids.map((id) => [id, ordered(column, codeCountsOf(column, stock.get(id)))]));
  },
  async facts(ctx, f, column, ids) {
    // the groups are within the unit's subtree: the date and the clauses are enough
    const w = membersOnDate(f, ctx.dims, f.to);
    const q = everyColumn('m', (FORM_MEMBER_COLUMNS as readonly string[]).includes(column) ? FORM_MEMBER_COLUMNS : [column], 'g.ancestor_id');
    return countsBySubUnit(ctx, f.unitId, 'fact_members', 'm', w, q, column, ids);
  },
});
