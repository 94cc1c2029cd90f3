import type { Filters } from '../filters/filters';
import type { Ctx } from './context';
import { round1 } from './context';
import { ethnicGroup, LEFT_REASONS, MEMBER_AGE_BANDS, MEMBER_INDICATORS, religiousGroup } from '../registry';
import { inSubtree, inUnitAndSubUnits, inUnitAndSubUnitsOf } from './subtree';
import { yearChange, yearEndStock, yearEndStockBySubUnit, yearEndStocks } from './member-years';
import { aggregate, type Aggregate } from '../query/coordinator';
import { sql } from '../vocab/sql';
import { twoWays } from './two-ways';
import { and, clausesWhere, membersOnDate, membersWhere } from './where';

/** Đội ngũ đảng viên at a date D (the period's end); ages are year(D) − birth year. */
export interface MemberProfile {
  count: number;
  probationary: number;
  women: number;
  ethnicMinority: number;
  religious: number;
  youth: number;
  aged61Plus: number;
  meanAge: number | null;
}

/**
 * The members of the unit's subtree at D under the clauses, D being `at_date.d`:
 * what the figures at a date count from the facts. Asked as aggregates over
 * the same rows, the profile, the pyramid and the member count of the tiles
 * become one query (see `aggregate` in `src/query/coordinator.ts`).
 */
export function membersAtDate(f: Filters, dims: Ctx['dims'], date: string): Pick<Aggregate, 'from' | 'where'> {
  return { from: sql`fact_members m, (SELECT ${date}::DATE AS d) at_date`, where: membersWhere(f, dims, date) };
}

/** A member's age at D in whole years of birth (see `membersAtDate`). */
const AGE = '(year(at_date.d) - m.birth_year)';

/** The profile at D: from the year-end stock when the table has D and can apply the clauses, else counted over the members. */
const profileAt = twoWays<[Filters, string], MemberProfile>({
  async preaggregated(ctx, f, date) {
    const stock = await yearEndStock(ctx.engine, f, ctx.dims, date);
    return stock && stockProfile(stock);
  },
  facts: profileCounted,
});

export const memberProfile = (ctx: Ctx, f: Filters, date = f.to): Promise<MemberProfile> => profileAt(ctx, f, date);

/** The profile's columns over the members at D (see `membersAtDate`). */
const PROFILE_SELECT: Record<string, string> = {
  n: 'count(*)::INTEGER',
  ...Object.fromEntries(MEMBER_INDICATORS.map((d) => [d.stockColumn, `count(*) FILTER (WHERE ${d.where('m', { age: AGE, date: 'at_date.d' })})::INTEGER`])),
  mean_age: `avg(${AGE})`,
};

function toProfile(r: Record<string, number | null> | undefined): MemberProfile {
  return {
    count: r?.n ?? 0,
    probationary: r?.probationary ?? 0,
    women: r?.women ?? 0,
    ethnicMinority: r?.ethnic ?? 0,
    religious: r?.religious ?? 0,
    youth: r?.youth ?? 0,
    aged61Plus: r?.aged61 ?? 0,
    meanAge: round1(r?.mean_age),
  };
}

/** The profile from a row of year-end stock columns (`STOCK_COLUMNS`). */
const stockProfile = (s: Record<string, number>): MemberProfile => toProfile({ ...s, mean_age: s.known > 0 ? s.sum_age / s.known : null });

async function profileCounted(ctx: Ctx, f: Filters, date: string): Promise<MemberProfile> {
  const [r] = await aggregate<Record<string, number | null>>(ctx.engine, { ...membersAtDate(f, ctx.dims, date), select: PROFILE_SELECT });
  return toProfile(r);
}

/** The profile at D beside the sub-units' (Biểu 3), with the member age bands whatever the sex. */
export interface MemberProfileWithBands extends MemberProfile {
  /** Members per band of `MEMBER_AGE_BANDS`, by key; a member of unknown age is in none. */
  ageBands: Record<string, number>;
}

