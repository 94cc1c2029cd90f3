import type { DatasetResult } from '../dataset/types';
import type { Engine } from '../engine/types';
import { computeKpis } from '../indicators/kpis';
import type { Scope } from '../indicators/types';
import type { LoadedDataset } from '../model/store';
import { unitPath } from '../model/tree';

/** The command-line report: the same figures as the page, as plain JSON. */
export async function buildReport(engine: Engine, loaded: LoadedDataset, ds: DatasetResult, scope: Scope) {
  const unit = loaded.tree.units.get(scope.unitId);
  if (!unit) throw new Error(`không có đơn vị ${scope.unitId}`);
  const kpis = await computeKpis(engine, loaded.tree, scope);
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
    },
    members: { count: kpis.members },
  };
}

export type ReportJson = Awaited<ReturnType<typeof buildReport>>;
