import type { Engine } from '../engine/types';
import { inSubtree } from './subtree';
import type { IndicatorDef, Scope } from './types';

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

export const ADMISSIONS_SQL = `SELECT count(*)::INTEGER AS n FROM admissions a
  WHERE ${inSubtree('a')} AND a.admitted_on BETWEEN ?::DATE AND ?::DATE`;

export async function countAdmissions(engine: Engine, scope: Scope): Promise<number> {
  const [row] = await engine.query<{ n: number }>(ADMISSIONS_SQL, [scope.unitId, scope.from, scope.to]);
  return row.n;
}
