import { compareVi } from '../i18n/format';
import type { Filters } from '../filters/filters';
import { rollupOf, unitPath, type UnitInfo, type UnitTree } from '../model/tree';
import type { Ctx } from './context';
import { raw, sql, type SqlPart } from '../vocab/sql';
import { admissionsInPeriod, admissionsWhere, cellsWhere } from './where';
import { stockYearOf, tableSpan } from './member-years';

export interface CoverageRow {
  type: string | null;
  cells: number;
  withAdmission: number;
  admissions: number;
}

/** Coverage per cell type: "134 đảng viên được kết nạp ở 118/243 chi bộ thôn, khu phố". */
export async function coverage(ctx: Ctx, f: Filters, stagnantYears = 3): Promise<CoverageRow[]> {
  // the cell-type question also counts the stagnant cells: given the page's N, the narrative asks it once
  return (await cellsByType(ctx, f, stagnantYears)).map(({ type, cells, withAdmission, admissions }) => ({ type, cells, withAdmission, admissions }));
}

/**
 * Per cell type: the active cells, those that admitted in the period and how
 * many they admitted, and those that admitted nobody in the N years ending
 * with the period's last year. One question for the coverage and the
 * stagnant counts (the narrative states both).
 */
async function cellsByType(ctx: Ctx, f: Filters, years: number): Promise<(CoverageRow & { stagnant: number })[]> {
  const q = sql`WITH active_cells AS (SELECT c.unit_id, c.type FROM units c WHERE ${cellsWhere(f, ctx.dims)}),
          cell_admissions AS (${cellAdmissions(f, ctx.dims, stagnantWindow(f, years))})
     SELECT active_cells.type, count(*)::INTEGER AS cells, count(*) FILTER (WHERE cell_admissions.n_period > 0)::INTEGER AS with_admission,
            coalesce(sum(cell_admissions.n_period), 0)::INTEGER AS admissions,
            count(*) FILTER (WHERE coalesce(cell_admissions.n_window, 0) = 0)::INTEGER AS stagnant
     FROM active_cells LEFT JOIN cell_admissions USING (unit_id) GROUP BY active_cells.type ORDER BY cells DESC, active_cells.type`;
  const rows = await ctx.engine.query<{ type: string | null; cells: number; with_admission: number; admissions: number; stagnant: number }>(
    q.sql,
    q.params,
    { planOnce: true },
  );
  return rows.map((r) => ({ type: r.type, cells: r.cells, withAdmission: r.with_admission, admissions: r.admissions, stagnant: r.stagnant }));
}

export interface StagnantCell {
  unitId: string;
  name: string;
  path: string[];
  type: string | null;
  members: number;
  aged61Plus: number;
  lastAdmissionYear: number | null;
}

export type StagnantSort = 'name' | 'type' | 'members' | 'aged_61_plus' | 'last_admission_year';

const SORT_SQL: Record<StagnantSort, string> = {
  name: 'name',
  type: 'type',
  members: 'members',
  aged_61_plus: 'aged61',
  last_admission_year: 'last_year',
};

export interface Page {
  sort: StagnantSort;
  desc: boolean;
  limit: number;
  offset: number;
}

/**
 * The body of a CTE `cell_admissions` over the cells of a CTE `active_cells`
 * (their `unit_id`): per cell, its admissions in the period under the clauses
 * (`n_period`) and in the stagnant window `w` up to the period's end
 * (`n_window`). The cells are already the unit's, and only admissions of the
 * period or the window are read.
 */
export function cellAdmissions(f: Filters, dims: Ctx['dims'], w: { from: number; to: number }): SqlPart {
  return sql`SELECT a.unit_id, count(*) FILTER (WHERE ${admissionsInPeriod(f, dims)}) AS n_period,
                 count(*) FILTER (WHERE a.x_year BETWEEN ${w.from} AND ${w.to} AND a.admitted_on <= ${f.to}::DATE) AS n_window
          FROM fact_admissions a
          WHERE a.unit_id IN (SELECT unit_id FROM active_cells)
            AND (a.admitted_on BETWEEN ${f.from}::DATE AND ${f.to}::DATE OR a.x_year BETWEEN ${w.from} AND ${w.to}) GROUP BY 1`;
}

/** The N calendar years ending with the period's last year. */
export function stagnantWindow(f: Filters, years: number): { from: number; to: number } {
  const to = Number(f.to.slice(0, 4));
  return { from: to - years + 1, to };
}

