import type { Filters } from '../filters/filters';
import type { Ctx } from './context';
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
  const [r] = await ctx.engine.query<Record<string, number>>(
    `SELECT count(*) FILTER (WHERE ${between('listed_on')})::INTEGER AS listed,
       count(*) FILTER (WHERE ${between('class_completed_on')})::INTEGER AS class_completed,
       count(*) FILTER (WHERE ${between('admitted_on')})::INTEGER AS admitted,
       count(*) FILTER (WHERE ${between('dropped_on')})::INTEGER AS dropped,
       count(*) FILTER (WHERE c.listed_on <= ?::DATE AND (c.admitted_on IS NULL OR c.admitted_on > ?::DATE) AND (c.dropped_on IS NULL OR c.dropped_on > ?::DATE))::INTEGER AS open
     FROM candidates c WHERE ${inSubtree('c')}`,
    [f.from, f.to, f.from, f.to, f.from, f.to, f.from, f.to, f.to, f.to, f.to, f.unitId],
  );
  const reasons = await ctx.engine.query<{ reason: string | null; count: number }>(
    `SELECT c.drop_reason AS reason, count(*)::INTEGER AS count FROM candidates c
     WHERE ${inSubtree('c')} AND ${between('dropped_on')} GROUP BY 1 ORDER BY 2 DESC`,
    [f.unitId, f.from, f.to],
  );
  return {
    listed: r.listed,
    classCompleted: r.class_completed,
    admitted: r.admitted,
    dropped: r.dropped,
    dropReasons: reasons,
    inPipelineAtEnd: r.open,
  };
}

export async function hasCandidates(ctx: Ctx): Promise<boolean> {
  const [r] = await ctx.engine.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM candidates');
  return r.n > 0;
}