/** The members at D of the unit and of each of its direct sub-units, grouped as `gid` (see `inUnitAndSubUnitsOf`). */
function membersAtDateBySubUnit(f: Filters, dims: Ctx['dims'], date: string): Pick<Aggregate, 'from' | 'where' | 'groupBy'> {
  return {
    from: sql`fact_members m JOIN unit_ancestor g ON g.unit_id = m.unit_id, (SELECT ${date}::DATE AS d) at_date`,
    // the groups are within the unit's subtree: the date and the clauses are enough
    where: and(inUnitAndSubUnitsOf('g', f.unitId), membersOnDate(f, dims, date)),
    groupBy: { gid: 'g.ancestor_id' },
  };
}

/** The profile at D with the age bands, of each of the given units: from the year-end table when it has D, else counted. */
const profileBySubUnitAt = twoWays<[Filters, readonly string[], string], Map<string, MemberProfileWithBands>>({
  async preaggregated(ctx, f, ids, date) {
    const stock = await yearEndStockBySubUnit(ctx.engine, f, ctx.dims, date, ids);
    // the table's bands are by sex: a member of neither sex would be missing from them
    if (!stock || [...stock.values()].some((s) => s.other_sex > 0)) return null;
    return new Map(
      [...stock].map(([id, s]) => [
        id,
        {
          ...stockProfile(s),
          ageBands: Object.fromEntries(MEMBER_AGE_BANDS.map((b, i) => [b.key, s[`men_${i}`] + s[`women_${i}`]])),
        },
      ]),
    );
  },
  async facts(ctx, f, ids, date) {
    const rows = ids.length
      ? await aggregate<Record<string, number | null> & { gid: string }>(ctx.engine, {
          ...membersAtDateBySubUnit(f, ctx.dims, date),
          select: { ...PROFILE_SELECT, ...Object.fromEntries(MEMBER_AGE_BANDS.map((b, i) => [`band_${i}`, `count(*) FILTER (WHERE ${AGE} BETWEEN ${b.min} AND ${b.max})::INTEGER`])) },
        })
      : [];
    const by = new Map(rows.map((r) => [r.gid, r]));
    return new Map(
      ids.map((id) => {
        const r = by.get(id);
        return [id, { ...toProfile(r), ageBands: Object.fromEntries(MEMBER_AGE_BANDS.map((b, i) => [b.key, r?.[`band_${i}`] ?? 0])) }];
      }),
    );
  },
});

/**
 * `memberProfile` and the age bands of each of the given units (`f.unitId`
 * or its direct sub-units, each with its subtree) at D, in one grouped query.
 */
export const memberProfileBySubUnit = (ctx: Ctx, f: Filters, ids: readonly string[], date = f.to): Promise<Map<string, MemberProfileWithBands>> =>
  profileBySubUnitAt(ctx, f, ids, date);

type PyramidRow = { band: string; men: number; women: number };

/** Age pyramid at D: members per age band (Biểu 3) and sex. */
const pyramidAt = twoWays<[Filters, string], PyramidRow[]>({
  async preaggregated(ctx, f, date) {
    const stock = await yearEndStock(ctx.engine, f, ctx.dims, date);
    return stock && MEMBER_AGE_BANDS.map((b, i) => ({ band: b.key, men: stock[`men_${i}`], women: stock[`women_${i}`] }));
  },
  facts: pyramidCounted,
});

export const memberPyramid = (ctx: Ctx, f: Filters, date = f.to): Promise<PyramidRow[]> => pyramidAt(ctx, f, date);

async function pyramidCounted(ctx: Ctx, f: Filters, date: string): Promise<PyramidRow[]> {
  // one column per band and sex, so that the pyramid shares the profile's query
  const inBand = (b: (typeof MEMBER_AGE_BANDS)[number], sex: string) => `count(*) FILTER (WHERE m.sex = '${sex}' AND ${AGE} BETWEEN ${b.min} AND ${b.max})::INTEGER`;
  const [r] = await aggregate<Record<string, number>>(ctx.engine, {
    ...membersAtDate(f, ctx.dims, date),
    select: Object.fromEntries(MEMBER_AGE_BANDS.flatMap((b, i) => [[`men_${i}`, inBand(b, 'nam')], [`women_${i}`, inBand(b, 'nu')]])),
  });
  return MEMBER_AGE_BANDS.map((b, i) => ({ band: b.key, men: r[`men_${i}`] ?? 0, women: r[`women_${i}`] ?? 0 }));
}