/**
 * Active cells with no admission in the N years ending with the reference year,
 * with their members and members aged 61+ at the period's end and the year of
 * their last admission in the data. Sorted and paged in the database.
 */
export async function cellsWithoutAdmission(
  ctx: Ctx,
  f: Filters,
  years: number,
  page: Page = { sort: 'last_admission_year', desc: false, limit: 100_000, offset: 0 },
): Promise<{ count: number; cells: StagnantCell[] }> {
  const w = stagnantWindow(f, years);
  // never admitted counts as the oldest: first when ascending, last when descending
  const order = raw(`${SORT_SQL[page.sort]} ${page.desc ? 'DESC NULLS LAST' : 'ASC NULLS FIRST'}, name ASC, unit_id ASC`);
  // members of each cell at the period's end (all of them: the list applies cell-level filters only),
  // from the year table when it has that date
  const year = ctx.source === 'facts' ? null : stockYearOf(f.to, await tableSpan(ctx));
  const cellMembers =
    year !== null
      ? sql`SELECT y.unit_id, sum(y.n) AS members, sum(y.aged61) AS aged61 FROM member_year y
            WHERE y.year = ${year} AND y.unit_id IN (SELECT unit_id FROM active_cells) GROUP BY 1`
      : sql`SELECT m.unit_id, count(*) AS members, count(*) FILTER (WHERE year(${f.to}::DATE) - m.birth_year >= 61) AS aged61
            FROM fact_members m
            WHERE m.unit_id IN (SELECT unit_id FROM active_cells) AND m.admitted_on <= ${f.to}::DATE AND (m.left_on IS NULL OR m.left_on > ${f.to}::DATE)
            GROUP BY 1`;
  // Planned once: the page is a filter on the row number, because
  // a `?` in LIMIT or OFFSET makes DuckDB plan the whole question again at every run.
  const q = sql`WITH active_cells AS (SELECT c.unit_id, c.name, c.type FROM units c WHERE ${cellsWhere(f, ctx.dims)}),
          cell_admissions AS (SELECT a.unit_id, max(a.x_year) AS last_year, count(*) FILTER (WHERE a.x_year BETWEEN ${w.from} AND ${w.to}) AS n_window
                 FROM fact_admissions a WHERE a.unit_id IN (SELECT unit_id FROM active_cells) AND a.admitted_on <= ${f.to}::DATE GROUP BY 1),
          cell_members AS (${cellMembers}),
          stagnant AS (SELECT active_cells.unit_id, active_cells.name, active_cells.type, coalesce(cell_members.members, 0)::INTEGER AS members,
                              coalesce(cell_members.aged61, 0)::INTEGER AS aged61, cell_admissions.last_year::INTEGER AS last_year
                 FROM active_cells LEFT JOIN cell_admissions USING (unit_id) LEFT JOIN cell_members USING (unit_id)
                 WHERE coalesce(cell_admissions.n_window, 0) = 0)
     SELECT * EXCLUDE (rn) FROM (SELECT *, (count(*) OVER ())::INTEGER AS total, row_number() OVER (ORDER BY ${order}) AS rn FROM stagnant)
     WHERE rn > ${page.offset} AND rn <= ${page.offset + page.limit} ORDER BY rn`;
  const rows = await ctx.engine.query<{ unit_id: string; name: string; type: string | null; members: number; aged61: number; last_year: number | null; total: number }>(
    q.sql,
    q.params,
    { planOnce: true },
  );
  let count = rows[0]?.total ?? 0;
  if (rows.length === 0 && page.offset > 0) count = (await cellsWithoutAdmission(ctx, f, years, { ...page, offset: 0, limit: 1 })).count;
  return {
    count,
    cells: rows.map((r) => ({
      unitId: r.unit_id,
      name: r.name,
      path: unitPath(ctx.loaded.tree, r.unit_id).map((u) => u.name),
      type: r.type,
      members: r.members,
      aged61Plus: r.aged61,
      lastAdmissionYear: r.last_year,
    })),
  };
}

/** How many active cells of each type admitted nobody in the N years ending with the reference year (a count, no list). */
export async function cellsWithoutAdmissionByType(ctx: Ctx, f: Filters, years: number): Promise<Map<string | null, number>> {
  return new Map((await cellsByType(ctx, f, years)).map((r) => [r.type, r.stagnant]));
}

