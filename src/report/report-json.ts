import { CODES } from '../dataset/codes';
import type { DatasetResult, Lang } from '../dataset/types';
import type { Engine } from '../engine/types';
import type { Filters } from '../filters/filters';
import { admissionProfile } from '../indicators/admission-profile';
import { cellsWithoutAdmission, coverage } from '../indicators/cells';
import { makeCtx } from '../indicators/context';
import { computeKpis } from '../indicators/kpis';
import { memberProfile } from '../indicators/member-profile';
import { yearProgress } from '../indicators/progress';
import type { Scope } from '../vocab/scope';
import type { LoadedDataset } from '../model/loaded';
import { unitPath } from '../model/tree';
import { narrative } from './narrative';
import { narrativeInput } from './narrative-input';
import { ADMISSION_FLAGS } from '../registry';

export interface ReportOptions {
  /** N of "cells without admission for N years": the N calendar years ending with the period's last year. */
  stagnantYears?: number;
  /** Language of the narrative paragraph. */
  lang?: Lang;
}

/** Key of a coverage row: the cell type code, `unknown` for cells without a type. */
const typeKey = (type: string | null) => type ?? 'unknown';
const typeOrder = (type: string | null) => {
  const i = CODES.type.findIndex((c) => c.code === type);
  return i < 0 ? CODES.type.length : i;
};

/** The command-line report: the same figures as the page, as plain JSON. */
export async function buildReport(engine: Engine, loaded: LoadedDataset, ds: DatasetResult, scope: Scope, opts: ReportOptions = {}) {
  const unit = loaded.tree.units.get(scope.unitId);
  if (!unit) throw new Error(`không có đơn vị ${scope.unitId}`);
  const stagnantYears = opts.stagnantYears ?? 3;
  const ctx = makeCtx(engine, loaded);
  const f: Filters = { ...scope, clauses: [] };
  const kpis = await computeKpis(ctx, scope);
  const [profile, members, cov, stagnant, story, year] = await Promise.all([
    admissionProfile(ctx, f),
    memberProfile(ctx, f),
    coverage(ctx, f),
    cellsWithoutAdmission(ctx, f, stagnantYears),
    narrativeInput(ctx, f, stagnantYears),
    yearProgress(ctx, f),
  ]);
  const pr = year.progress;
  const load: Record<string, { rows: number; loaded: number; rejected: number; errors: { row: number; column: string; rule: string; message: string }[] }> = {};
  for (const t of Object.values(ds.tables)) {
    if (!t) continue;
    load[t.file] = {
      rows: t.rows,
      loaded: t.loaded,
      rejected: t.rejected,
      errors: t.errors.map(({ row, column, rule, message }) => ({ row, column, rule, message })),
    };
  }
  const fl = profile.flags;
  return {
    unit: {
      id: unit.id,
      name: unit.name,
      path: unitPath(loaded.tree, unit.id).map((u) => u.name),
      active_to: unit.activeTo,
      successor_id: unit.successorId,
    },
    period: { from: scope.from, to: scope.to },
    data_date: loaded.dataDate,
    load,
    admissions: {
      count: kpis.admissions,
      target: kpis.target,
      target_max: kpis.targetMax,
      achievement_pct: kpis.achievementPct,
      ...Object.fromEntries(ADMISSION_FLAGS.map((d) => [d.id, fl[d.id] ?? 0])),
      mean_age: profile.meanAge,
      age_bands: profile.ageBands,
    },
    comparison: {
      from: kpis.previous.from,
      to: kpis.previous.to,
      admissions: kpis.previous.admissions,
      members: kpis.previous.members,
      admissions_change: kpis.previous.admissionsChange,
      admissions_change_pct: kpis.previous.admissionsChangePct,
    },
    progress: pr && {
      year: pr.year,
      as_of: pr.asOf,
      target: pr.target,
      target_max: pr.targetMax,
      admitted: pr.admitted,
      remaining: pr.remaining,
      usual_share: pr.usualShare,
      projected: pr.projected,
      at_risk: pr.atRisk,
    },
    at_risk_units: year.atRisk.map((u) => ({ unit_id: u.unitId, name: u.name, target: u.target, admitted: u.admitted, projected: u.projected, ready_candidates: u.readyCandidates })),
    members: {
      count: kpis.members,
      probationary: members.probationary,
      women: members.women,
      ethnic_minority: members.ethnicMinority,
      religious: members.religious,
      youth: members.youth,
      aged_61_plus: members.aged61Plus,
      mean_age: members.meanAge,
    },
    coverage: Object.fromEntries(
      [...cov].sort((x, y) => y.cells - x.cells || typeOrder(x.type) - typeOrder(y.type)).map((r) => [typeKey(r.type), { cells: r.cells, with_admission: r.withAdmission, admissions: r.admissions }]),
    ),
    cells_without_admission: {
      years: stagnantYears,
      count: stagnant.count,
      cells: stagnant.cells.map((c) => ({
        unit_id: c.unitId,
        name: c.name,
        path: c.path,
        type: c.type,
        members: c.members,
        aged_61_plus: c.aged61Plus,
        last_admission_year: c.lastAdmissionYear,
      })),
    },
    narrative: narrative(story, opts.lang ?? 'vi'),
  };
}

export type ReportJson = Awaited<ReturnType<typeof buildReport>>;
