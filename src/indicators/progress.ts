import type { Filters } from '../filters/filters';
import { subUnits, type UnitInfo } from '../model/tree';
import { unlessNeedsDetail } from '../query/detail';
import { raw, sql, type SqlPart } from '../vocab/sql';
import type { Ctx } from './context';
import { eventsCover, orFromEvents } from './events';
import { hasCandidates } from './pipeline';
import { inUnitAndSubUnitsOf } from './subtree';
import { loadTargets, yearTarget, type TargetValue } from './target';
import { valueList } from './where';

/** How many previous years the usual pace is learned from (pooled). */
export const PACE_YEARS = 3;

/** The year a period lies inside and the day it has reached: the period's end, or the data's date when that is earlier. */
export interface ProgressDay {
  year: number;
  asOf: string;
}

/**
 * The year and day of a period's progress: none when the period spans more
 * than one year, or the data ends before the year begins (nothing to project from).
 */
export function progressDay(f: Pick<Filters, 'from' | 'to'>, dataDate: string | null): ProgressDay | null {
  const year = Number(f.from.slice(0, 4));
  if (Number(f.to.slice(0, 4)) !== year) return null;
  const asOf = dataDate && dataDate < f.to ? dataDate : f.to;
  return asOf < `${year}-01-01` ? null : { year, asOf };
}

/** One unit's admissions per month: in the year up to the day, and in the previous years pooled. */
export interface Pace {
  /** Admitted in the year, by month (index 0 = January), up to the day. */
  year: number[];
  /** Admitted in the previous years, pooled, by month. */
  before: number[];
  /** Of those, admitted by the same day and month. */
  beforeByDay: number;
}

const emptyPace = (): Pace => ({ year: Array(12).fill(0), before: Array(12).fill(0), beforeByDay: 0 });

type PaceRow = { gid: string; m: number; cur: number; prev: number; prev_by_day: number };

function paces(rows: PaceRow[], ids: readonly string[]): Map<string, Pace> {
  const out = new Map(ids.map((id) => [id, emptyPace()]));
  for (const r of rows) {
    const p = out.get(r.gid);
    if (!p) continue;
    p.year[r.m - 1] += r.cur;
    p.before[r.m - 1] += r.prev;
    p.beforeByDay += r.prev_by_day;
  }
  return out;
}

/**
 * The admissions of a year up to its day and of the previous years, by month,
 * for the unit and its direct sub-units (each on its subtree) in one question
 * on the admission list, as the tiles count them. On a split dataset's summary
 * the day's events answer for the root and the units right below it.
 */
export async function yearPaces(ctx: Ctx, unitId: string, day: ProgressDay, ids: readonly string[]): Promise<Map<string, Pace>> {
  const rows = await orFromEvents(
    () => paceRows(ctx, day, { from: 'fact_admissions a JOIN unit_ancestor g ON g.unit_id = a.unit_id', group: 'g.ancestor_id', date: 'a.admitted_on', weight: '1' }, inUnitAndSubUnitsOf('g', unitId)),
    // the day's events keep every admission's own day: the ones before the year tables' first year are older than any previous year asked
    async () => (eventsCover(ctx, ids) ? paceRows(ctx, day, { from: 'event_tree e', group: 'e.ancestor_id', date: 'e.day', weight: 'e.admitted' }, sql`e.ancestor_id IN (${valueList(ids)})`) : null),
  );
  return paces(rows, ids);
}

/** Where a pace is counted: the rows, their group, their day and how many admissions each row is. */
interface PaceSource {
  from: string;
  group: string;
  date: string;
  weight: string;
}

