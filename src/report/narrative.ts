import type { Lang } from '../dataset/types';
import type { Period } from '../filters/period';
import { wholeYear } from '../filters/period';
import { HEADLINE_FLAGS } from '../registry';
import { formatCount, formatDate, formatPercent } from '../i18n/format';
import { changePhrase } from './comparison-text';
import { yearOver } from '../indicators/progress';

/**
 * The figures the paragraph is written from, all computed by the indicator
 * modules (see `narrativeInput`): the paragraph adds words, never numbers.
 */
export interface NarrativeInput {
  unit: { name: string; kind: 'dang_bo' | 'chi_bo' };
  period: Period;
  /** Cross-filter clauses narrow the figures: the target is then not compared and the paragraph says so. */
  filtered: boolean;
  admissions: {
    count: number;
    target: number | null;
    achievementPct: number | null;
    /** Admitted of each headline kind of the registry (`HEADLINE_FLAGS`), by its id. */
    flags: Record<string, number>;
    /** The same period a year earlier (cùng kỳ): its dates and admissions, and the change to this period's, as a count and a share (none when it had none). */
    previous?: { period: Period; count: number; change: number; changePct: number | null };
  };
  /** Active village cells (`thon_to_dan_pho`) of the unit; none when it has no such cell. */
  villageCoverage: { cells: number; withAdmission: number; admissions: number } | null;
  /** Chi bộ without admission in the N calendar years `fromYear`–`toYear`, of the active cells; null when the cells' rows are not at hand (a split dataset's summary). */
  stagnant: { years: number; fromYear: number; toYear: number; count: number; activeCells: number; village: number; villageCells: number } | null;
  /** Members at the period's last day. */
  members: { date: string; count: number; probationary: number };
  /** Toward the year's target, when the period lies inside one year (`yearProgress`); absent otherwise. */
  during?: During | null;
}

/** The year's progress and the direct sub-units at risk, as the paragraph says them. */
export interface During {
  year: number;
  asOf: string;
  /** The unit's own progress; null when its year has no target (its sub-units may have one). */
  progress: { target: number; admitted: number; remaining: number; projected: number; atRisk: boolean; fromHistory: boolean } | null;
  /** Direct sub-units with a target, and the names of those at risk, the furthest behind first. */
  withTarget: number;
  atRisk: string[];
}


/** At most three names, then how many more. */
function someNames(names: string[], more: (n: number) => string): string {
  const shown = names.slice(0, 3).join(', ');
  return names.length > 3 ? `${shown}${more(names.length - 3)}` : shown;
}

function duringVi(d: During, n: (v: number) => string): string[] {
  const out: string[] = [];
  const p = d.progress;
  if (p && !yearOver(d)) {
    const pace = p.fromHistory ? 'nhịp kết nạp các năm trước' : 'số ngày đã qua của năm';
    const verdict = p.atRisk ? `có nguy cơ không đạt chỉ tiêu (còn phải kết nạp ${n(p.remaining)})` : p.remaining > 0 ? `có thể đạt chỉ tiêu (còn phải kết nạp ${n(p.remaining)})` : 'đã đạt chỉ tiêu';
    out.push(`Tính từ đầu năm ${d.year} đến ${formatDate(d.asOf, 'vi')}, đã kết nạp ${n(p.admitted)}/${n(p.target)} đảng viên theo chỉ tiêu; theo ${pace}, cả năm dự kiến kết nạp ${n(p.projected)} đảng viên, ${verdict}.`);
  }
  if (d.withTarget > 0) {
    const names = someNames(d.atRisk, (k) => ` và ${n(k)} đơn vị khác`);
    if (d.atRisk.length > 0)
      out.push(`${n(d.atRisk.length)}/${n(d.withTarget)} đơn vị trực thuộc được giao chỉ tiêu ${yearOver(d) ? 'không đạt' : 'có nguy cơ không đạt'} chỉ tiêu năm ${d.year}: ${names}.`);
    else out.push(`Các đơn vị trực thuộc được giao chỉ tiêu năm ${d.year} đều ${yearOver(d) ? 'đạt chỉ tiêu' : 'đang đúng tiến độ'}.`);
  }
  return out;
}

