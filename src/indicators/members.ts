import type { Engine } from '../engine/types';
import type { Filters } from '../filters/filters';
import { DIMENSIONS, type Dimension } from './dimensions';
import { yearEndStock } from './member-years';
import { membersWhere } from './where';

// ui/KpiTiles.tsx still imports the definition from here
export { members } from '../registry';

export async function countMembersAt(engine: Engine, f: Filters, date: string, dims: readonly Dimension[] = DIMENSIONS): Promise<number> {
  const stock = await yearEndStock(engine, f, dims, date);
  if (stock) return stock.n;
  const w = membersWhere(f, dims, date);
  const [row] = await engine.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM fact_members m WHERE ${w.sql}`, w.params);
  return row.n;
}