function paceRows(ctx: Ctx, day: ProgressDay, src: PaceSource, groups: SqlPart): Promise<PaceRow[]> {
  const start = `${day.year}-01-01`;
  const sum = (when: SqlPart) => sql`coalesce(sum(${raw(src.weight)}) FILTER (WHERE ${when}), 0)::INTEGER`;
  const before = sql`${raw(src.date)} < ${start}::DATE`;
  const q = sql`SELECT ${raw(src.group)} AS gid, month(${raw(src.date)})::INTEGER AS m,
       ${sum(sql`${raw(src.date)} >= ${start}::DATE`)} AS cur,
       ${sum(before)} AS prev,
       ${sum(sql`${before} AND strftime(${raw(src.date)}, '%m-%d') <= ${day.asOf.slice(5)}`)} AS prev_by_day
     FROM ${raw(src.from)}
     WHERE ${groups} AND ${raw(src.date)} BETWEEN ${`${day.year - PACE_YEARS}-01-01`}::DATE AND ${day.asOf}::DATE
     GROUP BY ALL`;
  return ctx.engine.query<PaceRow>(q.sql, q.params);
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysIn = (y: number) => (isLeap(y) ? 366 : 365);
/** Day of the year of an ISO date, 1 on 1 January. */
export function dayOfYear(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return (Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86_400_000 + 1;
}
/** The last day of a month (1–12) of a year, as ISO. */
const monthEnd = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);

/** On 31/12 the year is over: the projection is the count itself, and "at risk" means "missed". */
export const yearOver = (d: ProgressDay): boolean => d.asOf === `${d.year}-12-31`;

/** Where a unit stands, in the four words the panel, the slide and the paragraph use. */
export type ProgressState = 'on_course' | 'at_risk' | 'met' | 'missed';

export function progressState(p: Pick<Progress, 'year' | 'asOf' | 'atRisk' | 'remaining'>): ProgressState {
  if (yearOver(p)) return p.atRisk ? 'missed' : 'met';
  return p.atRisk ? 'at_risk' : p.remaining === 0 ? 'met' : 'on_course';
}

/** A unit's progress toward its year's target (see docs/indicators.md, "During the year"). */
export interface Progress {
  year: number;
  /** The day reached: the period's end, or the data's date when earlier. */
  asOf: string;
  target: number;
  targetMax: number | null;
  /** Admitted from 1 January to `asOf`. */
  admitted: number;
  remaining: number;
  /** Between 0 and 1, four decimals. */
  usualShare: number;
  /** Whether the usual share comes from the unit's previous years (else from the days gone by). */
  fromHistory: boolean;
  projected: number;
  atRisk: boolean;
  /** Per month, for the chart: admitted so far (cumulative; null after the day's month), and the usual pace toward the target. */
  monthly: { cumulative: (number | null)[]; pace: number[] };
}

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

/** The progress of a unit from its pace and its year's target (pure: the tests count it by hand). */
export function progressOf(pace: Pace, t: TargetValue, day: ProgressDay): Progress {
  const admitted = pace.year.reduce((s, n) => s + n, 0);
  const beforeTotal = pace.before.reduce((s, n) => s + n, 0);
  const fromHistory = beforeTotal > 0;
  const share = fromHistory ? pace.beforeByDay / beforeTotal : dayOfYear(day.asOf) / daysIn(day.year);
  const projected = share > 0 ? Math.round(admitted / share) : admitted;
  const lastMonth = Number(day.asOf.slice(5, 7));
  let sum = 0;
  let sumBefore = 0;
  const cumulative: (number | null)[] = [];
  const pace12: number[] = [];
  for (let m = 1; m <= 12; m++) {
    sum += pace.year[m - 1];
    sumBefore += pace.before[m - 1];
    cumulative.push(m <= lastMonth ? sum : null);
    const byMonthEnd = fromHistory ? sumBefore / beforeTotal : dayOfYear(monthEnd(day.year, m)) / daysIn(day.year);
    pace12.push(Math.round(t.target * byMonthEnd * 10) / 10);
  }
  return {
    year: day.year,
    asOf: day.asOf,
    target: t.target,
    targetMax: t.targetMax,
    admitted,
    remaining: Math.max(0, t.target - admitted),
    usualShare: round4(share),
    fromHistory,
    projected,
    atRisk: projected < t.target,
    monthly: { cumulative, pace: pace12 },
  };
}

/** A direct sub-unit whose projection falls short of its year's target. */
export interface UnitAtRisk {
  unitId: string;
  name: string;
  target: number;
  admitted: number;
  projected: number;
  /** Candidates of its pipeline who finished the awareness class by the day, neither admitted nor dropped; null without candidates.csv. */
  readyCandidates: number | null;
}

/** The unit's progress toward its year's target and its direct sub-units at risk. */
export interface YearProgress {
  /** The year and the day reached; null when the period is not inside one year. */
  day: ProgressDay | null;
  progress: Progress | null;
  /** How many direct sub-units active on the day have a target for the year. */
  withTarget: number;
  atRisk: UnitAtRisk[];
}

/** Direct sub-units active on the day (a unit dissolved before it has no year to finish). */
function activeSubUnits(ctx: Ctx, unitId: string, asOf: string): UnitInfo[] {
  return subUnits(ctx.loaded.tree, unitId).filter((u) => (!u.activeFrom || u.activeFrom <= asOf) && (!u.activeTo || u.activeTo >= asOf));
}

/** Per sub-unit, the candidates ready by the day (see {@link UnitAtRisk.readyCandidates}), in one question. */
async function readyBySubUnit(ctx: Ctx, unitId: string, asOf: string): Promise<Map<string, number>> {
  const q = sql`SELECT g.ancestor_id AS gid, count(*)::INTEGER AS n
     FROM candidates c JOIN unit_ancestor g ON g.unit_id = c.unit_id
     WHERE ${inUnitAndSubUnitsOf('g', unitId)} AND c.class_completed_on <= ${asOf}::DATE
       AND (c.admitted_on IS NULL OR c.admitted_on > ${asOf}::DATE) AND (c.dropped_on IS NULL OR c.dropped_on > ${asOf}::DATE)
     GROUP BY 1`;
  const rows = await ctx.engine.query<{ gid: string; n: number }>(q.sql, q.params);
  return new Map(rows.map((r) => [r.gid, r.n]));
}

/**
 * Where the unit stands against its year's target, whenever the period lies
 * inside one year: the progress (null when that year has no target for it),
 * and its direct sub-units with a target that are at risk, the furthest
 * behind first. The whole unit's: a target is for all admissions, so the
 * page's cross-filters do not narrow it.
 */
export async function yearProgress(ctx: Ctx, f: Pick<Filters, 'unitId' | 'from' | 'to'>): Promise<YearProgress> {
  const day = progressDay(f, ctx.loaded.dataDate);
  if (!day) return { day, progress: null, withTarget: 0, atRisk: [] };
  const { tree } = ctx.loaded;
  const targets = await loadTargets(ctx.engine, tree);
  const own = yearTarget(tree, targets, f.unitId, day.year);
  const subs = activeSubUnits(ctx, f.unitId, day.asOf)
    .map((u) => ({ u, t: yearTarget(tree, targets, u.id, day.year) }))
    .filter((s): s is { u: UnitInfo; t: TargetValue } => s.t !== null);
  if (!own && subs.length === 0) return { day, progress: null, withTarget: 0, atRisk: [] };
  const ids = [f.unitId, ...subs.map((s) => s.u.id)];
  const byUnit = await yearPaces(ctx, f.unitId, day, ids);
  const progress = own ? progressOf(byUnit.get(f.unitId)!, own, day) : null;
  const behind = subs.map((s) => ({ s, p: progressOf(byUnit.get(s.u.id)!, s.t, day) })).filter((x) => x.p.atRisk);
  // a country's summary has no candidates' rows: the column stays empty there
  const ready = behind.length > 0 && (await hasCandidates(ctx)) ? await unlessNeedsDetail(readyBySubUnit(ctx, f.unitId, day.asOf)) : null;
  const atRisk = behind
    .map(({ s, p }) => ({ unitId: s.u.id, name: s.u.name, target: p.target, admitted: p.admitted, projected: p.projected, readyCandidates: ready ? (ready.get(s.u.id) ?? 0) : null }))
    .sort((a, b) => a.projected / a.target - b.projected / b.target || a.name.localeCompare(b.name, 'vi') || a.unitId.localeCompare(b.unitId));
  return { day, progress, withTarget: subs.length, atRisk };
}
