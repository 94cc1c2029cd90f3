import type { Filters } from '../filters/filters';
import { wholeYearPeriod } from '../filters/period';
import { codeColumnNames, codeCountColumns } from './code-columns';
import type { Ctx } from './context';
import { round1 } from './context';
import { ADMISSION_AGE_BANDS, ethnicGroup, religiousGroup } from './dimensions';
import type { IndicatorDef } from './types';
import { tableSpan } from './member-years';
import { inSubtree, inUnitAndSubUnits } from './subtree';
import { admissionsInPeriod, admissionsWhere, boundRow, clausesWhere, rollupWhere } from './where';

/** A count of admissions of one kind: its label, its meaning, and its SQL condition on a `fact_admissions` row. */
export interface FlagDef extends IndicatorDef {
  where: (alias: string) => string;
}

const flag = (id: string, vi: string, en: string, defVi: string, defEn: string, where: (a: string) => string): FlagDef => ({
  id,
  label: { vi, en },
  definition: { vi: defVi, en: defEn },
  format: 'count',
  where,
});

/** The kinds of admissions the reports count (Biểu 2 and the provincial reports), each once. */
export const ADMISSION_FLAGS: FlagDef[] = [
  flag('youth', 'Đảng viên trẻ (18–30 tuổi)', 'Youth (18–30)', 'Tuổi khi kết nạp từ 18 đến 30.', 'Age at admission 18 to 30.', (a) => `${a}.x_age BETWEEN 18 AND 30`),
  flag('women', 'Nữ', 'Women', 'Giới tính nữ.', 'Sex: female.', (a) => `${a}.sex = 'nu'`),
  flag('ethnic_minority', 'Dân tộc thiểu số', 'Ethnic minority', 'Có ghi dân tộc và không phải dân tộc Kinh.', 'Ethnicity given and not Kinh.', (a) => `${ethnicGroup(a)} = 'dtts'`),
  flag('religious', 'Có đạo', 'Religious', 'Có ghi tôn giáo và không phải "Không".', 'Religion given and not "None".', (a) => `${religiousGroup(a)} = 'co'`),
  flag(
    'private_enterprise',
    'Trong doanh nghiệp ngoài khu vực nhà nước',
    'In non-state enterprises',
    'Chi bộ kết nạp thuộc loại doanh nghiệp ngoài nhà nước.',
    'The admitting cell is a non-state enterprise cell.',
    (a) => `${a}.x_cell_type = 'doanh_nghiep_ngoai_nha_nuoc'`,
  ),
  flag('high_school', 'Học sinh THPT', 'High-school pupils', 'Nghề nghiệp khi kết nạp: học sinh.', 'Occupation at admission: pupil.', (a) => `${a}.occupation = 'hoc_sinh'`),
  flag('university_student', 'Sinh viên', 'University students', 'Nghề nghiệp khi kết nạp: sinh viên.', 'Occupation at admission: student.', (a) => `${a}.occupation = 'sinh_vien'`),
  flag('business_owner', 'Chủ doanh nghiệp tư nhân', 'Private business owners', 'Nghề nghiệp khi kết nạp: chủ doanh nghiệp.', 'Occupation at admission: business owner.', (a) => `${a}.occupation = 'chu_doanh_nghiep'`),
  flag('youth_union', 'Đoàn viên', 'Youth-union members', 'Là đoàn viên khi kết nạp.', 'A youth-union member at admission.', (a) => `${a}.youth_union`),
  flag('readmission', 'Kết nạp lại', 'Re-admissions', 'Kết nạp lại vào Đảng.', 'Re-admitted to the party.', (a) => `${a}.readmission`),
];

export type FlagId = (typeof ADMISSION_FLAGS)[number]['id'];

export interface AdmissionProfile {
  count: number;
  flags: Record<string, number>;
  /** Tuổi bình quân khi kết nạp, one decimal; none without a known age. */
  meanAge: number | null;
  ageBands: Record<string, number>;
}

