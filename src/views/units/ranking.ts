import { compareVi } from '../../i18n/format';
import type { BarInput } from '../../charts/bar-option';
import type { Lang } from '../../dataset/types';
import { share } from '../../indicators/context';
import type { SubUnitRow } from '../../indicators/subunits';

export type RankingId = 'admissions' | 'achievement' | 'rate' | 'youth' | 'aged61';

/** The indicators the sub-units can be ranked by. */
export const RANKINGS: { id: RankingId; vi: string; en: string; format: 'count' | 'percent'; value: (r: SubUnitRow) => number | null }[] = [
  { id: 'achievement', vi: 'Tỷ lệ đạt chỉ tiêu (%)', en: 'Target achieved (%)', format: 'percent', value: (r) => r.achievementPct },
  { id: 'admissions', vi: 'Số đảng viên kết nạp', en: 'Admissions', format: 'count', value: (r) => r.admissions },
  { id: 'rate', vi: 'Tỷ lệ kết nạp so với đảng viên đầu kỳ (%)', en: 'Admissions over members at start (%)', format: 'percent', value: (r) => r.admissionRate },
  { id: 'youth', vi: 'Tỷ lệ đảng viên trẻ trong số kết nạp (%)', en: 'Youth share of admissions (%)', format: 'percent', value: (r) => share(r.flags.youth ?? 0, r.admissions) },
  { id: 'aged61', vi: 'Tỷ lệ đảng viên từ 61 tuổi (%)', en: 'Members aged 61+ (%)', format: 'percent', value: (r) => r.aged61Share },
];

/** Achievement when any sub-unit has a target, else the number of admissions. */
export function defaultRanking(rows: readonly SubUnitRow[]): RankingId {
  return rows.some((r) => r.target !== null) ? 'achievement' : 'admissions';
}

/**
 * Horizontal bars of the sub-units, best first (the chart draws the first
 * category on top); units without a value come last, as gaps. `keys` are
 * unit ids, for the drill-down on click.
 */
export function rankingInput(rows: readonly (SubUnitRow & { label: string })[], id: RankingId, lang: Lang): BarInput & { keys: string[] } {
  const def = RANKINGS.find((r) => r.id === id) ?? RANKINGS[1];
  const ranked = rows
    .map((r) => ({ r, v: def.value(r) }))
    .sort((a, b) => (a.v === null ? (b.v === null ? 0 : 1) : b.v === null ? -1 : b.v - a.v) || compareVi(a.r.label, b.r.label));
  return {
    categories: ranked.map((x) => x.r.label),
    keys: ranked.map((x) => x.r.unitId),
    series: [{ name: def[lang], values: ranked.map((x) => x.v) }],
    horizontal: true,
    valueFormat: def.format,
    title: def[lang],
  };
}
