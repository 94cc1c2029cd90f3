import { compared, previousFigures } from '../indicators/comparison';
import { unlessNeedsDetail } from '../query/detail';
import type { Filters } from '../filters/filters';
import { achievementPct } from '../indicators/achievement';
import { HEADLINE_FLAGS } from '../registry';
import { admissionProfile } from '../indicators/admission-profile';
import { cellsWithoutAdmissionByType, coverage, stagnantWindow } from '../indicators/cells';
import type { Ctx } from '../indicators/context';
import { memberProfile } from '../indicators/member-profile';
import { loadTargets, periodTarget } from '../indicators/target';
import { yearProgress, type YearProgress } from '../indicators/progress';
import type { During, NarrativeInput } from './narrative';

const VILLAGE = 'thon_to_dan_pho';
/**
 * The figures of the narrative paragraph, from the indicator modules: the page,
 * `npm run report` and the snapshot all call this and `narrative`.
 */
export async function narrativeInput(ctx: Ctx, f: Filters, stagnantYears = 3): Promise<NarrativeInput> {
  const unit = ctx.loaded.tree.units.get(f.unitId);
  if (!unit) throw new Error(`không có đơn vị ${f.unitId}`);
  const [profile, cov, stagnantByType, members, targets, before, year] = await Promise.all([
    admissionProfile(ctx, f),
    // the cells' sentences are left out where their rows are not attached (a country's summary)
    unlessNeedsDetail(coverage(ctx, f, stagnantYears)),
    unlessNeedsDetail(cellsWithoutAdmissionByType(ctx, f, stagnantYears)),
    memberProfile(ctx, f),
    loadTargets(ctx.engine, ctx.loaded.tree),
    previousFigures(ctx, f),
    unlessNeedsDetail(yearProgress(ctx, f)),
  ]);
  const target = periodTarget(ctx.loaded.tree, targets, f)?.target ?? null;
  const villageRow = cov?.find((r) => r.type === VILLAGE);
  const c = compared(before, profile.count);
  const window = stagnantWindow(f, stagnantYears);
  return {
    unit: { name: unit.name, kind: unit.kind },
    period: { from: f.from, to: f.to },
    filtered: f.clauses.some((c) => c.values.length > 0),
    admissions: {
      count: profile.count,
      target,
      achievementPct: achievementPct(profile.count, target),
      flags: Object.fromEntries(HEADLINE_FLAGS.map((fl) => [fl.id, profile.flags[fl.id] ?? 0])),
      previous: { period: { from: c.from, to: c.to }, count: c.admissions, change: c.admissionsChange, changePct: c.admissionsChangePct },
    },
    villageCoverage: villageRow ? { cells: villageRow.cells, withAdmission: villageRow.withAdmission, admissions: villageRow.admissions } : null,
    stagnant:
      cov && stagnantByType
        ? {
            years: stagnantYears,
            fromYear: window.from,
            toYear: window.to,
            count: [...stagnantByType.values()].reduce((a, b) => a + b, 0),
            activeCells: cov.reduce((s, r) => s + r.cells, 0),
            village: stagnantByType.get(VILLAGE) ?? 0,
            villageCells: villageRow?.cells ?? 0,
          }
        : null,
    members: { date: f.to, count: members.count, probationary: members.probationary },
    during: year && duringOf(year),
  };
}

/** The paragraph's part of the year's progress; none when neither the unit nor a sub-unit has the year's target. */
export function duringOf(y: YearProgress): During | null {
  if (!y.day || (!y.progress && y.withTarget === 0)) return null;
  const p = y.progress;
  return {
    year: y.day.year,
    asOf: y.day.asOf,
    progress: p && { target: p.target, admitted: p.admitted, remaining: p.remaining, projected: p.projected, atRisk: p.atRisk, fromHistory: p.fromHistory },
    withTarget: y.withTarget,
    atRisk: y.atRisk.map((u) => u.name),
  };
}