function duringEn(d: During, n: (v: number) => string): string[] {
  const out: string[] = [];
  const p = d.progress;
  if (p && !yearOver(d)) {
    const pace = p.fromHistory ? "the previous years' pace" : 'the share of the year gone by';
    const verdict = p.atRisk ? `at risk of missing the target (${n(p.remaining)} still to admit)` : p.remaining > 0 ? `on course for the target (${n(p.remaining)} still to admit)` : 'the target already met';
    out.push(`By ${formatDate(d.asOf, 'en')}, ${n(p.admitted)} of the ${n(p.target)} members targeted for ${d.year} were admitted; at ${pace}, ${n(p.projected)} are projected for the year, ${verdict}.`);
  }
  if (d.withTarget > 0) {
    const names = someNames(d.atRisk, (k) => ` and ${n(k)} more`);
    if (d.atRisk.length > 0)
      out.push(`${n(d.atRisk.length)} of the ${n(d.withTarget)} sub-units with a target ${yearOver(d) ? 'missed' : d.atRisk.length === 1 ? 'is at risk of missing' : 'are at risk of missing'} their ${d.year} target: ${names}.`);
    else out.push(`Every sub-unit with a ${d.year} target ${yearOver(d) ? 'met it' : 'is on course'}.`);
  }
  return out;
}

/** The "trong đó" kinds the reports name, in their order (the registry's headline flags); a zero count is left out. */
const KINDS = HEADLINE_FLAGS.map((f) => ({ id: f.id, ...f.headline! }));

const years = (p: Period) => [Number(p.from.slice(0, 4)), Number(p.to.slice(0, 4))] as const;

/** A part of one calendar year is compared with that whole year's target ("kế hoạch năm"). */
/** The window of "N years without admission" ends with the period; when that is not 31/12 the sentence gives the dates. */
const endsYear = (p: Period) => p.to.endsWith('-12-31');

const partOfYear = (p: Period) => years(p)[0] === years(p)[1] && wholeYear(p) === null;

function vi(x: NarrativeInput): string {
  const n = (v: number) => formatCount(v, 'vi');
  const a = x.admissions;
  const [y1, y2] = years(x.period);
  const whole = wholeYear(x.period);
  const when = whole !== null ? `Năm ${whole}` : `Từ ${formatDate(x.period.from, 'vi')} đến ${formatDate(x.period.to, 'vi')}`;
  let s = `${when}, ${x.unit.name} ${a.count > 0 ? `kết nạp ${n(a.count)} đảng viên` : 'chưa kết nạp được đảng viên nào'}`;
  if (!x.filtered) {
    if (a.achievementPct !== null) s += `, đạt ${formatPercent(a.achievementPct, 'vi')} ${partOfYear(x.period) ? 'kế hoạch năm' : 'chỉ tiêu'}`;
    else s += y1 === y2 ? ` (năm ${y1} không giao chỉ tiêu)` : ` (các năm ${y1}–${y2} không giao đủ chỉ tiêu)`;
  }
  // nothing in either period is said once, by "chưa kết nạp"
  if (a.previous && (a.count > 0 || a.previous.count > 0)) s += `, ${changePhrase(a.previous.change, a.previous.changePct, a.previous.period, 'vi')}`;
  const kinds = KINDS.filter((k) => (a.flags[k.id] ?? 0) > 0).map((k) => `${n(a.flags[k.id])} ${k.vi}`);
  if (a.count > 0 && kinds.length) s += `; trong đó ${kinds.join(', ')}`;
  const v = x.villageCoverage;
  if (v && v.cells > 0) {
    s +=
      v.withAdmission > 0
        ? `; ${n(v.admissions)} đảng viên được kết nạp ở ${n(v.withAdmission)}/${n(v.cells)} chi bộ thôn, tổ dân phố`
        : `; không chi bộ nào trong ${n(v.cells)} chi bộ thôn, tổ dân phố kết nạp được đảng viên`;
  }
  const out = [`${s}.`];
  if (x.during && !x.filtered) out.push(...duringVi(x.during, n));
  const st = x.stagnant;
  if (st && st.count > 0) {
    const span = !endsYear(x.period)
      ? `từ ${formatDate(`${st.fromYear}-01-01`, 'vi')} đến ${formatDate(x.period.to, 'vi')}`
      : st.years === 1
        ? `trong năm ${st.toYear}`
        : `trong ${n(st.years)} năm (${st.fromYear}–${st.toYear})`;
    const village = st.village > 0 ? `, trong đó ${n(st.village)}/${n(st.villageCells)} chi bộ thôn, tổ dân phố` : '';
    out.push(`Còn ${n(st.count)}/${n(st.activeCells)} chi bộ không kết nạp được đảng viên nào ${span}${village}.`);
  }
  const m = x.members;
  const who = x.unit.kind === 'chi_bo' ? 'chi bộ' : 'toàn đảng bộ';
  out.push(`Đến ${formatDate(m.date, 'vi')}, ${who} có ${n(m.count)} đảng viên${m.probationary > 0 ? `, trong đó ${n(m.probationary)} đảng viên dự bị` : ''}.`);
  if (x.filtered) out.push('(Số liệu theo bộ lọc đang chọn.)');
  return out.join(' ');
}

