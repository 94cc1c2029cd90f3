import type { Lang } from '../../dataset/types';
import { formatCount, formatPercent } from '../../i18n/format';
import { narrative, type NarrativeInput } from '../narrative';
import { ID, VILLAGE } from './register';
import { SECONDARY, type Published } from './published';

// Stand-ins no real figure takes: the paragraph is written by `narrative` (the page's words), then each is replaced.
const HIDDEN_COUNT = 987_654_321;
const HIDDEN_OTHER = 987_654_327;
const HIDDEN_PCT = 98_765.43;

/**
 * The page's paragraph with hidden counts written "< K". A hidden count is
 * passed as a stand-in (so "kết nạp … đảng viên" keeps its grammar: 1 to K−1
 * is more than none) and swapped afterwards; an achievement computed from a
 * hidden count is dropped with its clause.
 */
export function publishedNarrative(x: NarrativeInput, p: Published, lang: Lang): string {
  const c = (id: string, v: number) => {
    if (p.raw(id) !== null && p.raw(id) !== v) throw new Error(`snapshot: the paragraph's ${id} (${v}) differs from the tables' (${p.raw(id)})`);
    return p.isSecondary(id) ? HIDDEN_OTHER : p.isHidden(id) ? HIDDEN_COUNT : v;
  };
  const a = x.admissions;
  const v = x.villageCoverage;
  const st = x.stagnant;
  const input: NarrativeInput = {
    ...x,
    admissions: {
      ...a,
      count: c(ID.adm, a.count),
      // the change tells both counts: left out when either is hidden
      previous: a.previous && !p.isHidden(ID.adm) && !p.isHidden(ID.prevAdm) ? a.previous : undefined,
      achievementPct: a.achievementPct === null ? null : p.isHidden(ID.adm) ? HIDDEN_PCT : a.achievementPct,
      flags: Object.fromEntries(Object.entries(a.flags).map(([id, n]) => [id, c(ID.flag(id), n)])),
    },
    villageCoverage: v && {
      cells: c(ID.cov(VILLAGE, 'cells'), v.cells),
      withAdmission: c(ID.cov(VILLAGE, 'with'), v.withAdmission),
      admissions: c(ID.cov(VILLAGE, 'adm'), v.admissions),
    },
    stagnant: st && {
      ...st,
      count: c(ID.stagnant, st.count),
      activeCells: c(ID.covTotal('cells'), st.activeCells),
      village: c(ID.stagnantVillage, st.village),
      villageCells: st.village > 0 ? c(ID.cov(VILLAGE, 'cells'), st.villageCells) : st.villageCells,
    },
    members: { ...x.members, count: c(ID.mem, x.members.count), probationary: c(ID.memberInd('probationary'), x.members.probationary) },
    // the year so far is the period's count only when the period starts with the year: otherwise the
    // difference would tell the admissions of the days between, however few; so it is said only then
    during: x.during && {
      ...x.during,
      progress: x.during.progress && x.period.from.endsWith('-01-01') && !p.isHidden(ID.adm) ? x.during.progress : null,
    },
  };
  const pct = formatPercent(HIDDEN_PCT, lang).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return narrative(input, lang)
    .replace(new RegExp(`, (?:đạt )?${pct} (?:chỉ tiêu|kế hoạch năm|of the target|of the annual plan)`, 'g'), '')
    .replaceAll(formatPercent(HIDDEN_PCT, lang), '—')
    .replaceAll(formatCount(HIDDEN_COUNT, lang), `< ${formatCount(p.k, lang)}`)
    .replaceAll(formatCount(HIDDEN_OTHER, lang), SECONDARY);
}
