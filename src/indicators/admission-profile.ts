import type { Filters } from '../filters/filters';
import { wholeYearPeriod } from '../filters/period';
import { ADMISSION_AGE_BANDS, ADMISSION_FLAGS, ADMISSION_YEAR_BREAKDOWNS, ageBandColumn, codeColumnNames, flagColumn, knownAdmissionAge } from '../registry';
import type { Ctx } from './context';
import { round1 } from './context';
import { tableSpan } from './member-years';
import { inSubtree, inUnitAndSubUnits } from './subtree';
import { twoWays } from './two-ways';
import { admissionsInPeriod, admissionsWhere, boundRow, clausesWhere, rollupWhere } from './where';

export interface AdmissionProfile {
  count: number;
  flags: Record<string, number>;
  /** Tuổi bình quân khi kết nạp, one decimal; none without a known age. */
  meanAge: number | null;
  ageBands: Record<string, number>;
}

/** The flag counts over `fact_admissions` rows aliased `a` (its marks summed). */
export function flagSums(a: string): string {
  return ADMISSION_FLAGS.map((f) => `coalesce(sum(${a}."${flagColumn(f.id)}"), 0)::INTEGER AS "f_${f.id}"`).join(', ');
}

/** The select list shared by the total, the per-year and the per-sub-unit profile. */
function profileColumns(a: string): string {
  return [
    'count(*)::INTEGER AS n',
    flagSums(a),
    `avg(${a}.x_age) FILTER (WHERE ${knownAdmissionAge(a)}) AS mean_age`,
    ...ADMISSION_AGE_BANDS.map((b, i) => `coalesce(sum(${a}."${ageBandColumn(i)}"), 0)::INTEGER AS "b_${b.key}"`),
  ].join(',\n  ');
}

function toProfile(r: Record<string, unknown>): AdmissionProfile {
  return {
    count: (r.n as number) ?? 0,
    flags: Object.fromEntries(ADMISSION_FLAGS.map((f) => [f.id, (r[`f_${f.id}`] as number) ?? 0])),
    meanAge: round1(r.mean_age as number | null),
    ageBands: Object.fromEntries(ADMISSION_AGE_BANDS.map((b) => [b.key, (r[`b_${b.key}`] as number) ?? 0])),
  };
}

/**
 * Who was admitted in the period: counts of each kind, the Biểu 2 age bands
 * and the mean age. Added up from the unit's years for whole calendar years,
 * else asked of the admissions of the period themselves.
 */
export const admissionProfile = twoWays<[Filters], AdmissionProfile>({
  async preaggregated(ctx, f) {
    const years = await wholeYears(ctx, f);
    return years && toProfile(addUp(years));
  },
  async facts(ctx, f) {
    const w = admissionsWhere(f, ctx.dims);
    const [row] = await ctx.engine.query(`SELECT ${profileColumns('a')} FROM fact_admissions a WHERE ${w.sql}`, w.params);
    return toProfile(row);
  },
});

/** The same profile for each calendar year of the period that has admissions. */
export const admissionProfileByYear = twoWays<[Filters], (AdmissionProfile & { year: number })[]>({
  async preaggregated(ctx, f) {
    const years = await wholeYears(ctx, f);
    return years && years.map((r) => ({ year: r.year as number, ...toProfile(r) }));
  },
  async facts(ctx, f) {
    const w = admissionsWhere(f, ctx.dims);
    const rows = await ctx.engine.query(
      `SELECT a.x_year AS year, ${profileColumns('a')} FROM fact_admissions a WHERE ${w.sql} GROUP BY a.x_year ORDER BY a.x_year`,
      w.params,
    );
    return rows.map((r) => ({ year: r.year as number, ...toProfile(r) }));
  },
});

/** The profile's columns (and the sum and number of known ages) over `admission_year_tree` rows aliased `t`. */
function yearTreeProfileColumns(t: string): string {
  const sum = (k: string, as: string) => `coalesce(sum(${t}."${k}"), 0)::INTEGER AS "${as}"`;
  return [
    `coalesce(sum(${t}.n), 0)::INTEGER AS n`,
    ...ADMISSION_FLAGS.map((x) => sum(flagColumn(x.id), `f_${x.id}`)),
    `sum(${t}.age_sum) / nullif(sum(${t}.age_known), 0) AS mean_age`,
    ...ADMISSION_AGE_BANDS.map((b, i) => sum(ageBandColumn(i), `b_${b.key}`)),
    `coalesce(sum(${t}.age_sum), 0)::BIGINT AS age_sum`,
    `coalesce(sum(${t}.age_known), 0)::INTEGER AS age_known`,
  ].join(', ');
}

/**
 * The profile and Biểu 2's breakdowns of the unit and of each of its direct
 * sub-units (`gid`, see {@link inUnitAndSubUnits}) from the rolled-up years,
 * when the period is whole calendar years (the last may end on or after the
 * data's last event: the year to date) and they can apply the clauses; else
 * null. One question, which the profile and the breakdowns share. With
 * `countsOnly`, only the number admitted (`n`) and the marks (`f_<mark>`),
 * what the Đơn vị table shows: a question of 12 columns instead of 56, which
 * the engine plans and runs sooner.
 */
