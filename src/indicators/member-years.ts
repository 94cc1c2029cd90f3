import type { Engine } from '../engine/types';
import type { Filters } from '../filters/filters';
import { raw, sql, type SqlPart } from '../vocab/sql';
import { codeColumnNames, codeCountsOf, FLOW_COLUMNS, STOCK_COLUMNS, YEAR_BREAKDOWNS, type YearBreakdown } from '../registry';
import type { Dimension } from './dimensions';
import { oncePerDataset } from './once';
import { inBoundSubtree } from './subtree';
import { and, boundRow, rollupWhere, valueList, type Slot } from './where';

// The questions on these tables are planned once: the tables are small, and
// planning their many columns took longer than the run. Their values are the
// columns of a one-row CTE `asked` (see `boundRow`), or, when a filter of theirs
// must bind more, they ask for `planOnce`.

/** The span of the year tables, and the last date any event of the data carries (`YYYY-MM-DD`). */
interface TableSpan {
  lo: number;
  hi: number;
  lastEvent: string | null;
}

const SPAN_COLUMNS = raw("r.lo::INTEGER AS lo, r.hi::INTEGER AS hi, strftime(r.last_event, '%Y-%m-%d') AS last_event");

/**
 * The year whose year-end stock is the stock at `date`: its own year when
 * `date` is a 31/12, or when no event of the data comes after it (nothing
 * changes from then to the year's end: ages are counted by year); else none.
 */
export function stockYearOf(date: string, span: TableSpan): number | null {
  const year = Number(date.slice(0, 4));
  const yearEnd = date.endsWith('-12-31') || (span.lastEvent !== null && date >= span.lastEvent);
  return yearEnd && year >= span.lo && year <= span.hi ? year : null;
}

const spans = new WeakMap<object, Promise<TableSpan>>();

/** The span of the year tables and the data's last event, read once per dataset. */
export function tableSpan(ctx: { engine: Engine; loaded: { tree: object } }): Promise<TableSpan> {
  return oncePerDataset(spans, ctx.loaded.tree, () =>
    ctx.engine
      .query<{ lo: number; hi: number; last_event: string | null }>(`SELECT ${SPAN_COLUMNS.sql} FROM member_year_range r`)
      .then(([r]) => ({ lo: r.lo, hi: r.hi, lastEvent: r.last_event })),
  );
}

/** Biểu 1 figures as columns: start, admitted, l_<reason>…, end. */
export type ChangeRow = Record<string, number>;

/**
 * Biểu 1 of the unit (or, with `ids`, of each of those: `f.unitId` or its
 * direct sub-units) from the year tables, when the period is whole calendar years the tables cover (the
 * last may end on or after the data's last event, as the year to date does)
 * and the tables can apply the clauses: the stock at the end of the year before,
 * the movements of the years, the stock at the end of the last. Else null
 * (the caller counts the members themselves).
 */
export async function yearChange(engine: Engine, f: Filters, dims: readonly Dimension[], ids?: readonly string[]): Promise<Map<string, ChangeRow> | null> {
  const y1 = Number(f.from.slice(0, 4));
  const y2 = Number(f.to.slice(0, 4));
  const keys = ids ?? [f.unitId];
  const ys = yearSource('member_year', f, dims, 'y', Boolean(ids));
  const ws = yearSource('member_flow', f, dims, 'w', Boolean(ids));
  if (f.from !== `${y1}-01-01` || !ys || !ws || keys.length === 0) return null;
  // the two sources bind the same slots (one unit, one set of clauses)
  const head = boundRow([...ys.slots, ['y_before', '?::DOUBLE', y1 - 1], ['y_first', '?::DOUBLE', y1], ['y_last', '?::DOUBLE', y2]], ys.groups);
  // without groups, every row is the unit's
  const gy = ids ? ys.group : raw('asked.unit');
  const gw = ids ? ws.group : raw('asked.unit');
  const flows = (each: (k: string) => string) => raw(FLOW_COLUMNS.map(each).join(', '));
  const q = sql`${head}
     SELECT ${SPAN_COLUMNS}, s.* FROM member_year_range r
     LEFT JOIN (
       SELECT x.gid, sum(x.start)::INTEGER AS start, sum(x."end")::INTEGER AS "end",
              ${flows((k) => `sum(x."${k}")::INTEGER AS "${k}"`)}
       FROM (SELECT ${gy} AS gid, CASE WHEN y.year = asked.y_before THEN y.n ELSE 0 END AS start, CASE WHEN y.year = asked.y_last THEN y.n ELSE 0 END AS "end",
                    ${flows((k) => `0 AS "${k}"`)}
             FROM ${ys.from} WHERE y.year IN (asked.y_before, asked.y_last) AND ${ys.where}
             UNION ALL
             SELECT ${gw}, 0, 0, ${flows((k) => `w."${k}"`)} FROM ${ws.from} WHERE w.year BETWEEN asked.y_first AND asked.y_last AND ${ws.where}) x
       GROUP BY 1) s ON TRUE`;
  const rows = await engine.query<ChangeRow & { lo: number; hi: number; last_event: string | null; gid: string | null }>(
    q.sql,
    q.params,
    { planOnce: ys.where.params.length > 0 },
  );
  const { lo, hi, last_event } = rows[0];
  if (y1 - 1 < lo || stockYearOf(f.to, { lo, hi, lastEvent: last_event }) !== y2) return null;
  const by = new Map(rows.filter((r) => r.gid !== null).map((r) => [r.gid!, r]));
  return new Map(keys.map((id) => [id, by.get(id) ?? {}]));
}

