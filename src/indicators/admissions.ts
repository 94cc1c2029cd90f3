import type { Filters } from '../filters/filters';
import type { Ctx } from './context';
import { admissionProfile } from './admission-profile';

// ui/KpiTiles.tsx still imports the definition from here
export { admissions } from '../registry';

/**
 * The period's admissions: the count of the admission profile, whose query the
 * tiles, the narrative and the composition view share (asked once per change).
 */
export async function countAdmissions(ctx: Ctx, f: Filters): Promise<number> {
  return (await admissionProfile(ctx, f)).count;
}
