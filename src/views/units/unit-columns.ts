import { codeLabel } from '../../dataset/codes';
import type { Lang } from '../../dataset/types';
import type { Filters } from '../../filters/filters';
import { formatDate } from '../../i18n/format';
import { achievementPct } from '../../indicators/achievement';
import { share } from '../../indicators/context';
import type { SubUnitRow } from '../../indicators/subunits';
import { ADMISSION_FLAGS, admissionsChange, previousAdmissions } from '../../registry';
import { sumOf, type DataColumn } from '../../ui/data-table/columns';

/** A sub-unit's row as the table shows it: the figures plus its display name and kind. */
export interface UnitRow extends SubUnitRow {
  label: string;
  kindLabel: string;
}

const TEXT = {
  vi: {
    until: (d: string) => `(đến ${d})`,
    since: (d: string) => `(từ ${d})`,
    committee: 'Đảng bộ',
    grassrootsCell: 'Chi bộ cơ sở',
    cell: 'Chi bộ',
    total: (name: string) => `Toàn ${name}`,
    unit: 'Đơn vị',
    kind: 'Loại',
    admissions: 'Kết nạp',
    previous: 'Cùng kỳ năm trước',
    change: '± cùng kỳ',
    target: 'Chỉ tiêu',
    noTarget: 'không giao',
    achievement: 'Đạt %',
    members: 'Đảng viên cuối kỳ',
    rate: 'Tỷ lệ kết nạp',
    rateTitle: 'Số kết nạp trong kỳ so với số đảng viên đầu kỳ (%).',
    count: 'Số',
    pct: '%',
    meanAge: 'Tuổi BQ',
    meanAgeTitle: 'Tuổi bình quân của đảng viên cuối kỳ.',
    aged61: 'Từ 61 tuổi %',
    aged61Title: 'Tỷ lệ đảng viên từ 61 tuổi trở lên, cuối kỳ.',
    cells: 'Chi bộ',
    cellsWith: 'Chi bộ có kết nạp',
    stagnant: (n: number) => `Chi bộ ${n} năm không kết nạp`,
  },
  en: {
    until: (d: string) => `(until ${d})`,
    since: (d: string) => `(from ${d})`,
    committee: 'Party committee',
    grassrootsCell: 'Grassroots cell',
    cell: 'Party cell',
    total: (name: string) => `All of ${name}`,
    unit: 'Unit',
    kind: 'Kind',
    admissions: 'Admissions',
    previous: 'Same period last year',
    change: '± same period',
    target: 'Target',
    noTarget: 'none set',
    achievement: 'Achieved %',
    members: 'Members at end',
    rate: 'Admission rate',
    rateTitle: 'Admissions in the period over members at its start (%).',
    count: 'No.',
    pct: '%',
    meanAge: 'Mean age',
    meanAgeTitle: 'Mean age of the members at the period end.',
    aged61: 'Aged 61+ %',
    aged61Title: 'Share of members aged 61 or more at the period end.',
    cells: 'Cells',
    cellsWith: 'Cells with admissions',
    stagnant: (n: number) => `Cells without admissions for ${n} years`,
  },
} as const;

/** "Đảng bộ phường A (đến 30/06/2025)": a unit dissolved or formed within the period says so. */
export function unitLabel(name: string, activeFrom: string | null, activeTo: string | null, f: Filters, lang: Lang): string {
  const s = TEXT[lang];
  if (activeTo && activeTo < f.to) return `${name} ${s.until(formatDate(activeTo, lang))}`;
  if (activeFrom && activeFrom > f.from) return `${name} ${s.since(formatDate(activeFrom, lang))}`;
  return name;
}

/**
 * "Đảng bộ", or "Chi bộ cơ sở · Cơ quan": a cell directly under a committee
 * that also has committees beneath it is a grassroots cell (chi bộ cơ sở);
 * under a grassroots committee it is just a cell.
 */
export function kindLabel(kind: 'dang_bo' | 'chi_bo', type: string | null, grassrootsCell: boolean, lang: Lang): string {
  const s = TEXT[lang];
  const base = kind === 'dang_bo' ? s.committee : grassrootsCell ? s.grassrootsCell : s.cell;
  return type ? `${base} · ${codeLabel('type', type, lang)}` : base;
}

export function totalLabel(name: string, lang: Lang): string {
  return TEXT[lang].total(name);
}

