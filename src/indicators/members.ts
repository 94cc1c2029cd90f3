import type { Engine } from '../engine/types';
import type { Filters } from '../filters/filters';
import { DIMENSIONS, type Dimension } from './dimensions';
import { yearEndStock } from './member-years';
import type { IndicatorDef } from './types';
import { membersWhere } from './where';

/** Đảng viên tại ngày D: admitted on or before D and not left by D, counted at their unit. */
export const members: IndicatorDef = {
  id: 'members',
  label: { vi: 'Đảng viên cuối kỳ', en: 'Members at period end' },
  definition: {
    vi: 'Số đảng viên có ngày vào Đảng không muộn hơn ngày cuối kỳ và chưa ra khỏi Đảng tại ngày đó.',
    en: 'Members admitted on or before the last day of the period and not left by then.',
  },
  format: 'count',
};

export async function countMembersAt(engine: Engine, f: Filters, date: string, dims: readonly Dimension[] = DIMENSIONS): Promise<number> {
  const stock = await yearEndStock(engine, f, dims, date);
  if (stock) return stock.n;
  const w = membersWhere(f, dims, date);
  const [row] = await engine.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM fact_members m WHERE ${w.sql}`, w.params);
  return row.n;
}
