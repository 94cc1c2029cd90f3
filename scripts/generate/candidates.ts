import type { Admission } from './admissions';
import { DATA_DATE, type Day, dayOf } from './dates';
import type { Random } from './random';
import type { Cell } from './units';

/** One row of candidates.csv (nguồn kết nạp, quần chúng ưu tú). */
export interface Candidate {
  cell: Cell;
  listedOn: Day;
  classOn: Day | null;
  admittedOn: Day | null;
  droppedOn: Day | null;
  dropReason: string;
}

const PIPELINE_START = dayOf(2014, 1, 1);

/**
 * The source pipeline: everyone admitted came through it, and about 1.4 times
 * as many more were listed and either dropped out (moved away, the education
 * requirement, other) or are still waiting at the data date.
 */
export function buildCandidates(rng: Random, cells: readonly Cell[], admissions: readonly Admission[]): Candidate[] {
  const out: Candidate[] = [];
  for (const a of admissions) {
    const listedOn = Math.max(PIPELINE_START, a.day - rng.int(150, 900));
    let classOn: Day | null = null;
    if (rng.chance(0.96)) {
      classOn = a.day - rng.int(20, 300);
      if (classOn < listedOn) classOn = listedOn + Math.floor((a.day - listedOn) / 2);
    }
    out.push({ cell: a.cell, listedOn, classOn, admittedOn: a.day, droppedOn: null, dropReason: '' });
  }

  // Cells that admit more also list more; villages that admit nobody still list a few.
  const weights = cells.map((c) => c.rate + (c.type === 'thon_to_dan_pho' ? 0.15 : 0.02));
  const others = Math.round(admissions.length * 1.4);
  for (let i = 0; i < others; i++) {
    const cell = cells[rng.weighted(weights)];
    const from = Math.max(PIPELINE_START, cell.from);
    const to = Math.min(DATA_DATE - 30, cell.to);
    if (from >= to) continue;
    const listedOn = rng.int(from, to);
    const recent = listedOn > DATA_DATE - 730;
    let droppedOn: Day | null = null;
    let dropReason = '';
    if (rng.chance(recent ? 0.35 : 0.92)) {
      const day = listedOn + rng.int(60, 720);
      if (day <= Math.min(DATA_DATE, cell.to + 30)) {
        droppedOn = day;
        dropReason = rng.choose([['chuyen_di', 45], ['hoc_van', 30], ['khac', 25]]);
      }
    }
    let classOn: Day | null = null;
    const classChance = dropReason === 'hoc_van' ? 0.75 : droppedOn !== null ? 0.4 : listedOn < DATA_DATE - 180 ? 0.5 : 0.1;
    if (rng.chance(classChance)) {
      const limit = Math.min(droppedOn ?? DATA_DATE, listedOn + 400);
      if (limit > listedOn + 30) classOn = rng.int(listedOn + 30, limit);
    }
    out.push({ cell, listedOn, classOn, admittedOn: null, droppedOn, dropReason });
  }
  out.sort((a, b) => a.listedOn - b.listedOn);
  return out;
}
