import { previousPeriod } from '../filters/period';
import { unlessNeedsDetail } from '../query/detail';
import { dayBefore } from '../filters/period';
import type { Filters } from '../filters/filters';
import { subUnits, type UnitInfo } from '../model/tree';
import { raw, sql } from '../vocab/sql';
import { comparableAchievementPct } from './achievement';
import { ADMISSION_FLAGS } from '../registry';
import { flagSums, profileRowsBySubUnitFromYears } from './admission-profile';
import type { Ctx } from './context';
import { round1, round2, share } from './context';
import { cellAdmissions, stagnantWindow } from './cells';
import { loadTargets, periodTarget } from './target';
import { yearEndCountsBySubUnit } from './member-years';
import { inUnitAndSubUnitsOf } from './subtree';
import { twoWays } from './two-ways';
import { admissionsInPeriod, cellsWhere, membersWhere } from './where';

/** One direct sub-unit's figures, side by side with its siblings (the Đơn vị view). */
export interface SubUnitRow {
  unitId: string;
  name: string;
  kind: UnitInfo['kind'];
  type: string | null;
  activeTo: string | null;
  admissions: number;
  /** Admitted in the same period a year earlier (cùng kỳ), and the change to this period's. */
  previousAdmissions: number;
  admissionsChange: number;
  target: number | null;
  achievementPct: number | null;
  flags: Record<string, number>;
  members: number;
  membersAtStart: number;
  admissionRate: number | null;
  aged61Plus: number;
  aged61Share: number | null;
  meanAge: number | null;
  /** The cells' columns: null where the cells' rows are not at hand (a split dataset's summary). */
  cells: number | null;
  cellsWithAdmission: number | null;
  cellsWithoutAdmission: number | null;
}

/** Direct sub-units active at some point of the period (a unit dissolved before it, or formed after it, has nothing to show). */
export function periodSubUnits(ctx: Ctx, f: Filters): UnitInfo[] {
  return subUnits(ctx.loaded.tree, f.unitId).filter((u) => (!u.activeFrom || u.activeFrom <= f.to) && (!u.activeTo || u.activeTo >= f.from));
}

export async function subUnitTable(ctx: Ctx, f: Filters, stagnantYears = 3): Promise<SubUnitRow[]> {
  return (await subUnitFigures(ctx, f, stagnantYears)).rows;
}

/**
 * The direct sub-units' rows and the chosen unit's own row (the Đơn vị
 * table's totals: not the sum of the rows, since merged units overlap in
 * 2025). The unit is one more group of the same questions, so its figures are
 * the tiles' own definitions over its whole subtree. No own row without sub-units.
 */
export async function subUnitFigures(ctx: Ctx, f: Filters, stagnantYears = 3): Promise<{ rows: SubUnitRow[]; own: SubUnitRow | null }> {
  const subs = periodSubUnits(ctx, f);
  if (subs.length === 0) return { rows: [], own: null };
  const { tree } = ctx.loaded;
  const self: UnitInfo = tree.units.get(f.unitId) ?? { id: f.unitId, name: f.unitId, kind: 'dang_bo', type: null, parentId: null, activeFrom: null, activeTo: null, successorId: null };
  const ids = [...subs.map((s) => s.id), f.unitId];
  const cellsQ = sql`WITH active_cells AS (SELECT c.unit_id FROM units c WHERE ${cellsWhere(f, ctx.dims)}),
            cell_admissions AS (${cellAdmissions(f, ctx.dims, stagnantWindow(f, stagnantYears))})
       SELECT ua.ancestor_id AS id, count(*)::INTEGER AS cells, count(*) FILTER (WHERE cell_admissions.n_period > 0)::INTEGER AS with_adm,
              count(*) FILTER (WHERE coalesce(cell_admissions.n_window, 0) = 0)::INTEGER AS stagnant
       FROM active_cells LEFT JOIN cell_admissions USING (unit_id) JOIN unit_ancestor ua ON ua.unit_id = active_cells.unit_id
       WHERE ${inUnitAndSubUnitsOf('ua', f.unitId)} GROUP BY 1`;
  const [adm, before, [memEnd, memStart], cells, targets] = await Promise.all([
    admittedBySubUnit(ctx, f),
    admittedBySubUnit(ctx, { ...f, ...previousPeriod(f) }),
    membersBySubUnit(ctx, f, ids),
    // the cells' columns are left empty where their rows are not attached (a country's summary)
    unlessNeedsDetail(ctx.engine.query(cellsQ.sql, cellsQ.params, { planOnce: true })),
    loadTargets(ctx.engine, tree),
  ]);
  const by = (rows: readonly Record<string, unknown>[]) => new Map(rows.map((r) => [r.id as string, r]));
  const [A, B, ME, MS] = [by(adm), by(before), by(memEnd), by(memStart)];
  const C = cells && by(cells);
  const cellCount = (id: string, k: string) => (C ? ((C.get(id)?.[k] as number) ?? 0) : null);
  const row = (s: UnitInfo): SubUnitRow => {
    const ar = A.get(s.id);
    const me = ME.get(s.id);
    const admissions = (ar?.n as number) ?? 0;
    const previousAdmissions = (B.get(s.id)?.n as number) ?? 0;
    const members = (me?.n as number) ?? 0;
    const membersAtStart = (MS.get(s.id)?.n as number) ?? 0;
    const t = periodTarget(tree, targets, { unitId: s.id, from: f.from, to: f.to });
    const aged61Plus = (me?.aged61 as number) ?? 0;
    return {
      unitId: s.id,
      name: s.name,
      kind: s.kind,
      type: s.type,
      activeTo: s.activeTo,
      admissions,
      previousAdmissions,
      admissionsChange: admissions - previousAdmissions,
      target: t?.target ?? null,
      achievementPct: comparableAchievementPct(admissions, t?.target ?? null, f.clauses),
      flags: Object.fromEntries(ADMISSION_FLAGS.map((fl) => [fl.id, (ar?.[`f_${fl.id}`] as number) ?? 0])),
      members,
      membersAtStart,
      admissionRate: membersAtStart > 0 ? round2((admissions / membersAtStart) * 100) : null,
      aged61Plus,
      aged61Share: share(aged61Plus, members),
      meanAge: round1(me?.mean_age as number | null),
      cells: cellCount(s.id, 'cells'),
      cellsWithAdmission: cellCount(s.id, 'with_adm'),
      cellsWithoutAdmission: cellCount(s.id, 'stagnant'),
    };
  };
  return { rows: subs.map(row), own: row(self) };
}

