import type { Lang } from '../../dataset/types';
import type { Filters } from '../../filters/filters';
import { admissionProfileBySubUnit, type AdmissionProfile } from '../../indicators/admission-profile';
import { admissionBreakdownBySubUnit, type Breakdown } from '../../indicators/breakdown';
import { grassrootsBySubUnit } from '../../indicators/cells';
import type { Ctx } from '../../indicators/context';
import { ADMISSION_AGE_BANDS, bandLabel } from '../../registry';
import { FORM_TEXT } from './labels';
import { buildRows, codeColumns, columnNames, columnSums, formSubtitle, formUnits, plainColumns, rowSums, type ValuedColumn } from './rows';
import type { FormTable } from './types';

interface UnitFigures {
  p: AdmissionProfile;
  occupation: Breakdown;
  education: Breakdown;
  qualification: Breakdown;
  grassroots: { total: number; without: number };
}

/** The units' figures in one grouped query per indicator, not one query per unit (the unit itself is one more group). */
async function subUnitFigures(ctx: Ctx, f: Filters, ids: string[]): Promise<UnitFigures[]> {
  const [p, occupation, education, qualification, g] = await Promise.all([
    admissionProfileBySubUnit(ctx, f, ids),
    admissionBreakdownBySubUnit(ctx, f, 'occupation', ids),
    admissionBreakdownBySubUnit(ctx, f, 'education', ids),
    admissionBreakdownBySubUnit(ctx, f, 'qualification', ids),
    grassrootsBySubUnit(ctx, f, ids),
  ]);
  return ids.map((id) => ({ p: p.get(id)!, occupation: occupation.get(id)!, education: education.get(id)!, qualification: qualification.get(id)!, grassroots: g.get(id)! }));
}

const ageUnknown = (p: AdmissionProfile) => p.count - Object.values(p.ageBands).reduce((s, n) => s + n, 0);

/**
 * Biểu 2 "Đảng viên mới kết nạp" (Hướng dẫn 11-HD/BTCTW): who was admitted in
 * the period, for the unit ("Tổng số", its own figures) and each direct
 * sub-unit. A "Không rõ" column appears where the unit has unknown values, so
 * that every breakdown adds up to "Tổng số".
 */
export async function bieu2(ctx: Ctx, f: Filters, lang: Lang): Promise<FormTable> {
  const t = FORM_TEXT[lang];
  const units = formUnits(ctx, f, lang);
  const data = await subUnitFigures(ctx, units[0].filters, units.map((u) => u.filters.unitId));
  const own = data[0];

  const flag = (key: string, label: string): ValuedColumn<UnitFigures> => ({ key, label, group: t.inWhich, value: (d) => d.p.flags[key] ?? 0 });

  const occupation = codeColumns(own, (d) => d.occupation, 'occupation', 'occ', t.occupation, lang);
  const ages: ValuedColumn<UnitFigures>[] = ADMISSION_AGE_BANDS.map((b) => ({ key: `age_${b.key}`, label: bandLabel(b.key, lang), group: t.age, value: (d) => d.p.ageBands[b.key] ?? 0 }));
  if (ageUnknown(own.p) > 0) ages.push({ key: 'age_unknown', label: t.ageUnknown, group: t.age, value: (d) => ageUnknown(d.p) });
  const education = codeColumns(own, (d) => d.education, 'education', 'edu', t.education, lang);
  const qualification = codeColumns(own, (d) => d.qualification, 'qualification', 'qual', t.qualification, lang);

  const columns: ValuedColumn<UnitFigures>[] = [
    { key: 'total', label: t.total, value: (d) => d.p.count },
    flag('women', t.women),
    flag('ethnic_minority', t.ethnic),
    flag('religious', t.religious),
    flag('youth_union', t.youthUnion),
    flag('business_owner', t.businessOwner),
    flag('readmission', t.readmission),
    ...occupation,
    ...ages,
    { key: 'mean_age', label: t.meanAge, format: 'decimal', value: (d) => d.p.meanAge },
    ...education,
    ...qualification,
    { key: 'org_with', label: t.withAdmission, group: t.grassroots, value: (d) => d.grassroots.total - d.grassroots.without },
    { key: 'org_without', label: t.withoutAdmission, group: t.grassroots, value: (d) => d.grassroots.without },
  ];
  const rows = buildRows(units, data, columns);
  const keys = (cols: ValuedColumn<UnitFigures>[]) => cols.map((c) => c.key);
  const down = columnSums(columns, rows);
  const notes: string[] = [t.ageNote, t.grassrootsNote];
  if (down.notAdditive.length && rows.length > 1) notes.push(t.notAdditive(columnNames(down.notAdditive, columns)));
  return {
    id: 'bieu2',
    title: t.bieu2,
    subtitle: formSubtitle(ctx, f, lang),
    columns: plainColumns(columns),
    rows,
    sums: [
      ...rowSums(rows, 'total', keys(occupation)),
      ...rowSums(rows, 'total', keys(ages)),
      ...rowSums(rows, 'total', keys(education)),
      ...rowSums(rows, 'total', keys(qualification)),
      ...down.sums,
    ],
    notes,
  };
}
