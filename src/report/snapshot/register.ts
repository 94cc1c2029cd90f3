import type { Lang } from '../../dataset/types';
import type { Filters } from '../../filters/filters';
import { dayBefore, wholeYear } from '../../filters/period';
import { ADMISSION_AGE_BANDS, ADMISSION_FLAGS, LEFT_REASONS, MEMBER_AGE_BANDS } from '../../registry';
import type { SnapshotData } from './collect';
import { Published } from './published';

/** Ids of the printed counts: one id per number, whichever section prints it. */
export const ID = {
  adm: 'adm',
  mem: 'mem',
  prevAdm: 'prev.adm',
  prevMem: 'prev.mem',
  flag: (id: string) => `adm.flag.${id}`,
  band: (key: string) => `adm.band.${key}`,
  occ: (code: string | null) => `adm.occ.${code ?? '?'}`,
  year: (y: number) => `year.${y}`,
  memberInd: (id: string) => `mem.${id}`,
  pyr: (sex: 'men' | 'women', band: string) => `pyr.${sex}.${band}`,
  /** A member age band, both sexes (Biểu 3). */
  memBand: (band: string) => `mem.band.${band}`,
  b1: (k: string) => `b1.${k}`,
  cov: (type: string | null, col: 'cells' | 'with' | 'without' | 'adm') => `cov.${type ?? '?'}.${col}`,
  covTotal: (col: 'cells' | 'with' | 'without' | 'adm') => `cov.*.${col}`,
  cell: (unitId: string, col: 'members' | 'a61') => `cell.${col}.${unitId}`,
  stagnant: 'stagnant.count',
  stagnantVillage: 'stagnant.village',
  stagnantMore: 'stagnant.more',
  grassTotal: 'grass.total',
  grassWithout: 'grass.without',
} as const;

export const BAND_UNKNOWN = 'unknown';
const VILLAGE = 'thon_to_dan_pho';

/** The member profile's counts by indicator id (MEMBER_INDICATORS). */
export function memberValues(d: SnapshotData): Record<string, number> {
  const m = d.members;
  return { probationary: m.probationary, women: m.women, ethnic_minority: m.ethnicMinority, religious: m.religious, youth: m.youth, aged_61_plus: m.aged61Plus };
}

/** Whole calendar years covered exactly by the period, or none. */
function periodYears(f: Filters): number[] | null {
  if (!f.from.endsWith('-01-01') || !f.to.endsWith('-12-31')) return null;
  const out = [];
  for (let y = Number(f.from.slice(0, 4)); y <= Number(f.to.slice(0, 4)); y++) out.push(y);
  return out;
}

/**
 * Registers every count the snapshot prints, with the sums a reader could
 * use to recover a hidden one. Groups may be conservative (a printed total
 * that also counts unknowns): that hides a little more, never less.
 */
