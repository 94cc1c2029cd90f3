import type { IndicatorDef } from './types';

/** Nguồn kết nạp (candidates.csv): listed → finished the awareness class → admitted, and the drop-outs. */
export const pipelineDef: IndicatorDef = {
  family: 'candidate',
  id: 'pipeline',
  label: { vi: 'Nguồn kết nạp', en: 'Source pipeline' },
  definition: {
    vi: 'Quần chúng vào danh sách nguồn, hoàn thành lớp bồi dưỡng nhận thức về Đảng, được kết nạp, rời nguồn (theo lý do) trong kỳ; và số còn trong nguồn cuối kỳ.',
    en: 'Candidates listed, finishing the awareness class, admitted, and dropping out (by reason) in the period; and those still in the pipeline at its end.',
  },
  format: 'count',
};
