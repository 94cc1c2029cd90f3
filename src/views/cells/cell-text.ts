import type { BarInput } from '../../charts/bar-option';
import { codeLabel } from '../../dataset/codes';
import type { Lang } from '../../dataset/types';
import { formatCount } from '../../i18n/format';
import type { CoverageRow, StagnantSort } from '../../indicators/cells';
import type { Pipeline } from '../../indicators/pipeline';

const UNTYPED = { vi: 'Chưa phân loại', en: 'Unclassified' } as const;

/** Label of a cell type; a cell without one is "Chưa phân loại". */
export function cellTypeLabel(type: string | null, lang: Lang): string {
  return type === null ? UNTYPED[lang] : codeLabel('type', type, lang);
}

/** "Thôn, tổ dân phố" -> "thôn, tổ dân phố" but "Trường THPT" -> "trường THPT": only the first letter. */
export function lowerFirst(s: string): string {
  return s ? s[0].toLocaleLowerCase('vi') + s.slice(1) : s;
}

/** "134 đảng viên được kết nạp ở 118/243 chi bộ thôn, tổ dân phố" (the reports' wording). */
export function coverageSentence(r: CoverageRow, lang: Lang): string {
  const [n, w, c] = [r.admissions, r.withAdmission, r.cells].map((x) => formatCount(x, lang));
  const label = lowerFirst(cellTypeLabel(r.type, lang));
  return lang === 'vi' ? `${n} đảng viên được kết nạp ở ${w}/${c} chi bộ ${label}` : `${n} members admitted in ${w} of ${c} party cells (${label})`;
}

/** "Chi bộ không kết nạp được đảng viên trong 3 năm (từ 2023 đến 2025)". Years are not numbers to group: no thousands separator. */
export function stagnantSentence(years: number, window: { from: number; to: number }, lang: Lang): string {
  if (lang === 'en') {
    const span = window.from === window.to ? `${window.to}` : `${window.from} to ${window.to}`;
    return `Party cells without any admission in ${years} year${years === 1 ? '' : 's'} (${span})`;
  }
  const span = window.from === window.to ? `năm ${window.to}` : `từ ${window.from} đến ${window.to}`;
  return `Chi bộ không kết nạp được đảng viên trong ${years} năm (${span})`;
}

/** "12/180 tổ chức cơ sở đảng không kết nạp được đảng viên trong kỳ". */
export function grassrootsSentence(without: number, total: number, lang: Lang): string {
  const [w, t] = [formatCount(without, lang), formatCount(total, lang)];
  return lang === 'vi'
    ? `${w}/${t} tổ chức cơ sở đảng không kết nạp được đảng viên trong kỳ`
    : `${w} of ${t} grassroots party organisations admitted no member in the period`;
}

export function lastAdmissionText(year: number | null, lang: Lang): string | null {
  if (year !== null) return null;
  return lang === 'vi' ? 'chưa có trong dữ liệu' : 'none in the data';
}

/** Path from the root down to the cell's committee: "Đảng bộ tỉnh › Đảng bộ huyện › Đảng bộ xã". */
export function parentPath(path: readonly string[]): string {
  return path.slice(0, -1).join(' › ');
}

/** The table's column ids that DuckDB can sort by. */
export const STAGNANT_SORT: Record<string, StagnantSort> = {
  name: 'name',
  type: 'type',
  members: 'members',
  aged61: 'aged_61_plus',
  last_year: 'last_admission_year',
};

export function stagnantSort(sorting: readonly { id: string; desc: boolean }[]): { sort: StagnantSort; desc: boolean } {
  const first = sorting[0];
  const sort = first ? STAGNANT_SORT[first.id] : undefined;
  return sort ? { sort, desc: first.desc } : { sort: 'last_admission_year', desc: false };
}

const PIPELINE_TEXT = {
  vi: {
    listed: 'Vào danh sách nguồn',
    classCompleted: 'Hoàn thành lớp bồi dưỡng nhận thức về Đảng',
    admitted: 'Được kết nạp',
    dropped: (reason: string) => `Rời nguồn: ${reason}`,
    open: 'Còn trong nguồn cuối kỳ',
    hocVan: 'Chưa đủ điều kiện học vấn',
    unknown: 'không rõ lý do',
    series: 'Số quần chúng',
  },
  en: {
    listed: 'Listed as candidates',
    classCompleted: 'Finished the awareness class',
    admitted: 'Admitted',
    dropped: (reason: string) => `Dropped: ${reason}`,
    open: 'Still in the pipeline at the end',
    hocVan: 'Education requirement not met',
    unknown: 'reason not given',
    series: 'Candidates',
  },
} as const;

export function dropReasonLabel(reason: string | null, lang: Lang): string {
  const s = PIPELINE_TEXT[lang];
  if (reason === null) return s.unknown;
  if (reason === 'hoc_van') return s.hocVan;
  return codeLabel('drop_reason', reason, lang);
}

/** The pipeline's stages as labelled numbers, in order: listed, class, admitted, drop-outs by reason, still in. */
export function pipelineStages(p: Pipeline, lang: Lang): { key: string; label: string; value: number }[] {
  const s = PIPELINE_TEXT[lang];
  return [
    { key: 'listed', label: s.listed, value: p.listed },
    { key: 'class', label: s.classCompleted, value: p.classCompleted },
    { key: 'admitted', label: s.admitted, value: p.admitted },
    ...p.dropReasons.map((d) => ({ key: `drop:${d.reason ?? ''}`, label: s.dropped(dropReasonLabel(d.reason, lang)), value: d.count })),
    { key: 'open', label: s.open, value: p.inPipelineAtEnd },
  ];
}

export function pipelineInput(p: Pipeline, lang: Lang, title: string): BarInput {
  const stages = pipelineStages(p, lang);
  return {
    categories: stages.map((x) => x.label),
    keys: stages.map((x) => x.key),
    series: [{ name: PIPELINE_TEXT[lang].series, values: stages.map((x) => x.value) }],
    horizontal: true,
    valueFormat: 'count',
    title,
  };
}