export function register(d: SnapshotData, f: Filters, k: number, lang: Lang): Published {
  const p = new Published(k, lang);
  // headline
  p.set(ID.adm, d.kpis.admissions).set(ID.mem, d.kpis.members);
  // the same period a year earlier: its change is printed only beside both counts
  p.set(ID.prevAdm, d.kpis.previous.admissions).set(ID.prevMem, d.kpis.previous.members);
  // kinds, age bands, occupations of admissions
  for (const fl of ADMISSION_FLAGS) p.set(ID.flag(fl.id), d.profile.flags[fl.id]);
  const bandSum = ADMISSION_AGE_BANDS.reduce((s, b) => s + d.profile.ageBands[b.key], 0);
  for (const b of ADMISSION_AGE_BANDS) p.set(ID.band(b.key), d.profile.ageBands[b.key]);
  p.set(ID.band(BAND_UNKNOWN), d.profile.count - bandSum);
  p.group(ID.adm, [...ADMISSION_AGE_BANDS.map((b) => ID.band(b.key)), ID.band(BAND_UNKNOWN)]);
  p.same(ID.flag('youth'), ID.band('18-30'));
  for (const o of d.occupation.counts) p.set(ID.occ(o.code), o.count);
  p.group(ID.adm, d.occupation.counts.map((o) => ID.occ(o.code)));
  p.same(ID.flag('high_school'), ID.occ('hoc_sinh'));
  p.same(ID.flag('university_student'), ID.occ('sinh_vien'));
  p.same(ID.flag('business_owner'), ID.occ('chu_doanh_nghiep'));
  // per year
  for (const y of d.years) p.set(ID.year(y.year), y.admissions);
  const ys = periodYears(f);
  if (ys && ys.every((y) => d.years.some((r) => r.year === y)) && f.clauses.length === 0) p.group(ID.adm, ys.map(ID.year));
  // members
  const mv = memberValues(d);
  for (const [id, v] of Object.entries(mv)) p.set(ID.memberInd(id), v);
  for (const b of d.pyramid) p.set(ID.pyr('men', b.band), b.men).set(ID.pyr('women', b.band), b.women);
  const pyr = (sex: 'men' | 'women', keys = MEMBER_AGE_BANDS.map((b) => b.key)) => keys.map((key) => ID.pyr(sex, key));
  p.group(ID.mem, [...pyr('men'), ...pyr('women')]);
  p.group(ID.memberInd('women'), pyr('women'));
  p.group(ID.memberInd('youth'), [...pyr('men', ['18-30']), ...pyr('women', ['18-30'])]);
  p.group(ID.memberInd('aged_61_plus'), [...pyr('men', ['61-70', '70+']), ...pyr('women', ['61-70', '70+'])]);
  // Biểu 1: start + admitted = end + left, and the reasons add up to the left
  const c = d.change;
  p.set(ID.b1('start'), c.start).set(ID.b1('admitted'), c.admitted).set(ID.b1('left'), c.leftTotal);
  for (const r of [...LEFT_REASONS, 'unknown'] as const) p.set(ID.b1(`left.${r}`), c.left[r]);
  p.group(ID.b1('left'), [...LEFT_REASONS, 'unknown'].map((r) => ID.b1(`left.${r}`)));
  p.set(ID.b1('end'), c.end).group(ID.b1('end'), [ID.b1('start'), ID.b1('admitted'), ID.b1('left')]);
  if (c.end === d.kpis.members) p.same(ID.mem, ID.b1('end'));
  // the same period a year earlier prints what other tables print: the year before's admissions, Biểu 1's start
  const prev = d.kpis.previous;
  const prevYear = wholeYear(prev);
  if (prevYear !== null && d.years.find((y) => y.year === prevYear)?.admissions === prev.admissions) p.same(ID.prevAdm, ID.year(prevYear));
  if (prev.to === dayBefore(f.from) && c.start === prev.members) p.same(ID.prevMem, ID.b1('start'));
  // coverage: with + without = cells per type, and the column totals
  const cols = ['cells', 'with', 'without', 'adm'] as const;
  const tot = { cells: 0, with: 0, without: 0, adm: 0 };
  for (const r of d.coverage) {
    const v = { cells: r.cells, with: r.withAdmission, without: r.cells - r.withAdmission, adm: r.admissions };
    for (const col of cols) {
      p.set(ID.cov(r.type, col), v[col]);
      tot[col] += v[col];
    }
    p.group(ID.cov(r.type, 'cells'), [ID.cov(r.type, 'with'), ID.cov(r.type, 'without')]);
  }
  for (const col of cols) {
    p.set(ID.covTotal(col), tot[col]);
    p.group(ID.covTotal(col), d.coverage.map((r) => ID.cov(r.type, col)));
  }
  p.group(ID.covTotal('cells'), [ID.covTotal('with'), ID.covTotal('without')]);
  if (tot.adm === d.kpis.admissions) p.same(ID.adm, ID.covTotal('adm'));
  // the lists name their organisations: their lengths are printed as they are
  const st = d.story.stagnant;
  p.setExempt(ID.stagnant, d.stagnant.count).setExempt(ID.stagnantVillage, st?.village ?? 0);
  p.setExempt(ID.stagnantMore, Math.max(0, d.stagnant.count - d.stagnant.cells.length));
  p.setExempt(ID.grassTotal, d.grassroots.total).setExempt(ID.grassWithout, d.grassroots.without.length);
  // people in each listed cell
  for (const cell of d.stagnant.cells) p.set(ID.cell(cell.unitId, 'members'), cell.members).set(ID.cell(cell.unitId, 'a61'), cell.aged61Plus);
  // the paragraph's figures are the same ids (checked: its inputs come from the same modules)
  const s = d.story;
  if (s.villageCoverage && !d.coverage.some((r) => r.type === VILLAGE)) throw new Error('snapshot: village coverage without a village row');
  if (s.stagnant && s.stagnant.activeCells !== tot.cells) throw new Error('snapshot: the paragraph and the coverage disagree on the active cells');
  return p;
}

export { VILLAGE };