export interface MemberYear {
  year: number;
  count: number;
  mean_age: number | null;
  aged61: number;
  women: number;
  youth: number;
  ethnic: number;
  religious: number;
}

/**
 * Members at the end of each year from `fromYear` to `toYear`: count, mean age,
 * aged 61+, women, youth, minorities, religious. A member is there at the end
 * of year Y when admitted in Y or before and not left by 31/12 of Y, i.e. for
 * Y in [year admitted, year left); an age group holds them for a shorter span.
 * Each span becomes a +1 and a −1 event and the years are running sums: a few
 * hundred rows, where joining every year to every member would be millions.
 */
export const memberTrend = twoWays<[Filters, number, number], MemberYear[]>({
  async preaggregated(ctx, f, fromYear, toYear) {
    const stocks = await yearEndStocks(ctx.engine, f, ctx.dims, fromYear, toYear);
    if (!stocks) return null;
    return [...stocks].map(([year, s]) => ({
      year,
      count: s.n,
      mean_age: s.known > 0 ? round1(s.sum_age / s.known) : null,
      aged61: s.aged61,
      women: s.women,
      youth: s.youth,
      ethnic: s.ethnic,
      religious: s.religious,
    }));
  },
  facts: trendCounted,
});

/** The trend from the span events of the (filtered) members themselves. */
async function trendCounted(ctx: Ctx, f: Filters, fromYear: number, toYear: number): Promise<MemberYear[]> {
  const c = clausesWhere('members', f.clauses, ctx.dims, 'm');
  const rows = await ctx.engine.query<{ year: number; k: string; v: number }>(
    `SELECT years.y::INTEGER AS year, ev.k, sum(ev.d) AS v
     FROM range(?::INTEGER, ?::INTEGER + 1) years(y)
     JOIN (${memberEventsSql(`SELECT * FROM fact_members m WHERE ${inSubtree('m')} AND ${c.sql}`)}) ev ON ev.y <= years.y
     GROUP BY 1, 2`,
    [fromYear, toYear, f.unitId, ...c.params],
  );
  const out: MemberYear[] = [];
  for (let y = fromYear; y <= toYear; y++) {
    const v = (k: string) => rows.find((r) => r.year === y && r.k === k)?.v ?? 0;
    const known = v('known');
    out.push({
      year: y,
      count: v('n'),
      mean_age: known > 0 ? round1(y - v('sum_b') / known) : null,
      aged61: v('aged61'),
      women: v('women'),
      youth: v('youth'),
      ethnic: v('ethnic'),
      religious: v('religious'),
    });
  }
  return out;
}

/**
 * The span events of members: +w in the first year-end a member (of a group)
 * is counted, −w in the first one they are not. `source` is a query over
 * `fact_members` aliased `m`.
 */
export function memberEventsSql(source: string): string {
  return `WITH m AS MATERIALIZED (
       SELECT year(m.admitted_on) AS ya, coalesce(year(m.left_on), 100000) AS yl, m.birth_year AS b,
              m.sex = 'nu' AS is_w, ${ethnicGroup('m')} = 'dtts' AS is_e, ${religiousGroup('m')} = 'co' AS is_r
       FROM (${source}) m),
     spans AS (
       SELECT 'n' AS k, ya AS s, yl AS e, 1 AS w FROM m
       UNION ALL SELECT 'women', ya, yl, 1 FROM m WHERE is_w
       UNION ALL SELECT 'ethnic', ya, yl, 1 FROM m WHERE is_e
       UNION ALL SELECT 'religious', ya, yl, 1 FROM m WHERE is_r
       UNION ALL SELECT 'aged61', greatest(ya, b + 61), yl, 1 FROM m WHERE b IS NOT NULL
       UNION ALL SELECT 'youth', greatest(ya, b + 18), least(yl, b + 31), 1 FROM m WHERE b IS NOT NULL
       UNION ALL SELECT 'known', ya, yl, 1 FROM m WHERE b IS NOT NULL
       UNION ALL SELECT 'sum_b', ya, yl, b FROM m WHERE b IS NOT NULL)
     SELECT k, y, sum(d)::DOUBLE AS d FROM (
       SELECT k, s AS y, w AS d FROM spans WHERE s < e
       UNION ALL SELECT k, e AS y, -w AS d FROM spans WHERE s < e) GROUP BY k, y`;
}