/**
 * Each flag and each age band of an admission as a 0/1 column, computed once
 * when `fact_admissions` is built (`alias` is the admission with its `x_`
 * columns): a profile then sums small integers instead of testing every
 * condition on every row at every filter change.
 */
export function admissionMarkColumns(alias: string): string {
  return [
    ...ADMISSION_FLAGS.map((f) => `coalesce((${f.where(alias)})::UTINYINT, 0) AS "k_${f.id}"`),
    ...ADMISSION_AGE_BANDS.map((b, i) => `coalesce((${alias}.x_age BETWEEN ${b.min} AND ${b.max})::UTINYINT, 0) AS "kb_${i}"`),
  ].join(', ');
}

/** The flag counts over `fact_admissions` rows aliased `a` (its marks summed). */
export function flagSums(a: string): string {
  return ADMISSION_FLAGS.map((f) => `coalesce(sum(${a}."k_${f.id}"), 0)::INTEGER AS "f_${f.id}"`).join(', ');
}

/** The select list shared by the total, the per-year and the per-sub-unit profile. */
function profileColumns(a: string): string {
  return [
    'count(*)::INTEGER AS n',
    flagSums(a),
    `avg(${a}.x_age) FILTER (WHERE ${a}.x_age BETWEEN 15 AND 100) AS mean_age`,
    ...ADMISSION_AGE_BANDS.map((b, i) => `coalesce(sum(${a}."kb_${i}"), 0)::INTEGER AS "b_${b.key}"`),
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

/** Who was admitted in the period: counts of each kind, the Biểu 2 age bands and the mean age. */
export async function admissionProfile(ctx: Pick<Ctx, 'engine' | 'dims'>, f: Filters): Promise<AdmissionProfile> {
  const years = await wholeYears(ctx, f);
  if (years) return toProfile(addUp(years));
  return admissionProfileQueried(ctx, f);
}

/** `admissionProfile` asked of the admissions of the period themselves (the way for other periods). */
export async function admissionProfileQueried(ctx: Pick<Ctx, 'engine' | 'dims'>, f: Filters): Promise<AdmissionProfile> {
  const w = admissionsWhere(f, ctx.dims);
  const [row] = await ctx.engine.query(`SELECT ${profileColumns('a')} FROM fact_admissions a WHERE ${w.sql}`, w.params);
  return toProfile(row);
}

/** The same profile for each calendar year of the period that has admissions. */
export async function admissionProfileByYear(ctx: Pick<Ctx, 'engine' | 'dims'>, f: Filters): Promise<(AdmissionProfile & { year: number })[]> {
  const years = await wholeYears(ctx, f);
  if (years) return years.map((r) => ({ year: r.year as number, ...toProfile(r) }));
  return admissionProfileByYearQueried(ctx, f);
}

/** `admissionProfileByYear` asked of the admissions of the period themselves. */
export async function admissionProfileByYearQueried(ctx: Pick<Ctx, 'engine' | 'dims'>, f: Filters): Promise<(AdmissionProfile & { year: number })[]> {
  const w = admissionsWhere(f, ctx.dims);
  const rows = await ctx.engine.query(
    `SELECT a.x_year AS year, ${profileColumns('a')} FROM fact_admissions a WHERE ${w.sql} GROUP BY a.x_year ORDER BY a.x_year`,
    w.params,
  );
  return rows.map((r) => ({ year: r.year as number, ...toProfile(r) }));
}

/** A year's row also carries the sum and the number of the known ages, so that years add up to a mean. */
const KNOWN_AGE = (a: string) => `${a}.x_age BETWEEN 15 AND 100`;

/** The breakdowns of Biểu 2 that `admission_year_tree` also holds, as columns (see `code-columns.ts`). */
export const ADMISSION_YEAR_BREAKDOWNS = ['occupation', 'education', 'qualification'] as const;

/**
 * Built once per dataset, after `fact_admissions` and `unit_ancestor`: the
 * admissions of every unit's subtree per calendar year, sex and admitting
 * cell's type, with their marks summed, the sum and number of the known
 * ages and Biểu 2's breakdowns. A unit's years are then a few rows, however
 * large its subtree.
 */
export async function createAdmissionYears(engine: Ctx['engine'], schema: string): Promise<void> {
  await engine.exec(
    `CREATE TABLE ${schema}.admission_year_tree AS
     SELECT g.ancestor_id, a.x_year::INTEGER AS year, a.sex, a.x_cell_type AS cell_type, count(*)::INTEGER AS n,
            ${[...ADMISSION_FLAGS.map((f) => `k_${f.id}`), ...ADMISSION_AGE_BANDS.map((_, i) => `kb_${i}`)].map((k) => `sum(a."${k}")::INTEGER AS "${k}"`).join(', ')},
            coalesce(sum(a.x_age) FILTER (WHERE ${KNOWN_AGE('a')}), 0)::BIGINT AS age_sum,
            count(a.x_age) FILTER (WHERE ${KNOWN_AGE('a')})::INTEGER AS age_known,
            ${codeCountColumns('a', ADMISSION_YEAR_BREAKDOWNS).map(([k, e]) => `${e}::INTEGER AS "${k}"`).join(', ')}
     FROM ${schema}.fact_admissions a JOIN ${schema}.unit_ancestor g ON g.unit_id = a.unit_id
     GROUP BY 1, 2, 3, 4 ORDER BY 1, 2`,
  );
}

/** The profile's columns (and the sum and number of known ages) over `admission_year_tree` rows aliased `t`. */
function yearTreeProfileColumns(t: string): string {
  const sum = (k: string, as: string) => `coalesce(sum(${t}."${k}"), 0)::INTEGER AS "${as}"`;
  return [
    `coalesce(sum(${t}.n), 0)::INTEGER AS n`,
    ...ADMISSION_FLAGS.map((x) => sum(`k_${x.id}`, `f_${x.id}`)),
    `sum(${t}.age_sum) / nullif(sum(${t}.age_known), 0) AS mean_age`,
    ...ADMISSION_AGE_BANDS.map((b, i) => sum(`kb_${i}`, `b_${b.key}`)),
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
     SELECT t.ancestor_id AS gid, ${columns} FROM admission_year_tree t JOIN g ON g.unit_id = t.ancestor_id, v
     WHERE t.year BETWEEN v.y_first AND v.y_last AND ${t.sql} GROUP BY 1`,
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
  // the rolled-up years are small: planning took longer than the run, so their values are bound in `v`
  const head = t ? boundRow([['unit', '?::VARCHAR', f.unitId], ...t.slots]) : null;
  const years = t
    ? `SELECT t.year, ${yearTreeProfileColumns('t')} FROM admission_year_tree t, v WHERE t.ancestor_id = v.unit AND ${t.sql} GROUP BY 1`
    : `SELECT a.x_year::INTEGER AS year, ${profileColumns('a')},
              coalesce(sum(a.x_age) FILTER (WHERE ${KNOWN_AGE('a')}), 0)::BIGINT AS age_sum,
              count(a.x_age) FILTER (WHERE ${KNOWN_AGE('a')})::INTEGER AS age_known
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
  // the groups are within the unit's subtree: the period and the clauses are enough
  const w = admissionsInPeriod(f, ctx.dims);
  const rows = !ids.length
    ? []
    : ((await profileRowsBySubUnitFromYears(ctx, f)) ??
      (await ctx.engine.query(
        `SELECT g.ancestor_id AS gid, ${profileColumns('a')} FROM fact_admissions a JOIN unit_ancestor g ON g.unit_id = a.unit_id
         WHERE ${inUnitAndSubUnits('g')} AND ${w.sql} GROUP BY 1`,
        [f.unitId, ...w.params],
      )));
  const by = new Map(rows.map((r) => [r.gid as string, r]));
  return new Map(ids.map((id) => [id, toProfile(by.get(id) ?? EMPTY_ROW)]));
}