function en(x: NarrativeInput): string {
  const n = (v: number) => formatCount(v, 'en');
  const count = (v: number, one: string, many: string) => `${n(v)} ${v === 1 ? one : many}`;
  const a = x.admissions;
  const [y1, y2] = years(x.period);
  const whole = wholeYear(x.period);
  const when = whole !== null ? `In ${whole}` : `From ${formatDate(x.period.from, 'en')} to ${formatDate(x.period.to, 'en')}`;
  let s = `${when}, ${x.unit.name} ${a.count > 0 ? `admitted ${count(a.count, 'member', 'members')}` : 'admitted no members'}`;
  if (!x.filtered) {
    if (a.achievementPct !== null) s += `, ${formatPercent(a.achievementPct, 'en')} of ${partOfYear(x.period) ? 'the annual plan' : 'the target'}`;
    else s += y1 === y2 ? ` (no target set for ${y1})` : ` (no target set for every year ${y1}–${y2})`;
  }
  if (a.previous && (a.count > 0 || a.previous.count > 0)) s += `, ${changePhrase(a.previous.change, a.previous.changePct, a.previous.period, 'en')}`;
  const kinds = KINDS.filter((k) => (a.flags[k.id] ?? 0) > 0).map((k) => count(a.flags[k.id], k.en[0], k.en[1]));
  if (a.count > 0 && kinds.length) s += `; among them ${kinds.join(', ')}`;
  const v = x.villageCoverage;
  if (v && v.cells > 0) {
    s +=
      v.withAdmission > 0
        ? `; ${count(v.admissions, 'member was', 'members were')} admitted in ${n(v.withAdmission)}/${n(v.cells)} village and residential-group cells`
        : `; none of the ${n(v.cells)} village and residential-group cells admitted a member`;
  }
  const out = [`${s}.`];
  if (x.during && !x.filtered) out.push(...duringEn(x.during, n));
  const st = x.stagnant;
  if (st && st.count > 0) {
    const span = !endsYear(x.period)
      ? `from ${formatDate(`${st.fromYear}-01-01`, 'en')} to ${formatDate(x.period.to, 'en')}`
      : st.years === 1
        ? `in ${st.toYear}`
        : `in the ${n(st.years)} years ${st.fromYear}–${st.toYear}`;
    const village = st.village > 0 ? `, including ${n(st.village)}/${n(st.villageCells)} village and residential-group cells` : '';
    out.push(`${n(st.count)}/${n(st.activeCells)} cells admitted no member ${span}${village}.`);
  }
  const m = x.members;
  const who = x.unit.kind === 'chi_bo' ? 'the cell' : 'the party organisation';
  out.push(`On ${formatDate(m.date, 'en')}, ${who} had ${count(m.count, 'member', 'members')}${m.probationary > 0 ? `, ${n(m.probationary)} of them probationary` : ''}.`);
  if (x.filtered) out.push('(Figures under the current filters.)');
  return out.join(' ');
}

/** The report-style paragraph: "Năm 2023, Đảng bộ … kết nạp 1.114 đảng viên, đạt 109,22% chỉ tiêu; trong đó …". */
export function narrative(input: NarrativeInput, lang: Lang): string {
  return lang === 'en' ? en(input) : vi(input);
}
