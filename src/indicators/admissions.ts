import type { Filters } from '../filters/filters';
import type { Engine } from '../engine/types';
import { DIMENSIONS, type Dimension } from './dimensions';
import type { IndicatorDef } from './types';
import { admissionsWhere } from './where';

/** Kết nạp: admission rows with `admitted_on` in the period, at the unit or below. */
export const admissions: IndicatorDef = {
  id: 'admissions',
  label: { vi: 'Kết nạp', en: 'Admissions' },
  definition: {
    vi: 'Số quyết định kết nạp có ngày kết nạp trong kỳ, ở đơn vị và các đơn vị trực thuộc.',
    en: 'Admission decisions dated within the period, at the unit and below.',
  },
  format: 'count',
};

export async function countAdmissions(engine: Engine, f: Filters, dims: readonly Dimension[] = DIMENSIONS): Promise<number> {
  const w = admissionsWhere(f, dims);
  const [row] = await engine.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM fact_admissions a WHERE ${w.sql}`, w.params);
  return row.n;
}