const nonNullSum = <T>(rows: readonly T[], get: (r: T) => number | null): number | null =>
  rows.some((r) => get(r) !== null) ? sumOf(rows, get) : null;

/** The columns of the Đơn vị table; subtotals of shares are recomputed from the summed parts. */
export function unitColumns(lang: Lang, stagnantYears: number): DataColumn<UnitRow>[] {
  const s = TEXT[lang];
  const sum = 'sum' as const;
  const cols: DataColumn<UnitRow>[] = [
    { id: 'name', header: s.unit, kind: 'text', value: (r) => r.label, minWidth: 34 },
    { id: 'kind', header: s.kind, kind: 'text', value: (r) => r.kindLabel, minWidth: 16 },
    { id: 'admissions', header: s.admissions, kind: 'count', value: (r) => r.admissions, subtotal: sum },
    { id: 'previous', header: s.previous, title: previousAdmissions.definition[lang], kind: 'count', value: (r) => r.previousAdmissions, subtotal: sum },
    { id: 'change', header: s.change, title: admissionsChange.definition[lang], kind: 'count', value: (r) => r.admissionsChange, subtotal: sum },
    {
      id: 'target',
      header: s.target,
      kind: 'count',
      value: (r) => r.target,
      display: (r) => (r.target === null ? s.noTarget : null),
      subtotal: (rows) => nonNullSum(rows, (r) => r.target),
    },
    {
      id: 'achievement',
      header: s.achievement,
      kind: 'percent',
      value: (r) => r.achievementPct,
      // none when the rows' own achievement is withheld (under cross-filters, see comparableAchievementPct)
      subtotal: (rows) =>
        rows.some((r) => r.target !== null && r.achievementPct === null)
          ? null
          : achievementPct(
              sumOf(rows.filter((r) => r.target !== null), (r) => r.admissions),
              nonNullSum(rows, (r) => r.target),
            ),
    },
    { id: 'members', header: s.members, kind: 'count', value: (r) => r.members, subtotal: sum },
    {
      id: 'rate',
      header: s.rate,
      title: s.rateTitle,
      kind: 'percent',
      value: (r) => r.admissionRate,
      subtotal: (rows) => share(sumOf(rows, (r) => r.admissions), sumOf(rows, (r) => r.membersAtStart)),
    },
  ];
  for (const fl of ADMISSION_FLAGS) {
    const group = fl.short[lang];
    const title = `${fl.label[lang]}: ${fl.definition[lang]}`;
    cols.push(
      { id: `f_${fl.id}`, group, title, header: s.count, kind: 'count', value: (r) => r.flags[fl.id] ?? 0, subtotal: sum },
      {
        id: `s_${fl.id}`,
        group,
        title,
        header: s.pct,
        kind: 'percent',
        value: (r) => share(r.flags[fl.id] ?? 0, r.admissions),
        subtotal: (rows) => share(sumOf(rows, (r) => r.flags[fl.id] ?? 0), sumOf(rows, (r) => r.admissions)),
      },
    );
  }
  cols.push(
    {
      id: 'mean_age',
      header: s.meanAge,
      title: s.meanAgeTitle,
      kind: 'number',
      decimals: 1,
      value: (r) => r.meanAge,
      // weighted by members: the mean age of the group's members
      subtotal: (rows) => {
        const m = sumOf(rows, (r) => (r.meanAge === null ? 0 : r.members));
        return m > 0 ? Math.round((sumOf(rows, (r) => (r.meanAge === null ? 0 : r.meanAge * r.members)) / m) * 10) / 10 : null;
      },
    },
    {
      id: 'aged61',
      header: s.aged61,
      title: s.aged61Title,
      kind: 'percent',
      value: (r) => r.aged61Share,
      subtotal: (rows) => share(sumOf(rows, (r) => r.aged61Plus), sumOf(rows, (r) => r.members)),
    },
    { id: 'cells', header: s.cells, kind: 'count', value: (r) => r.cells, subtotal: sum },
    { id: 'cells_with', header: s.cellsWith, kind: 'count', value: (r) => r.cellsWithAdmission, subtotal: sum },
    { id: 'cells_stagnant', header: s.stagnant(stagnantYears), kind: 'count', value: (r) => r.cellsWithoutAdmission, subtotal: sum },
  );
  return cols;
}
