import { isNeedsDetail } from '../query/detail';
import { sql } from '../vocab/sql';
import type { Ctx } from './context';
import type { Filters } from '../filters/filters';
import { valueList } from './where';

/**
 * The sex clause as a condition on `event_tree` rows aliased `e`; null when
 * another clause narrows the rows (the table keeps only the day and sex), or
 * when the unit has no rows there (only the root and the units right below it do).
 */
function eventWhere(ctx: Ctx, f: Filters) {
  if (!eventsCover(ctx, [f.unitId])) return null;
  const narrowing = f.clauses.filter((c) => c.values.length > 0);
  if (narrowing.some((c) => c.dim !== 'sex')) return null;
  const sexes = narrowing.flatMap((c) => c.values);
  return narrowing.length ? sql`e.ancestor_id = ${f.unitId} AND e.sex IN (${valueList(sexes)})` : sql`e.ancestor_id = ${f.unitId}`;
}

/** Whether `event_tree` has rows for every unit of `ids`: on a split dataset, the root and the units right below it. */
export function eventsCover(ctx: Ctx, ids: readonly string[]): boolean {
  const parts = ctx.loaded.parts;
  return !!parts && ids.every((id) => parts.depth(id) <= 1);
}

/**
 * Members at `date` from the day's events of the root or a top-level unit;
 * null when the events cannot tell (see {@link eventWhere}), or for a date
 * before the first year of the year tables (earlier events are dated on its first day).
 */
export async function membersAtFromEvents(ctx: Ctx, f: Filters, date: string): Promise<number | null> {
  const w = eventWhere(ctx, f);
  if (!w) return null;
  const q = sql`SELECT CASE WHEN ${date}::DATE < make_date(r.lo::INTEGER, 1, 1) THEN NULL
                       ELSE (SELECT coalesce(sum(e.joined - e.gone), 0) FROM event_tree e WHERE ${w} AND e.day <= ${date}::DATE) END::INTEGER AS n
                FROM member_year_range r`;
  const [row] = await ctx.engine.query<{ n: number | null }>(q.sql, q.params);
  return row.n;
}

/** Admissions of the period from the day's events of the root or a top-level unit; null when the events cannot tell. */
export async function admissionsFromEvents(ctx: Ctx, f: Filters): Promise<number | null> {
  const w = eventWhere(ctx, f);
  if (!w) return null;
  const q = sql`SELECT coalesce(sum(e.admitted), 0)::INTEGER AS n FROM event_tree e WHERE ${w} AND e.day BETWEEN ${f.from}::DATE AND ${f.to}::DATE`;
  const [row] = await ctx.engine.query<{ n: number }>(q.sql, q.params);
  return row.n;
}

/** `ask`'s answer; when its rows are not attached (a split dataset's summary), the events' answer if they can give one. */
export async function orFromEvents<R>(ask: () => Promise<R>, events: () => Promise<R | null>): Promise<R> {
  try {
    return await ask();
  } catch (e) {
    if (!isNeedsDetail(e)) throw e;
    const r = await events();
    if (r === null) throw e;
    return r;
  }
}
