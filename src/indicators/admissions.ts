import type { Filters } from '../filters/filters';
import type { Engine } from '../engine/types';
import { DIMENSIONS, type Dimension } from './dimensions';
import { admissionProfile } from './admission-profile';

// ui/KpiTiles.tsx still imports the definition from here
export { admissions } from '../registry';

/**
 * The period's admissions: the count of the admission profile, whose query the
 * tiles, the narrative and the composition view share (asked once per change).
 */
export async function countAdmissions(engine: Engine, f: Filters, dims: readonly Dimension[] = DIMENSIONS): Promise<number> {
  return (await admissionProfile({ engine, dims: [...dims] }, f)).count;
}
