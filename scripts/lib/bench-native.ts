/**
 * The session's questions answered by native DuckDB on the raw tables: for
 * each state the page was driven to (unit, period, clauses, N), the headline
 * questions its panels answer: admissions in the period in the unit's
 * subtree, members at the period's end, admissions per direct sub-unit, and
 * cells without an admission for N years. Nothing is pre-aggregated: this is
 * what DuckDB itself takes from the raw rows, the yardstick for the page.
 */
import { resolve } from 'node:path';
import { DuckDBInstance, INTEGER, LIST, listValue, VARCHAR, type DuckDBType, type DuckDBValue } from '@duckdb/node-api';
import { NATIVE_THREADS } from './native-reference';

/** A state of the page, as its address gives it. */
export interface SessionState {
  unit: string;
  from: string;
  to: string;
  /** Cross-filter clauses, `dim -> values` (the page's `f`). */
  clauses: Record<string, string[]>;
  stagnantYears: number;
}

export interface NativeAnswers {
  /** Loading units, members and admissions from CSV (not part of any question's time). */
  loadSeconds: number;
  /** One per state, in the order given: the time of all four questions. */
  stateMs: number[];
  /** Clause dimensions the native questions left out (they filter raw columns only). */
  ignoredDims: string[];
}

// the raw columns a clause can filter natively; the page's other dimensions are derived
const NATIVE_DIMS = new Set(['sex', 'cell_type']);

/** The address's own reading of a state (the page writes defaults out; `home` fills them). */
export function stateFromSearch(search: string, home: { unit: string; from: string; to: string }): SessionState {
  const p = new URLSearchParams(search);
  const clauses: Record<string, string[]> = {};
  for (const part of (p.get('f') ?? '').split(';').filter(Boolean)) {
    const [dim, values] = part.split(':');
    if (dim && values) clauses[dim] = values.split(',');
  }
  const n = Number(p.get('n'));
  return {
    unit: p.get('unit') ?? home.unit,
    from: p.get('from') ?? home.from,
    to: p.get('to') ?? home.to,
    clauses,
    stagnantYears: Number.isInteger(n) && n >= 1 ? n : 3,
  };
}

// the tree through parents and through successors: a commune merged in 2025 rolls up into its successor
// (as one edge list, so that each step is an equi-join)
const EDGES = `edges(child, parent) AS (
  SELECT unit_id, parent_id FROM units WHERE parent_id IS NOT NULL UNION ALL
  SELECT unit_id, successor_id FROM units WHERE successor_id IS NOT NULL)`;
const SUBTREE = `${EDGES}, sub(unit_id) AS (
  SELECT $unit::VARCHAR UNION
  SELECT e.child FROM edges e JOIN sub ON e.parent = sub.unit_id)`;

const admissionFilter = `a.admitted_on BETWEEN $from::DATE AND $to::DATE
  AND (len($sexes) = 0 OR list_contains($sexes, a.sex))
  AND (len($cellTypes) = 0 OR list_contains($cellTypes, c.type))`;

const QUESTIONS = [
  `WITH RECURSIVE ${SUBTREE}
   SELECT count(*) FROM admissions a JOIN sub USING (unit_id) JOIN units c ON c.unit_id = a.unit_id WHERE ${admissionFilter}`,
  `WITH RECURSIVE ${SUBTREE}
   SELECT count(*) FROM members m JOIN sub USING (unit_id) JOIN units c ON c.unit_id = m.unit_id
   WHERE m.admitted_on <= $to::DATE AND (m.left_on IS NULL OR m.left_on > $to::DATE)
     AND (len($sexes) = 0 OR list_contains($sexes, m.sex)) AND (len($cellTypes) = 0 OR list_contains($cellTypes, c.type))`,
  `WITH RECURSIVE ${EDGES}, tops(top, unit_id) AS (
     SELECT unit_id, unit_id FROM units WHERE parent_id = $unit::VARCHAR UNION
     SELECT tops.top, e.child FROM edges e JOIN tops ON e.parent = tops.unit_id)
   SELECT top, count(*) FROM admissions a JOIN tops USING (unit_id) JOIN units c ON c.unit_id = a.unit_id WHERE ${admissionFilter} GROUP BY top`,
  `WITH RECURSIVE ${SUBTREE}
   SELECT count(*) FROM units c JOIN sub USING (unit_id)
   WHERE c.kind = 'chi_bo' AND (len($cellTypes) = 0 OR list_contains($cellTypes, c.type))
     AND NOT EXISTS (SELECT 1 FROM admissions a WHERE a.unit_id = c.unit_id
       AND a.admitted_on > $to::DATE - to_years($years::INTEGER) AND a.admitted_on <= $to::DATE)`,
];

/** Reads the raw CSVs of `csvDir` and times the questions of each state (after one untimed pass over the first). */
export async function nativeAnswers(csvDir: string, states: readonly SessionState[], threads = NATIVE_THREADS): Promise<NativeAnswers> {
  const instance = await DuckDBInstance.create(':memory:', { threads: String(threads) });
  const conn = await instance.connect();
  try {
    const t0 = performance.now();
    const dates = { units: '', members: ", types = {'admitted_on': 'DATE', 'left_on': 'DATE'}", admissions: ", types = {'admitted_on': 'DATE'}" };
    for (const [table, types] of Object.entries(dates)) {
      const file = resolve(csvDir, `${table}.csv`);
      await conn.run(`CREATE TABLE ${table} AS SELECT * FROM read_csv($file, header = true${types})`, { file });
    }
    const loadSeconds = (performance.now() - t0) / 1000;
    const ignored = new Set<string>();
    const ask = async (s: SessionState) => {
      for (const dim of Object.keys(s.clauses)) if (!NATIVE_DIMS.has(dim)) ignored.add(dim);
      const values: Record<string, DuckDBValue> = {
        unit: s.unit,
        from: s.from,
        to: s.to,
        sexes: listValue(s.clauses.sex ?? []),
        cellTypes: listValue(s.clauses.cell_type ?? []),
        years: s.stagnantYears,
      };
      const types: Record<string, DuckDBType> = { unit: VARCHAR, from: VARCHAR, to: VARCHAR, sexes: LIST(VARCHAR), cellTypes: LIST(VARCHAR), years: INTEGER };
      const t = performance.now();
      for (const q of QUESTIONS) {
        // each question binds only the names it uses
        const pick = <T,>(o: Record<string, T>) => Object.fromEntries(Object.entries(o).filter(([k]) => q.includes(`$${k}`)));
        await conn.runAndReadAll(q, pick(values), pick(types));
      }
      return performance.now() - t;
    };
    if (states.length) await ask(states[0]!);
    const stateMs: number[] = [];
    for (const s of states) stateMs.push(await ask(s));
    return { loadSeconds, stateMs, ignoredDims: [...ignored] };
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}
