import { admissionsFromEvents, orFromEvents } from './events';
import type { Filters } from '../filters/filters';
import type { Ctx } from './context';
import { admissionProfile } from './admission-profile';

/**
 * The period's admissions: the count of the admission profile, whose query the
 * tiles, the narrative and the composition view share (asked once per change).
 */
export async function countAdmissions(ctx: Ctx, f: Filters): Promise<number> {
  return orFromEvents(async () => (await admissionProfile(ctx, f)).count, () => admissionsFromEvents(ctx, f));
}
