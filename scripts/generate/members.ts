import type { Admission } from './admissions';
import { DATA_DATE, DATA_YEAR, type Day, dayOf, FIRST_DAY, plusOneYear, yearEnd, yearOf, yearStart } from './dates';
import { type Person, politicalTheoryFor, stockAges, stockPerson } from './people';
import type { Random } from './random';
import type { Cell, CellType } from './units';

export type LeftReason = 'tu_tran' | 'chuyen_di' | 'xoa_ten' | 'khai_tru' | 'xin_ra';

/** One row of members.csv before its pseudonym is assigned. */
export interface Member {
  id: string;
  unitId: string;
  person: Person;
  politicalTheory: string;
  admittedOn: Day;
  officialOn: Day | null;
  leftOn: Day | null;
  leftReason: LeftReason | '';
  admission: Admission | null;
}

/** Yearly probability of transferring out of the province (chuyển sinh hoạt đi). */
const TRANSFER: Record<CellType, number> = {
  thon_to_dan_pho: 0.006, truong_hoc: 0.012, truong_thpt: 0.012, co_quan: 0.015, don_vi_su_nghiep: 0.012,
  doanh_nghiep_nha_nuoc: 0.02, doanh_nghiep_ngoai_nha_nuoc: 0.035, cong_an: 0.04, quan_su: 0.05, khac: 0.015,
};
const REASONS: readonly LeftReason[] = ['tu_tran', 'chuyen_di', 'xoa_ten', 'khai_tru', 'xin_ra'];

/** Yearly probability of death at an age (Gompertz-like). */
const mortality = (age: number) => Math.min(0.4, 0.0005 * Math.exp(0.088 * (age - 30)));

/** Simulates leaving between `start` and the data date; null if still a member. */
function simulateLeaving(
  rng: Random, start: Day, birthYear: number, cell: Cell, probationEnd: Day,
): { day: Day; reason: LeftReason } | null {
  const hz = [0, 0, 0, 0.00015, 0.0001];
  for (let y = yearOf(start); y <= DATA_YEAR; y++) {
    const s = Math.max(start, yearStart(y));
    const e = Math.min(DATA_DATE, yearEnd(y));
    if (s > e) continue;
    const age = y - birthYear;
    hz[0] = mortality(age);
    hz[1] = cell.type === 'thon_to_dan_pho' ? (age < 35 ? 0.012 : age < 60 ? 0.005 : 0.0015) : TRANSFER[cell.type];
    hz[2] = 0.0008 + (s < probationEnd ? 0.004 : 0);
    const total = hz[0] + hz[1] + hz[2] + hz[3] + hz[4];
    const p = 1 - Math.exp(-total * ((e - s + 1) / 365.25));
    if (rng.chance(p)) return { day: rng.int(s, e), reason: REASONS[rng.weighted(hz)] };
  }
  return null;
}

/** Follows merged or dissolved cells to where a member sat at the end. */
function lastCell(rng: Random, cell: Cell, leftOn: Day | null): Cell {
  let c = cell;
  while (c.unit.activeTo !== null && (leftOn === null || leftOn > c.unit.activeTo)) {
    c = c.successor ?? rng.pick(c.district.residentialCells);
  }
  return c;
}

function officialDate(rng: Random, admittedOn: Day, leftOn: Day | null): Day | null {
  const d = plusOneYear(admittedOn) + rng.int(0, 25);
  return d <= DATA_DATE && (leftOn === null || d <= leftOn) ? d : null;
}

/** Members admitted since 2016, one per admission, with the same attributes. */
export function membersFromAdmissions(rng: Random, admissions: readonly Admission[]): Member[] {
  return admissions.map((a) => {
    const p = a.person;
    let left: { day: Day; reason: LeftReason } | null = null;
    if (p.pupil && rng.chance(0.85)) {
      // Most pupils move their membership to a university after graduation.
      const day = a.day + rng.int(120, 240);
      if (day <= DATA_DATE) left = { day, reason: 'chuyen_di' };
    } else if (p.student && rng.chance(0.5)) {
      const day = a.day + rng.int(200, 900);
      if (day <= DATA_DATE) left = { day, reason: 'chuyen_di' };
    }
    const officialDue = plusOneYear(a.day);
    left ??= a.day < DATA_DATE ? simulateLeaving(rng, a.day + 1, p.birthYear, a.cell, officialDue) : null;
    const leftOn = left?.day ?? null;
    const officialOn = officialDate(rng, a.day, leftOn);
    const probationary = officialOn === null || (leftOn === null && officialOn > DATA_DATE);
    return {
      id: '', unitId: lastCell(rng, a.cell, leftOn).unit.id, person: p,
      politicalTheory: politicalTheoryFor(rng, p.occupation, probationary),
      admittedOn: a.day, officialOn, leftOn, leftReason: left?.reason ?? '', admission: a,
    };
  });
}

/** Splits `total` over cells in proportion to their size (largest remainder). */
function quotas(cells: readonly Cell[], total: number): number[] {
  const weights = cells.map((c) => c.size * (c.from > FIRST_DAY ? 0.5 : 1));
  const sum = weights.reduce((a, b) => a + b, 0);
  const raw = weights.map((w) => (w / sum) * total);
  const out = raw.map(Math.floor);
  let rest = total - out.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; rest > 0; k = (k + 1) % order.length, rest--) out[order[k][1]]++;
  return out;
}

/**
 * Members admitted before 2016: for each cell, members are drawn until the cell
 * has its quota still in the party at the data date; those who died or left on
 * the way are kept as rows with left_on.
 */
export function stockMembers(rng: Random, cells: readonly Cell[], aliveTarget: number, emit: (m: Member) => void): void {
  const q = quotas(cells, Math.max(0, aliveTarget));
  cells.forEach((cell, i) => {
    let alive = 0;
    while (alive < q[i]) {
      const { birthYear, admittedYear } = stockAges(rng, cell);
      const admittedOn = dayOf(admittedYear, 1, 1) + rng.int(0, 364);
      const start = Math.max(cell.from, admittedOn + 1);
      const officialDue = plusOneYear(admittedOn);
      const left = simulateLeaving(rng, start, birthYear, cell, officialDue);
      const leftOn = left?.day ?? null;
      const ageAtEnd = yearOf(leftOn ?? DATA_DATE) - birthYear;
      const retired = ageAtEnd >= 61;
      let home = lastCell(rng, cell, leftOn);
      // Retired officials, teachers and workers keep their membership where they live.
      if (retired && leftOn === null && home.type !== 'thon_to_dan_pho' && home.district.residentialCells.length > 0) {
        home = rng.pick(home.district.residentialCells);
      }
      const person = stockPerson(rng, cell, birthYear, retired);
      const officialOn = officialDate(rng, admittedOn, leftOn);
      const probationary = officialOn === null || officialOn > (leftOn ?? DATA_DATE);
      if (leftOn === null) alive++;
      emit({
        id: '', unitId: home.unit.id, person,
        politicalTheory: politicalTheoryFor(rng, person.occupation, probationary && leftOn === null),
        admittedOn, officialOn, leftOn, leftReason: left?.reason ?? '', admission: null,
      });
    }
  });
}
