import type { Lang } from '../../dataset/types';
import type { Filters } from '../../filters/filters';
import { formatDate } from '../../i18n/format';
import { memberBreakdownBySubUnit, type Breakdown } from '../../indicators/breakdown';
import type { Ctx } from '../../indicators/context';
import { memberProfileBySubUnit, type MemberProfileWithBands } from '../../indicators/member-profile';
import { bandLabel, MEMBER_AGE_BANDS } from '../../registry';
import { FORM_TEXT } from './labels';
import { buildRows, codeColumns, columnNames, columnSums, formSubtitle, formUnits, plainColumns, rowSums, type ValuedColumn } from './rows';
import type { FormTable } from './types';

interface UnitFigures {
  p: MemberProfileWithBands;
  education: Breakdown;
  qualification: Breakdown;
  politicalTheory: Breakdown;
}

/** The units' figures at D in one grouped query per indicator, not one query per unit (the unit itself is one more group). */
async function subUnitFigures(ctx: Ctx, f: Filters, ids: string[]): Promise<UnitFigures[]> {
  const [p, education, qualification, politicalTheory] = await Promise.all([
    memberProfileBySubUnit(ctx, f, ids),
    memberBreakdownBySubUnit(ctx, f, 'education', ids),
    memberBreakdownBySubUnit(ctx, f, 'qualification', ids),
    memberBreakdownBySubUnit(ctx, f, 'political_theory', ids),
  ]);
  return ids.map((id) => ({ p: p.get(id)!, education: education.get(id)!, qualification: qualification.get(id)!, politicalTheory: politicalTheory.get(id)! }));
}

const ageUnknown = (p: MemberProfileWithBands) => p.count - Object.values(p.ageBands).reduce((s, n) => s + n, 0);

/**
 * Biểu 3 "Đội ngũ đảng viên" (Hướng dẫn 11-HD/BTCTW): the members on the
 * period's last day D, for the unit ("Tổng số", its own figures) and each
 * direct sub-unit: of whom women, minorities, religious, probationary; by age
 * at D, general education, qualification and political theory. A "Không rõ"
 * column appears where the unit has unknown values, so that every breakdown
 * adds up to "Tổng số".
 */
export async function bieu3(ctx: Ctx, f: Filters, lang: Lang): Promise<FormTable> {
  const t = FORM_TEXT[lang];
  const units = formUnits(ctx, f, lang);
  const data = await subUnitFigures(ctx, units[0].filters, units.map((u) => u.filters.unitId));
  const own = data[0];

  const of = (key: string, label: string, value: (p: MemberProfileWithBands) => number): ValuedColumn<UnitFigures> => ({ key, label, group: t.inWhich, value: (d) => value(d.p) });
  // the first band takes every age up to its end (an age under 18 too)
  const ages: ValuedColumn<UnitFigures>[] = MEMBER_AGE_BANDS.map((b) => ({
    key: `age_${b.key}`,
    label: b.min <= 0 ? t.upTo(b.max) : bandLabel(b.key, lang),
    group: t.age,
    value: (d) => d.p.ageBands[b.key] ?? 0,
  }));
  if (ageUnknown(own.p) > 0) ages.push({ key: 'age_unknown', label: t.ageUnknown, group: t.age, value: (d) => ageUnknown(d.p) });
  const education = codeColumns(own, (d) => d.education, 'education', 'edu', t.education, lang);
  const qualification = codeColumns(own, (d) => d.qualification, 'qualification', 'qual', t.qualification, lang);
  const politicalTheory = codeColumns(own, (d) => d.politicalTheory, 'political_theory', 'pol', t.politicalTheory, lang);

  const columns: ValuedColumn<UnitFigures>[] = [
    { key: 'total', label: t.total, value: (d) => d.p.count },
    of('women', t.women, (p) => p.women),
    of('ethnic_minority', t.ethnic, (p) => p.ethnicMinority),
    of('religious', t.religious, (p) => p.religious),
    of('probationary', t.probationary, (p) => p.probationary),
    ...ages,
    { key: 'mean_age', label: t.meanAge, format: 'decimal', value: (d) => d.p.meanAge },
    ...education,
    ...qualification,
    ...politicalTheory,
  ];
  const rows = buildRows(units, data, columns);
  const keys = (cols: ValuedColumn<UnitFigures>[]) => cols.map((c) => c.key);
  const down = columnSums(columns, rows);
  const notes: string[] = [t.membersAtNote(formatDate(f.to, lang)), t.memberAgeNote(f.to.slice(0, 4))];
  if (down.notAdditive.length && rows.length > 1) notes.push(t.notAdditive(columnNames(down.notAdditive, columns)));
  return {
    id: 'bieu3',
    title: t.bieu3,
    subtitle: formSubtitle(ctx, f, lang),
    columns: plainColumns(columns),
    rows,
    sums: [
      ...rowSums(rows, 'total', keys(ages)),
      ...rowSums(rows, 'total', keys(education)),
      ...rowSums(rows, 'total', keys(qualification)),
      ...rowSums(rows, 'total', keys(politicalTheory)),
      ...down.sums,
    ],
    notes,
  };
}