export async function profileRowsBySubUnitFromYears(ctx: Ctx, f: Filters, countsOnly = false): Promise<Record<string, unknown>[] | null> {
  const t = rollupWhere('admissions', f.clauses, ctx.dims, 't');
  if (!t || !wholeYearPeriod(f, (await tableSpan(ctx)).lastEvent)) return null;
  const breakdowns = codeColumnNames(ADMISSION_YEAR_BREAKDOWNS).map((k) => `coalesce(sum(t."${k}"), 0)::INTEGER AS "${k}"`);
  const columns = countsOnly ? `coalesce(sum(t.n), 0)::INTEGER AS n, ${flagSums('t')}` : `${yearTreeProfileColumns('t')}, ${breakdowns.join(', ')}`;
  const head = boundRow([['unit', '?::VARCHAR', f.unitId], ['y_first', '?::DOUBLE', Number(f.from.slice(0, 4))], ['y_last', '?::DOUBLE', Number(f.to.slice(0, 4))], ...t.slots], true);
  return ctx.engine.query(
    `${head.sql}
     SELECT t.ancestor_id AS gid, ${columns} FROM admission_year_tree t JOIN unit_groups ON unit_groups.unit_id = t.ancestor_id, asked
     WHERE t.year BETWEEN asked.y_first AND asked.y_last AND ${t.sql} GROUP BY 1`,
    head.params,
  );
}

/**
 * The profile of every calendar year of the unit's admissions under the
 * clauses, with the last date any event of the data carries: one question
 * per unit and clauses, from which the tiles, the narrative, the years chart
 * and the composition trend of any whole-year period are added up. Read from
 * the rolled-up years when they can apply the clauses, else from the admissions.
 */
async function admissionYears(ctx: Pick<Ctx, 'engine' | 'dims'>, f: Filters): Promise<{ lastEvent: string | null; years: Record<string, unknown>[] }> {
  const t = rollupWhere('admissions', f.clauses, ctx.dims, 't');
  const c = clausesWhere('admissions', f.clauses, ctx.dims, 'a');
  // the rolled-up years are small: planning took longer than the run, so their values are bound in `asked`
  const head = t ? boundRow([['unit', '?::VARCHAR', f.unitId], ...t.slots]) : null;
  const years = t
    ? `SELECT t.year, ${yearTreeProfileColumns('t')} FROM admission_year_tree t, asked WHERE t.ancestor_id = asked.unit AND ${t.sql} GROUP BY 1`
    : `SELECT a.x_year::INTEGER AS year, ${profileColumns('a')},
              coalesce(sum(a.x_age) FILTER (WHERE ${knownAdmissionAge('a')}), 0)::BIGINT AS age_sum,
              count(a.x_age) FILTER (WHERE ${knownAdmissionAge('a')})::INTEGER AS age_known
       FROM fact_admissions a WHERE ${inSubtree('a')} AND ${c.sql} GROUP BY 1`;
  const rows = await ctx.engine.query(
    `${head?.sql ?? ''}
     SELECT strftime(r.last_event, '%Y-%m-%d') AS last_event, s.* FROM member_year_range r LEFT JOIN (${years}) s ON TRUE ORDER BY s.year`,
    head ? head.params : [f.unitId, ...c.params],
  );
  return { lastEvent: (rows[0]?.last_event as string | null) ?? null, years: rows.filter((r) => r.year !== null) };
}

/**
 * The rows of the years of the period when it is made of whole calendar
 * years (the last may end on or after the data's last event: the year to
 * date); else null. Only a period starting on 01/01 asks.
 */
async function wholeYears(ctx: Pick<Ctx, 'engine' | 'dims'>, f: Filters): Promise<Record<string, unknown>[] | null> {
  if (!f.from.endsWith('-01-01')) return null;
  const { lastEvent, years } = await admissionYears(ctx, f);
  if (!wholeYearPeriod(f, lastEvent)) return null;
  const [y1, y2] = [Number(f.from.slice(0, 4)), Number(f.to.slice(0, 4))];
  return years.filter((r) => (r.year as number) >= y1 && (r.year as number) <= y2);
}

/** Years added up into one row of the profile's columns. */
function addUp(years: Record<string, unknown>[]): Record<string, unknown> {
  const out: Record<string, number> = {};
  for (const r of years) for (const [k, v] of Object.entries(r)) if (typeof v === 'number' && k !== 'year' && k !== 'mean_age') out[k] = (out[k] ?? 0) + v;
  const known = out.age_known ?? 0;
  return { ...out, n: out.n ?? 0, mean_age: known > 0 ? out.age_sum / known : null };
}

const EMPTY_ROW: Record<string, unknown> = { n: 0, mean_age: null };

/**
 * The profile of each of the given sub-units (each with its subtree) in one
 * grouped query: for the forms and tables that put sub-units side by side.
 * `ids` are `f.unitId` or its direct sub-units (see {@link inUnitAndSubUnits}).
 */
export async function admissionProfileBySubUnit(ctx: Ctx, f: Filters, ids: readonly string[]): Promise<Map<string, AdmissionProfile>> {
  const rows = ids.length ? await profileRowsBySubUnit(ctx, f) : [];
  const by = new Map(rows.map((r) => [r.gid as string, r]));
  return new Map(ids.map((id) => [id, toProfile(by.get(id) ?? EMPTY_ROW)]));
}

/** The profile's rows of the unit and its direct sub-units (`gid`): from the rolled-up years when they can answer, else from the admissions. */
const profileRowsBySubUnit = twoWays<[Filters], Record<string, unknown>[]>({
  preaggregated: (ctx, f) => profileRowsBySubUnitFromYears(ctx, f),
  facts(ctx, f) {
    // the groups are within the unit's subtree: the period and the clauses are enough
    const w = admissionsInPeriod(f, ctx.dims);
    return ctx.engine.query(
      `SELECT g.ancestor_id AS gid, ${profileColumns('a')} FROM fact_admissions a JOIN unit_ancestor g ON g.unit_id = a.unit_id
       WHERE ${inUnitAndSubUnits('g')} AND ${w.sql} GROUP BY 1`,
      [f.unitId, ...w.params],
    );
  },
});
