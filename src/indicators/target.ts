import type { Engine } from '../engine/types';
import type { UnitTree } from '../model/tree';
import { oncePerDataset } from './once';
import type { Scope } from '../vocab/scope';

export interface TargetRow {
  unitId: string;
  fromYear: number;
  toYear: number;
  target: number;
  targetMax: number | null;
}

export interface TargetValue {
  target: number;
  targetMax: number | null;
}

export const TARGETS_SQL = 'SELECT unit_id, from_year, to_year, target, target_max FROM targets';

async function readTargets(engine: Engine): Promise<Map<string, TargetRow[]>> {
  const rows = await engine.query<{ unit_id: string; from_year: number; to_year: number; target: number; target_max: number | null }>(
    TARGETS_SQL,
  );
  const byUnit = new Map<string, TargetRow[]>();
  for (const r of rows) {
    const row = { unitId: r.unit_id, fromYear: r.from_year, toYear: r.to_year, target: r.target, targetMax: r.target_max };
    const list = byUnit.get(r.unit_id);
    if (list) list.push(row);
    else byUnit.set(r.unit_id, [row]);
  }
  return byUnit;
}

const read = new WeakMap<object, Promise<Map<string, TargetRow[]>>>();

/**
 * The targets of the loaded dataset by unit, read once per dataset (the tree
 * is the dataset's identity): every view, tile and sentence asks for them.
 */
export function loadTargets(engine: Engine, tree: UnitTree): Promise<Map<string, TargetRow[]>> {
  return oncePerDataset(read, tree, () => readTargets(engine));
}

function own(byUnit: Map<string, TargetRow[]>, unitId: string, fromYear: number, toYear: number): TargetValue | null {
  const row = byUnit.get(unitId)?.find((r) => r.fromYear === fromYear && r.toYear === toYear);
  return row ? { target: row.target, targetMax: row.targetMax } : null;
}

/** Sums targets; the upper bound of a sum exists when any part has a range (the others add their single value). */
function sum(values: TargetValue[]): TargetValue | null {
  if (values.length === 0) return null;
  const anyRange = values.some((v) => v.targetMax !== null);
  return {
    target: values.reduce((s, v) => s + v.target, 0),
    targetMax: anyRange ? values.reduce((s, v) => s + (v.targetMax ?? v.target), 0) : null,
  };
}

/**
 * The yearly targets found so far, per dataset (its tree and its targets) and
 * year, by unit: a unit's value depends on its subtree only, so each is worked
 * out once. The Đơn vị table asks for every sub-unit at every change, and
 * walking each subtree again would hold the page's thread at each of them.
 */
const yearMemo = new WeakMap<UnitTree, WeakMap<Map<string, TargetRow[]>, Map<number, Map<string, TargetValue | null>>>>();

function memoOf(tree: UnitTree, byUnit: Map<string, TargetRow[]>, year: number): Map<string, TargetValue | null> {
  let byTargets = yearMemo.get(tree);
  if (!byTargets) yearMemo.set(tree, (byTargets = new WeakMap()));
  let byYear = byTargets.get(byUnit);
  if (!byYear) byTargets.set(byUnit, (byYear = new Map()));
  let memo = byYear.get(year);
  if (!memo) byYear.set(year, (memo = new Map()));
  return memo;
}

/** A unit's own yearly target, else the sum of its direct sub-units' (same rule, by `parent_id`). */
export function yearTarget(tree: UnitTree, byUnit: Map<string, TargetRow[]>, unitId: string, year: number): TargetValue | null {
  const memo = memoOf(tree, byUnit, year);
  const visit = (id: string, depth: number): TargetValue | null => {
    if (memo.has(id)) return memo.get(id)!;
    const mine = own(byUnit, id, year, year);
    let value = mine;
    if (!mine && depth < 64) {
      const parts = (tree.children.get(id) ?? []).map((c) => visit(c, depth + 1)).filter((v): v is TargetValue => v !== null);
      value = sum(parts);
    }
    memo.set(id, value);
    return value;
  };
  return visit(unitId, 0);
}

/**
 * A term target whose years are exactly the period's; otherwise the sum of the
 * yearly targets of the period's years when every one of them has one.
 */
export function periodTarget(tree: UnitTree, byUnit: Map<string, TargetRow[]>, scope: Scope): TargetValue | null {
  const y1 = Number(scope.from.slice(0, 4));
  const y2 = Number(scope.to.slice(0, 4));
  const term = own(byUnit, scope.unitId, y1, y2);
  if (term) return term;
  const years: TargetValue[] = [];
  for (let y = y1; y <= y2; y++) {
    const t = yearTarget(tree, byUnit, scope.unitId, y);
    if (!t) return null;
    years.push(t);
  }
  return sum(years);
}