type Rows = Record<string, unknown>[];

/** The number admitted and the flags' counts (`n`, `f_<flag>`) of the unit and each direct sub-unit (`id`). */
const admittedBySubUnit = twoWays<[Filters], Rows>({
  preaggregated: async (ctx, f) => (await profileRowsBySubUnitFromYears(ctx, f, true))?.map((r) => ({ ...r, id: r.gid })) ?? null,
  facts(ctx, f) {
    // the groups are within the unit's subtree: the admissions need only the period and the clauses
    const q = sql`SELECT ua.ancestor_id AS id, count(*)::INTEGER AS n, ${raw(flagSums('a'))}
       FROM fact_admissions a JOIN unit_ancestor ua ON ua.unit_id = a.unit_id
       WHERE ${inUnitAndSubUnitsOf('ua', f.unitId)} AND ${admissionsInPeriod(f, ctx.dims)} GROUP BY 1`;
    return ctx.engine.query(q.sql, q.params);
  },
});

/**
 * Members at the period's end (`n`, `aged61`, `mean_age`) and at its start
 * (`n`) of the unit and each direct sub-unit (`id`): from the year-end table
 * when it has both dates, else counted over the members.
 */
const membersBySubUnit = twoWays<[Filters, readonly string[]], [Rows, Rows]>({
  async preaggregated(ctx, f, ids) {
    const stock = await yearEndCountsBySubUnit(ctx.engine, f, ctx.dims, [f.to, dayBefore(f.from)], ids);
    if (!stock) return null;
    const [end, start] = stock.map((m) => [...m].map(([id, v]) => ({ id, n: v.n, aged61: v.aged61, mean_age: v.known > 0 ? v.sum_age / v.known : null })));
    return [end, start];
  },
  facts(ctx, f) {
    const groups = inUnitAndSubUnitsOf('ua', f.unitId);
    const atEnd = sql`SELECT ua.ancestor_id AS id, count(*)::INTEGER AS n, count(*) FILTER (WHERE year(${f.to}::DATE) - m.birth_year >= 61)::INTEGER AS aged61,
                avg(year(${f.to}::DATE) - m.birth_year) AS mean_age
         FROM fact_members m JOIN unit_ancestor ua ON ua.unit_id = m.unit_id WHERE ${groups} AND ${membersWhere(f, ctx.dims, f.to)} GROUP BY 1`;
    const atStart = sql`SELECT ua.ancestor_id AS id, count(*)::INTEGER AS n FROM fact_members m JOIN unit_ancestor ua ON ua.unit_id = m.unit_id
         WHERE ${groups} AND ${membersWhere(f, ctx.dims, dayBefore(f.from))} GROUP BY 1`;
    return Promise.all([ctx.engine.query(atEnd.sql, atEnd.params), ctx.engine.query(atStart.sql, atStart.params)]);
  },
});
