import type { Filters } from '../filters/filters';
import type { Engine } from '../engine/types';
import { DIMENSIONS, type Dimension } from './dimensions';
import type { IndicatorDef } from './types';
import { admissionProfile } from './admission-profile';

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

/**
 * The period's admissions: the count of the admission profile, whose query the
 * tiles, the narrative and the composition view share (asked once per change).
 */
export async function countAdmissions(engine: Engine, f: Filters, dims: readonly Dimension[] = DIMENSIONS): Promise<number> {
  return (await admissionProfile({ engine, dims: [...dims] }, f)).count;
}
