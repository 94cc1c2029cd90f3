import type { Filters } from '../../filters/filters';
import { admissionProfile } from '../../indicators/admission-profile';
import { admissionBreakdown } from '../../indicators/breakdown';
import { cellsWithoutAdmission, coverage, grassrootsWithoutAdmission, stagnantWindow } from '../../indicators/cells';
import type { Ctx } from '../../indicators/context';
import { computeKpis } from '../../indicators/kpis';
import { memberChange, memberProfile, memberPyramid, memberTrend } from '../../indicators/member-profile';
import { unitPath } from '../../model/tree';
import { yearlyAdmissions } from '../../indicators/yearly';
import { narrativeInput } from '../narrative-input';

/** The stagnant list prints this many cells, then "và N chi bộ khác". */
export const STAGNANT_ROWS = 50;
/** The per-year chart shows at most this many years, ending with the period's last year. */
export const CHART_YEARS = 10;

/** The years of the trend charts: up to ten, ending with the period's last year, none before the data. */
export function chartYears(ctx: Ctx, f: Filters): { first: number; last: number } {
  const last = Number(f.to.slice(0, 4));
  const first = Math.min(last, Math.max(ctx.loaded.firstYear ?? last, last - CHART_YEARS + 1));
  return { first, last };
}

/** Every figure of the snapshot, from the indicator modules only (the page and `npm run report` use the same). */
export async function collect(ctx: Ctx, f: Filters, stagnantYears: number) {
  const { first, last } = chartYears(ctx, f);
  const [kpis, story, profile, occupation, years, members, pyramid, trend, change, cov, stagnant, grassroots] = await Promise.all([
    computeKpis(ctx, f),
    narrativeInput(ctx, f, stagnantYears),
    admissionProfile(ctx, f),
    admissionBreakdown(ctx, f, 'occupation'),
    yearlyAdmissions(ctx, f, first, last),
    memberProfile(ctx, f),
    memberPyramid(ctx, f),
    memberTrend(ctx, f, first, last),
    memberChange(ctx, f),
    coverage(ctx, f),
    cellsWithoutAdmission(ctx, f, stagnantYears, { sort: 'last_admission_year', desc: false, limit: STAGNANT_ROWS, offset: 0 }),
    grassrootsWithoutAdmission(ctx, f),
  ]);
  // the cells' paths start with the report's unit and its parents, which the header already names
  const unitDepth = unitPath(ctx.loaded.tree, f.unitId).length;
  return { dataDate: ctx.loaded.dataDate, unitDepth, kpis, story, profile, occupation, years, members, pyramid, trend, change, coverage: cov, stagnant, grassroots, window: stagnantWindow(f, stagnantYears) };
}

export type SnapshotData = Awaited<ReturnType<typeof collect>>;
