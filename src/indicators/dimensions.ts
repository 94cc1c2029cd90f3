import { CODES, codeLabel, type CodeListName } from '../dataset/codes';
import type { Lang } from '../dataset/types';
import { ADMISSION_AGE_BANDS, bandCase, bandLabel, ethnicGroup, religiousGroup, unitDimColumn, type Label } from '../registry';

/** Which table a figure is counted from. */
export type Fact = 'admissions' | 'members' | 'cells';

/** A column a figure can be sliced and filtered by, with its SQL on each fact it applies to. */
export interface Dimension {
  id: string;
  label: Label;
  /** SQL expression of the value on a fact, given the fact's alias; absent when the dimension does not apply. */
  expr: Partial<Record<Fact, (alias: string) => string>>;
  /** Values in display order, when known up front. */
  values?: string[];
  valueLabel: (value: string, lang: Lang) => string;
}

function codeDim(id: string, list: CodeListName, label: Label, facts: Fact[], column = id): Dimension {
  const expr: Dimension['expr'] = {};
  for (const f of facts) expr[f] = (a) => `${a}.${column}`;
  return { id, label, expr, values: CODES[list].map((c) => c.code), valueLabel: (v, lang) => codeLabel(list, v, lang) };
}

const CELL_TYPE: Dimension = {
  id: 'cell_type',
  label: { vi: 'Loại chi bộ', en: 'Cell type' },
  expr: { admissions: (a) => `${a}.x_cell_type`, members: (a) => `${a}.x_cell_type`, cells: (a) => `${a}.type` },
  values: CODES.type.map((c) => c.code),
  valueLabel: (v, lang) => codeLabel('type', v, lang),
};

const yesNo = (yes: Label, no: Label) => (v: string, lang: Lang) => (v === 'kinh' || v === 'khong' ? no[lang] : yes[lang]);

/** The fixed dimensions; the extra columns of units.csv are added per dataset by `unitDimensions`. */
export const DIMENSIONS: Dimension[] = [
  CELL_TYPE,
  codeDim('sex', 'sex', { vi: 'Giới tính', en: 'Sex' }, ['admissions', 'members']),
  {
    id: 'ethnic',
    label: { vi: 'Dân tộc', en: 'Ethnicity' },
    expr: { admissions: ethnicGroup, members: ethnicGroup },
    values: ['kinh', 'dtts'],
    valueLabel: yesNo({ vi: 'Dân tộc thiểu số', en: 'Ethnic minority' }, { vi: 'Kinh', en: 'Kinh' }),
  },
  {
    id: 'religious',
    label: { vi: 'Tôn giáo', en: 'Religion' },
    expr: { admissions: religiousGroup, members: religiousGroup },
    values: ['co', 'khong'],
    valueLabel: yesNo({ vi: 'Có đạo', en: 'Religious' }, { vi: 'Không tôn giáo', en: 'No religion' }),
  },
  {
    id: 'age_band',
    label: { vi: 'Độ tuổi khi kết nạp', en: 'Age at admission' },
    expr: { admissions: (a) => bandCase(ADMISSION_AGE_BANDS, `${a}.x_age`) },
    values: ADMISSION_AGE_BANDS.map((b) => b.key),
    valueLabel: bandLabel,
  },
  codeDim('education', 'education', { vi: 'Giáo dục phổ thông', en: 'General education' }, ['admissions', 'members']),
  codeDim('qualification', 'qualification', { vi: 'Chuyên môn', en: 'Qualification' }, ['admissions', 'members']),
  codeDim('occupation', 'occupation', { vi: 'Nghề nghiệp', en: 'Occupation' }, ['admissions', 'members']),
  codeDim('political_theory', 'political_theory', { vi: 'Lý luận chính trị', en: 'Political theory' }, ['members']),
];

/**
 * An extra column of units.csv as a dimension of every fact (the admitting / the member's cell's value),
 * labelled by its header as the file wrote it, in either language ("Khu vực", not `khu_vuc`), and its
 * values shown as written.
 */
export function unitDimension(col: string, header: string = col): Dimension {
  return {
    id: `u.${col}`,
    label: { vi: header, en: header },
    expr: { admissions: (a) => `${a}."${unitDimColumn(col)}"`, members: (a) => `${a}."${unitDimColumn(col)}"`, cells: (a) => `${a}."${col}"` },
    valueLabel: (v) => v,
  };
}

/** `headers`: the header as written of each extra column (`LoadedDataset.unitDimHeaders`); a column without one is labelled by its name. */
export function dimensionsFor(unitExtras: readonly string[], headers: Readonly<Record<string, string>> = {}): Dimension[] {
  return [...DIMENSIONS, ...unitExtras.map((c) => unitDimension(c, headers[c] ?? c))];
}