/** Biểu 1: members at the start, admitted, left by reason, members at the end. `start` is the day before `from`. */
export interface MemberChange {
  from: string;
  to: string;
  start: number;
  admitted: number;
  left: Record<(typeof LEFT_REASONS)[number] | 'unknown', number>;
  leftTotal: number;
  end: number;
}

function changeColumns(): string {
  return `count(*) FILTER (WHERE m.admitted_on < ?::DATE AND (m.left_on IS NULL OR m.left_on >= ?::DATE))::INTEGER AS start,
       count(*) FILTER (WHERE m.admitted_on BETWEEN ?::DATE AND ?::DATE)::INTEGER AS admitted,
       ${LEFT_REASONS.map((reason) => `count(*) FILTER (WHERE m.left_on BETWEEN ?::DATE AND ?::DATE AND m.left_reason = '${reason}')::INTEGER AS "l_${reason}"`).join(',\n       ')},
       count(*) FILTER (WHERE m.left_on BETWEEN ?::DATE AND ?::DATE AND m.left_reason IS NULL)::INTEGER AS l_unknown,
       count(*) FILTER (WHERE m.admitted_on <= ?::DATE AND (m.left_on IS NULL OR m.left_on > ?::DATE))::INTEGER AS "end"`;
}

const changeParams = (f: Filters) => [f.from, f.from, f.from, f.to, ...LEFT_REASONS.flatMap(() => [f.from, f.to]), f.from, f.to, f.to, f.to];

function toChange(f: Filters, r: Record<string, number> | undefined): MemberChange {
  const v = (k: string) => r?.[k] ?? 0;
  const left = Object.fromEntries([...LEFT_REASONS, 'unknown'].map((k) => [k, v(`l_${k}`)])) as MemberChange['left'];
  return { from: f.from, to: f.to, start: v('start'), admitted: v('admitted'), left, leftTotal: Object.values(left).reduce((s, n) => s + n, 0), end: v('end') };
}

/** Biểu 1 of the unit: from the year tables for whole calendar years, else counted over the members (any period, any filter). */
export const memberChange = twoWays<[Filters], MemberChange>({
  async preaggregated(ctx, f) {
    const years = await yearChange(ctx.engine, f, ctx.dims);
    return years && toChange(f, years.get(f.unitId));
  },
  facts: changeCounted,
});

async function changeCounted(ctx: Ctx, f: Filters): Promise<MemberChange> {
  const c = clausesWhere('members', f.clauses, ctx.dims, 'm');
  const [r] = await ctx.engine.query<Record<string, number>>(
    `SELECT ${changeColumns()} FROM fact_members m WHERE ${inSubtree('m')} AND ${c.sql}`,
    [...changeParams(f), f.unitId, ...c.params],
  );
  return toChange(f, r);
}

/** `memberChange` for each of the given sub-units (`f.unitId` or its direct sub-units), in one grouped query. */
export const memberChangeBySubUnit = twoWays<[Filters, readonly string[]], Map<string, MemberChange>>({
  async preaggregated(ctx, f, ids) {
    const years = await yearChange(ctx.engine, f, ctx.dims, ids);
    return years && new Map(ids.map((id) => [id, toChange(f, years.get(id))]));
  },
  facts: changeBySubUnitCounted,
});

async function changeBySubUnitCounted(ctx: Ctx, f: Filters, ids: readonly string[]): Promise<Map<string, MemberChange>> {
  const c = clausesWhere('members', f.clauses, ctx.dims, 'm');
  const rows = ids.length
    ? await ctx.engine.query<Record<string, number> & { gid: string }>(
        `SELECT g.ancestor_id AS gid, ${changeColumns()} FROM fact_members m JOIN unit_ancestor g ON g.unit_id = m.unit_id
         WHERE ${inUnitAndSubUnits('g')} AND ${c.sql} GROUP BY 1`,
        [...changeParams(f), f.unitId, ...c.params],
      )
    : [];
  const by = new Map(rows.map((r) => [r.gid, r]));
  return new Map(ids.map((id) => [id, toChange(f, by.get(id))]));
}
