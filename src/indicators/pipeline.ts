import type { Filters } from '../filters/filters';
import { wholeYearPeriod } from '../filters/period';
import type { Ctx } from './context';
import { oncePerDataset } from './once';
import { raw, sql } from '../vocab/sql';
import { inSubtreeOf } from './subtree';
import { twoWays } from './two-ways';

export interface Pipeline {
  listed: number;
  classCompleted: number;
  admitted: number;
  dropped: number;
  dropReasons: { reason: string | null; count: number }[];
  inPipelineAtEnd: number;
}

type PipelineRow = Record<string, number> & { total: number; reason: string | null };

/**
 * Events of the source pipeline dated in the period, at the unit and below
 * (candidates.csv). For whole calendar years (the year to date included when
 * no candidate event is later) from the years rolled up the unit tree, else
 * from the candidates themselves.
 */
export const pipeline = twoWays<[Filters], Pipeline>({
  async preaggregated(ctx, f) {
    const whole = wholeYearPeriod(f, (await candidatesSpan(ctx)).lastEvent);
    return whole ? toPipeline(await pipelineYears(ctx, f)) : null;
  },
  facts: async (ctx, f) => toPipeline(await pipelineRows(ctx, f)),
});

async function pipelineRows(ctx: Ctx, f: Filters): Promise<PipelineRow[]> {
  const between = (col: string) => sql`c.${raw(col)} BETWEEN ${f.from}::DATE AND ${f.to}::DATE`;
  // one question: the totals are the empty grouping set, each reason for dropping out one more
  const q = sql`SELECT grouping(c.drop_reason)::INTEGER AS total, c.drop_reason AS reason,
       count(*) FILTER (WHERE ${between('listed_on')})::INTEGER AS listed,
       count(*) FILTER (WHERE ${between('class_completed_on')})::INTEGER AS class_completed,
       count(*) FILTER (WHERE ${between('admitted_on')})::INTEGER AS admitted,
       count(*) FILTER (WHERE ${between('dropped_on')})::INTEGER AS dropped,
       count(*) FILTER (WHERE c.listed_on <= ${f.to}::DATE AND (c.admitted_on IS NULL OR c.admitted_on > ${f.to}::DATE)
                          AND (c.dropped_on IS NULL OR c.dropped_on > ${f.to}::DATE))::INTEGER AS open
     FROM candidates c WHERE ${inSubtreeOf('c', f.unitId)} GROUP BY GROUPING SETS ((), (c.drop_reason))`;
  return ctx.engine.query<PipelineRow>(q.sql, q.params);
}

/** The same rows from `candidate_year_tree`: the years of the period summed, the open ones added up to its last year. */
async function pipelineYears(ctx: Ctx, f: Filters): Promise<PipelineRow[]> {
  const [y1, y2] = [Number(f.from.slice(0, 4)), Number(f.to.slice(0, 4))];
  const inPeriod = (col: string) => sql`coalesce(sum(y.${raw(col)}) FILTER (WHERE y.year BETWEEN ${y1} AND ${y2}), 0)::INTEGER AS ${raw(col)}`;
  const q = sql`SELECT grouping(y.reason)::INTEGER AS total, y.reason,
       ${inPeriod('listed')}, ${inPeriod('class_completed')}, ${inPeriod('admitted')}, ${inPeriod('dropped')},
       coalesce(sum(y.open_change) FILTER (WHERE y.year <= ${y2}), 0)::INTEGER AS open
     FROM candidate_year_tree y WHERE y.ancestor_id = ${f.unitId} GROUP BY GROUPING SETS ((), (y.reason))`;
  return ctx.engine.query<PipelineRow>(q.sql, q.params);
}

function toPipeline(rows: PipelineRow[]): Pipeline {
  const r = rows.find((x) => x.total === 1) ?? { listed: 0, class_completed: 0, admitted: 0, dropped: 0, open: 0 };
  const dropReasons = rows
    .filter((x) => x.total === 0 && x.dropped > 0)
    .map((x) => ({ reason: x.reason, count: x.dropped }))
    .sort((a, b) => b.count - a.count || String(a.reason).localeCompare(String(b.reason)));
  return {
    listed: r.listed,
    classCompleted: r.class_completed,
    admitted: r.admitted,
    dropped: r.dropped,
    dropReasons,
    inPipelineAtEnd: r.open,
  };
}

const spans = new WeakMap<object, Promise<{ count: number; lastEvent: string | null }>>();

/**
 * How many candidates the dataset has and the latest date any of their events
 * carries (a period ending on or after it is whole years for the pipeline):
 * asked once per dataset.
 */
function candidatesSpan(ctx: Ctx): Promise<{ count: number; lastEvent: string | null }> {
  return oncePerDataset(spans, ctx.loaded.tree, () =>
    ctx.engine
      .query<{ n: number; last: string | null }>(
        `SELECT n, strftime(last_event, '%Y-%m-%d') AS last FROM candidate_span`,
      )
      .then(([r]) => ({ count: r.n, lastEvent: r.last })),
  );
}

/** Whether the dataset has a source pipeline (candidates.csv): asked once per dataset. */
export async function hasCandidates(ctx: Ctx): Promise<boolean> {
  return (await candidatesSpan(ctx)).count > 0;
}
