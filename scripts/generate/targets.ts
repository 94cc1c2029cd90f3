import type { Admission } from './admissions';
import { FIRST_YEAR, yearOf } from './dates';
import type { Random } from './random';
import type { Province } from './units';

/** One row of targets.csv. */
export interface Target {
  unitId: string;
  fromYear: number;
  toYear: number;
  target: number;
  targetMax: number | null;
}

/** "Năm 2021 không giao chỉ tiêu": no unit has a target that year. */
export const YEAR_WITHOUT_TARGET = 2021;
const LAST_FULL_YEAR = 2025;
const LAST_DISTRICT_YEAR = 2024;

/** Achievement of the sample province's own target, by year (some over, some under). */
const ACHIEVEMENT: Readonly<Record<number, number>> = {
  2016: 1.06, 2017: 1.11, 2018: 1.08, 2019: 0.93, 2020: 0.88, 2022: 1.12, 2023: 1.09, 2024: 1.05, 2025: 0.91,
};

/** Targets are set in round numbers. */
function nice(x: number): number {
  const step = x >= 500 ? 10 : x >= 100 ? 5 : 1;
  return Math.max(1, Math.round(x / step) * step);
}

function countBy<K>(admissions: readonly Admission[], key: (a: Admission) => K | null): Map<K, number> {
  const m = new Map<K, number>();
  for (const a of admissions) {
    const k = key(a);
    if (k !== null) m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}

/**
 * Targets derived from what was achieved: the province's own yearly target,
 * a term range for 2016-2020, the districts' yearly targets (which do not add
 * up to the province's), and 2026 targets for the province and the new communes.
 */
export function buildTargets(
  rng: Random, province: Province, admissions: readonly Admission[], totals: Map<number, number>, provinceIndex: number,
): Target[] {
  const out: Target[] = [];
  const byYear = countBy(admissions, (a) => yearOf(a.day));
  const achievement = (y: number) =>
    provinceIndex === 0 ? ACHIEVEMENT[y] : rng.chance(0.6) ? rng.uniform(1.02, 1.15) : rng.uniform(0.85, 0.97);

  const provinceTarget = new Map<number, number>();
  for (let y = FIRST_YEAR; y <= LAST_FULL_YEAR; y++) {
    if (y === YEAR_WITHOUT_TARGET) continue;
    const t = nice((byYear.get(y) ?? 0) / achievement(y));
    provinceTarget.set(y, t);
    out.push({ unitId: province.root.id, fromYear: y, toYear: y, target: t, targetMax: null });
  }
  let term = 0;
  for (let y = 2016; y <= 2020; y++) term += byYear.get(y) ?? 0;
  const step = term >= 2000 ? 100 : term >= 200 ? 10 : 1;
  const low = Math.max(1, Math.round((term * rng.uniform(0.86, 0.9)) / step) * step);
  const high = low + Math.max(1, Math.round((low * 0.1) / (step === 100 ? 50 : step)) * (step === 100 ? 50 : step));
  out.push({ unitId: province.root.id, fromYear: 2016, toYear: 2020, target: low, targetMax: high });
  const full2026 = (totals.get(2026) ?? 0) * 1.2 * rng.uniform(0.95, 1.05);
  const target2026 = nice(full2026);
  out.push({ unitId: province.root.id, fromYear: 2026, toYear: 2026, target: target2026, targetMax: null });

  const byDistrictYear = countBy(admissions, (a) => `${a.cell.district.index}:${yearOf(a.day)}`);
  for (let y = FIRST_YEAR; y <= LAST_DISTRICT_YEAR; y++) {
    if (y === YEAR_WITHOUT_TARGET) continue;
    const rows = province.districts.map((d) => ({
      unitId: d.unit.id, fromYear: y, toYear: y, targetMax: null,
      target: nice((byDistrictYear.get(`${d.index}:${y}`) ?? 0) / (achievement(y) * rng.uniform(0.9, 1.1))),
    }));
    // The province's own target must differ from the sum of its districts' targets.
    if (rows.reduce((s, r) => s + r.target, 0) === provinceTarget.get(y)) rows[0].target += 1;
    out.push(...rows);
  }

  const cellCommune = new Map<string, number>();
  province.newCommunes.forEach((nc, i) => {
    for (const c of nc.merged) for (const cell of c.cells) cellCommune.set(cell.unit.id, i);
  });
  const recent = countBy(admissions, (a) => {
    const y = yearOf(a.day);
    return y >= 2023 && y <= 2025 ? cellCommune.get(a.cell.unit.id) ?? null : null;
  });
  const communeRows = province.newCommunes.map((nc, i) => ({
    unitId: nc.unit.id, fromYear: 2026, toYear: 2026, targetMax: null,
    target: nice(((recent.get(i) ?? 0) / 3) * rng.uniform(0.95, 1.2)),
  }));
  if (communeRows.length > 0 && communeRows.reduce((s, r) => s + r.target, 0) === target2026) communeRows[0].target += 1;
  out.push(...communeRows);
  return out;
}