/**
 * The clauses as a condition on rows of the year tables aliased `alias`: sex
 * is a column of theirs, a column of the units (cell type, an extra column of
 * units.csv) narrows their units. Null when a clause narrows the members by
 * anything else (the tables cannot tell): the caller counts the members.
 */
export function tableWhere(f: Filters, dims: readonly Dimension[], alias: string): SqlPart | null {
  const parts: SqlPart[] = [];
  for (const c of f.clauses) {
    const dim = dims.find((d) => d.id === c.dim);
    if (!dim?.expr.members || c.values.length === 0) continue; // narrows no member (as in clausesWhere)
    if (dim.id === 'sex') parts.push(sql`${raw(alias)}.sex IN (${valueList(c.values)})`);
    else if (dim.expr.cells && (dim.id === 'cell_type' || dim.id.startsWith('u.')))
      parts.push(sql`${raw(alias)}.unit_id IN (SELECT c.unit_id FROM units c WHERE (${raw(dim.expr.cells('c'))}) IN (${valueList(c.values)}))`);
    else return null;
  }
  return parts.length ? and(...parts) : raw('TRUE');
}

/**
 * Where a question on the year tables reads: rows aliased as asked, with the
 * one-row CTE `asked` (whose slots the question binds first: the unit is `asked.unit`),
 * the condition on them and (with groups, which join the CTE `unit_groups`: see
 * `boundRow`) each row's group. Only the per-unit
 * rows' condition binds values of its own (`where.params`): the question then
 * asks for `planOnce`.
 */
interface YearSource {
  slots: Slot[];
  groups: boolean;
  from: SqlPart;
  where: SqlPart;
  group: SqlPart;
}

/**
 * Where a question on the year tables reads: the rolled-up table (a few rows
 * per year for any unit, however large its subtree) when it can apply the
 * clauses, else the per-unit table over the unit's subtree; null when
 * neither can (see {@link tableWhere}). With `groups`, `group` is each row's
 * group: the unit or one of its direct sub-units (see {@link inUnitAndSubUnits}).
 */
function yearSource(table: 'member_year' | 'member_flow', f: Filters, dims: readonly Dimension[], alias: string, groups = false): YearSource | null {
  const unit: Slot = ['unit', '?::VARCHAR', f.unitId];
  const tree = rollupWhere('members', f.clauses, dims, alias);
  if (tree) {
    const slots = [unit, ...tree.slots];
    const group = `${alias}.ancestor_id`;
    if (groups) return { slots, groups, from: raw(`${table}_tree ${alias} JOIN unit_groups ON unit_groups.unit_id = ${group}, asked`), where: raw(tree.sql), group: raw(group) };
    return { slots, groups, from: raw(`${table}_tree ${alias}, asked`), where: raw(`${group} = asked.unit AND ${tree.sql}`), group: raw(group) };
  }
  const base = tableWhere(f, dims, alias);
  if (!base) return null;
  if (!groups) return { slots: [unit], groups, from: raw(`${table} ${alias}, asked`), where: and(raw(inBoundSubtree(alias)), base), group: raw('') };
  const ua = `${alias}g`;
  return {
    slots: [unit],
    groups,
    from: raw(`${table} ${alias} JOIN unit_ancestor ${ua} ON ${ua}.unit_id = ${alias}.unit_id JOIN unit_groups ON unit_groups.unit_id = ${ua}.ancestor_id CROSS JOIN asked`),
    where: base,
    group: raw(`${ua}.ancestor_id`),
  };
}

