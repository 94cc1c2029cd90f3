import type { Filters } from '../filters/filters';
import type { Ctx } from './context';
import { oncePerDataset } from './once';
import { inSubtree } from './subtree';
import type { IndicatorDef } from './types';

export const pipelineDef: IndicatorDef = {
  id: 'pipeline',
  label: { vi: 'Nguồn kết nạp', en: 'Source pipeline' },
  definition: {
    vi: 'Quần chúng vào danh sách nguồn, hoàn thành lớp bồi dưỡng nhận thức về Đảng, được kết nạp, rời nguồn (theo lý do) trong kỳ; và số còn trong nguồn cuối kỳ.',
    en: 'Candidates listed, finishing the awareness class, admitted, and dropping out (by reason) in the period; and those still in the pipeline at its end.',
  },
  format: 'count',
};

export interface Pipeline {
  listed: number;
  classCompleted: number;
  admitted: number;
  dropped: number;
  dropReasons: { reason: string | null; count: number }[];
  inPipelineAtEnd: number;
}

/** Events of the source pipeline dated in the period, at the unit and below (candidates.csv). */
export async function pipeline(ctx: Ctx, f: Filters): Promise<Pipeline> {
  const between = (col: string) => `c.${col} BETWEEN ?::DATE AND ?::DATE`;
  // one question: the totals are the empty grouping set, each reason for dropping out one more
  const rows = await ctx.engine.query<Record<string, number> & { total: number; reason: string | null }>(
    `SELECT grouping(c.drop_reason)::INTEGER AS total, c.drop_reason AS reason,
       count(*) FILTER (WHERE ${between('listed_on')})::INTEGER AS listed,
       count(*) FILTER (WHERE ${between('class_completed_on')})::INTEGER AS class_completed,
       count(*) FILTER (WHERE ${between('admitted_on')})::INTEGER AS admitted,
       count(*) FILTER (WHERE ${between('dropped_on')})::INTEGER AS dropped,
       count(*) FILTER (WHERE c.listed_on <= ?::DATE AND (c.admitted_on IS NULL OR c.admitted_on > ?::DATE) AND (c.dropped_on IS NULL OR c.dropped_on > ?::DATE))::INTEGER AS open
     FROM candidates c WHERE ${inSubtree('c')} GROUP BY GROUPING SETS ((), (c.drop_reason))`,
    [f.from, f.to, f.from, f.to, f.from, f.to, f.from, f.to, f.to, f.to, f.to, f.unitId],
  );
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

const candidatesKnown = new WeakMap<object, Promise<boolean>>();

/** Whether the dataset has a source pipeline (candidates.csv): asked once per dataset. */
export function hasCandidates(ctx: Ctx): Promise<boolean> {
  return oncePerDataset(candidatesKnown, ctx.loaded.tree, () =>
    ctx.engine.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM candidates').then(([r]) => r.n > 0),
  );
}