const activeIn = (u: UnitInfo, f: Filters) => (!u.activeFrom || u.activeFrom <= f.to) && (!u.activeTo || u.activeTo >= f.from);

/**
 * Tổ chức cơ sở đảng (Biểu 2), active in the period, in the unit's subtree:
 * a đảng bộ cơ sở (a committee with cells and no committee beneath it; one
 * formed by a merger counts the cells of the committees merged into it) or a
 * chi bộ cơ sở (a cell directly under a committee that has committees beneath
 * it). Those none of whose cells admitted in the period.
 */
async function grassrootsOrgs(ctx: Ctx, f: Filters): Promise<{ unit: UnitInfo; admitted: boolean }[]> {
  const { tree } = ctx.loaded;
  const a = admissionsWhere(f, ctx.dims);
  const admitted = await ctx.engine.query<{ unit_id: string }>(`SELECT DISTINCT a.unit_id FROM fact_admissions a WHERE ${a.sql}`, a.params);
  const admittedCells = new Set(admitted.map((r) => r.unit_id));
  const shape = grassrootsShape(tree);
  const orgs: { unit: UnitInfo; admitted: boolean }[] = [];
  for (const unit_id of rollupOf(tree, f.unitId)) {
    const u = tree.units.get(unit_id);
    if (!u || !activeIn(u, f)) continue;
    const cells = u.kind === 'chi_bo' ? [u] : (shape.cells.get(u.id) ?? []).filter((c) => activeIn(c, f));
    const grassroots = u.kind === 'dang_bo' ? cells.length > 0 : !u.parentId || !tree.units.has(u.parentId) || shape.withCommittees.has(u.parentId);
    if (grassroots) orgs.push({ unit: u, admitted: cells.some((c) => admittedCells.has(c.id)) });
  }
  return orgs;
}

/**
 * What of the grassroots test does not depend on the period, once per tree:
 * the committees with a committee beneath them, and for every other
 * committee the cells beneath it and beneath the committees merged into it.
 */
interface GrassrootsShape {
  withCommittees: Set<string>;
  cells: Map<string, UnitInfo[]>;
}

const shapes = new WeakMap<UnitTree, GrassrootsShape>();

function grassrootsShape(tree: UnitTree): GrassrootsShape {
  let shape = shapes.get(tree);
  if (shape) return shape;
  const kids = (id: string) => (tree.children.get(id) ?? []).map((c) => tree.units.get(c)!);
  const withCommittees = new Set([...tree.units.values()].filter((u) => kids(u.id).some((c) => c.kind === 'dang_bo')).map((u) => u.id));
  const cells = new Map<string, UnitInfo[]>();
  for (const u of tree.units.values())
    if (u.kind === 'dang_bo' && !withCommittees.has(u.id)) cells.set(u.id, [u.id, ...(tree.predecessors.get(u.id) ?? [])].flatMap(kids).filter((c) => c.kind === 'chi_bo'));
  shape = { withCommittees, cells };
  shapes.set(tree, shape);
  return shape;
}

export async function grassrootsWithoutAdmission(ctx: Ctx, f: Filters): Promise<{ total: number; without: { unitId: string; name: string; path: string[] }[] }> {
  const orgs = await grassrootsOrgs(ctx, f);
  const without = orgs
    .filter((o) => !o.admitted)
    .map(({ unit: u }) => ({ unitId: u.id, name: u.name, path: unitPath(ctx.loaded.tree, u.id).map((x) => x.name) }));
  without.sort((x, y) => compareVi(x.path.join('/'), y.path.join('/')));
  return { total: orgs.length, without };
}

/** How many grassroots organisations each of the given sub-units holds, and how many of them admitted nobody. */
export async function grassrootsBySubUnit(ctx: Ctx, f: Filters, ids: readonly string[]): Promise<Map<string, { total: number; without: number }>> {
  const out = new Map(ids.map((id) => [id, { total: 0, without: 0 }]));
  if (ids.length === 0) return out;
  const orgs = await grassrootsOrgs(ctx, f);
  const admittedBy = new Map(orgs.map((o) => [o.unit.id, o.admitted]));
  for (const id of ids) {
    const c = out.get(id)!;
    for (const unitId of rollupOf(ctx.loaded.tree, id)) {
      const admitted = admittedBy.get(unitId);
      if (admitted === undefined) continue;
      c.total++;
      if (!admitted) c.without++;
    }
  }
  return out;
}