/** Sums of the stock columns over rows of `member_year` aliased `y`. */
const stockSums = () => STOCK_COLUMNS.map(([k]) => `sum(y."${k}")::BIGINT AS "${k}"`).join(', ');

/**
 * The year-end stock of the unit's subtree in every year the table holds:
 * one question per unit and clauses, which the tiles, the profile, the
 * pyramid and the trends of any period all derive from. With `sums`, other
 * columns of the table (the breakdowns). Null when the tables cannot apply the clauses.
 */
async function stockYears(engine: Engine, f: Filters, dims: readonly Dimension[], sums = stockSums()): Promise<(TableSpan & { years: Map<number, Record<string, number>> }) | null> {
  const src = yearSource('member_year', f, dims, 'y');
  if (!src) return null;
  const q = sql`${boundRow(src.slots)}
     SELECT ${SPAN_COLUMNS}, s.* FROM member_year_range r
     LEFT JOIN (SELECT y.year, ${raw(sums)} FROM ${src.from} WHERE ${src.where} GROUP BY y.year) s ON TRUE`;
  const rows = await engine.query<Record<string, number> & { lo: number; hi: number; last_event: string | null; year: number | null }>(
    q.sql,
    q.params,
    { planOnce: src.where.params.length > 0 },
  );
  const years = new Map<number, Record<string, number>>();
  for (const r of rows) if (r.year !== null) years.set(r.year, r);
  const { lo, hi, last_event } = rows[0];
  return { lo, hi, lastEvent: last_event, years };
}

const stockOf = (r: Record<string, number> | undefined) => Object.fromEntries(STOCK_COLUMNS.map(([k]) => [k, r?.[k] ?? 0]));

/**
 * The stock of the unit's subtree at the end of each year from `fromYear` to
 * `toYear`, from the table; null when a clause the table cannot apply narrows
 * the members, or a year
 * is outside the table (the caller then counts the members themselves).
 */
export async function yearEndStocks(engine: Engine, f: Filters, dims: readonly Dimension[], fromYear: number, toYear: number): Promise<Map<number, Record<string, number>> | null> {
  const t = await stockYears(engine, f, dims);
  if (!t || fromYear < t.lo || toYear > t.hi) return null;
  const out = new Map<number, Record<string, number>>();
  for (let y = fromYear; y <= toYear; y++) out.set(y, stockOf(t.years.get(y)));
  return out;
}

/** The stock at `date` from the table (see {@link stockYearOf}) when the table can apply the clauses; else null. */
export async function yearEndStock(engine: Engine, f: Filters, dims: readonly Dimension[], date: string): Promise<Record<string, number> | null> {
  const t = await stockYears(engine, f, dims);
  const year = t && stockYearOf(date, t);
  return !t || year === null ? null : stockOf(t.years.get(year));
}

/**
 * Members at `date` per code of a breakdown column held by the table (see
 * {@link YEAR_BREAKDOWNS}), `null` for the rest, when the table has that date
 * and can apply the clauses; else null. One question per unit and clauses.
 */
export async function yearEndBreakdown(engine: Engine, f: Filters, dims: readonly Dimension[], date: string, col: YearBreakdown): Promise<{ k: string | null; n: number }[] | null> {
  const t = await stockYears(engine, f, dims, codeColumnNames(YEAR_BREAKDOWNS).map((k) => `sum(y."${k}")::BIGINT AS "${k}"`).join(', '));
  const year = t && stockYearOf(date, t);
  if (!t || year === null) return null;
  return codeCountsOf(col, t.years.get(year));
}

/** Members at a date of one sub-unit (with its subtree): what the Đơn vị table shows. */
export type SubUnitStock = {
  n: number;
  aged61: number;
  known: number;
  sum_age: number;
};

/**
 * Members at each of `dates` of each of the given units (each with its
 * subtree; `f.unitId` or its direct sub-units), from the table when every
 * date has a year-end stock there (see {@link stockYearOf}) and the table can
 * apply the clauses; else null (the caller counts the members). One question for the years of the dates (a date's stock,
 * when the table has it, is that of its own year).
 */
export async function yearEndCountsBySubUnit(
  engine: Engine,
  f: Filters,
  dims: readonly Dimension[],
  dates: readonly string[],
  ids: readonly string[],
): Promise<Map<string, SubUnitStock>[] | null> {
  const src = yearSource('member_year', f, dims, 'y', true);
  if (!src || ids.length === 0) return null;
  const head = boundRow([...src.slots, ...dates.map((d, i): Slot => [`y_${i}`, '?::DOUBLE', Number(d.slice(0, 4))])], src.groups);
  const dateYears = raw(dates.map((_, i) => `asked.y_${i}`).join(', '));
  const q = sql`${head}
     SELECT ${SPAN_COLUMNS}, s.* FROM member_year_range r
     LEFT JOIN (SELECT ${src.group} AS gid, y.year, sum(y.n)::BIGINT AS n, sum(y.aged61)::BIGINT AS aged61, sum(y.known)::BIGINT AS known, sum(y.sum_age)::BIGINT AS sum_age
                FROM ${src.from}
                WHERE ${src.where} AND y.year IN (${dateYears}) GROUP BY 1, 2) s ON TRUE`;
  const rows = await engine.query<SubUnitStock & { lo: number; hi: number; last_event: string | null; gid: string | null; year: number | null }>(
    q.sql,
    q.params,
    { planOnce: src.where.params.length > 0 },
  );
  const { lo, hi, last_event } = rows[0];
  const years = dates.map((d) => stockYearOf(d, { lo, hi, lastEvent: last_event }));
  if (years.some((y) => y === null)) return null;
  const by = new Map(rows.filter((r) => r.gid !== null).map((r) => [`${r.gid}\u0000${r.year}`, r]));
  return years.map((year) =>
    new Map(ids.map((id) => {
      const r = by.get(`${id}\u0000${year}`);
      return [id, { n: r?.n ?? 0, aged61: r?.aged61 ?? 0, known: r?.known ?? 0, sum_age: r?.sum_age ?? 0 }];
    })),
  );
}

/**
 * The year-end stock at `date` of each of the given units (each with its
 * subtree; `f.unitId` or its direct sub-units): every stock column, the
 * breakdowns the table holds (see {@link YEAR_BREAKDOWNS}) and `other_sex`,
 * the members whose sex is neither `nam` nor `nu` (the bands by sex miss
 * them). Null when the table has no stock at `date` (see {@link stockYearOf})
 * or cannot apply the clauses. One question, which Biểu 3's profile and
 * breakdowns share.
 */
export async function yearEndStockBySubUnit(
  engine: Engine,
  f: Filters,
  dims: readonly Dimension[],
  date: string,
  ids: readonly string[],
): Promise<Map<string, Record<string, number>> | null> {
  const src = yearSource('member_year', f, dims, 'y', true);
  if (!src || ids.length === 0) return null;
  const head = boundRow([...src.slots, ['y_at', '?::DOUBLE', Number(date.slice(0, 4))]], src.groups);
  const columns = [...STOCK_COLUMNS.map(([k]) => k), ...codeColumnNames(YEAR_BREAKDOWNS)];
  const q = sql`${head}
     SELECT ${SPAN_COLUMNS}, s.* FROM member_year_range r
     LEFT JOIN (SELECT ${src.group} AS gid, ${raw(columns.map((k) => `sum(y."${k}")::BIGINT AS "${k}"`).join(', '))},
                       coalesce(sum(y.n) FILTER (WHERE y.sex IS NULL OR y.sex NOT IN ('nam', 'nu')), 0)::BIGINT AS other_sex
                FROM ${src.from}
                WHERE ${src.where} AND y.year = asked.y_at GROUP BY 1) s ON TRUE`;
  const rows = await engine.query<Record<string, number> & { lo: number; hi: number; last_event: string | null; gid: string | null }>(
    q.sql,
    q.params,
    { planOnce: src.where.params.length > 0 },
  );
  const { lo, hi, last_event } = rows[0];
  if (stockYearOf(date, { lo, hi, lastEvent: last_event }) === null) return null;
  const by = new Map(rows.filter((r) => r.gid !== null).map((r) => [r.gid!, r]));
  return new Map(ids.map((id) => [id, Object.fromEntries([...columns, 'other_sex'].map((k) => [k, by.get(id)?.[k] ?? 0]))]));
}
