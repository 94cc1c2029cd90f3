import type { Lang } from '../../dataset/types';
import type { Filters } from '../../filters/filters';
import { formatCount } from '../../i18n/format';
import { admissionProfile } from '../../indicators/admission-profile';
import type { Ctx } from '../../indicators/context';
import { memberChangeBySubUnit, type MemberChange } from '../../indicators/member-profile';
import { LEFT_REASONS } from '../../registry';
import { codeLabel } from '../../dataset/codes';
import { BALANCE } from './keys';
import { FORM_TEXT } from './labels';
import { buildRows, columnNames, columnSums, formSubtitle, formUnits, plainColumns, rowSums, type ValuedColumn } from './rows';
import type { FormTable } from './types';

/**
 * Biểu 1 "Tăng, giảm đảng viên": members at the start, admitted, left by
 * reason, members at the end, for the unit ("Tổng số") and each direct
 * sub-unit. Transfers in are not in the data, so the balance closes without them.
 */
export async function bieu1(ctx: Ctx, f: Filters, lang: Lang): Promise<FormTable> {
  const t = FORM_TEXT[lang];
  const units = formUnits(ctx, f, lang);
  const subIds = units.slice(1).map((u) => u.filters.unitId);
  // the unit is one more group of its sub-units' question: its own figures, not their sum
  const ids = [units[0].filters.unitId, ...subIds];
  const [changes, admissions] = await Promise.all([memberChangeBySubUnit(ctx, units[0].filters, ids), admissionProfile(ctx, units[0].filters)]);
  const data = ids.map((id) => changes.get(id)!);
  const own = data[0];
  const reasons: ValuedColumn<MemberChange>[] = LEFT_REASONS.map((r) => ({ key: `left_${r}`, label: codeLabel('left_reason', r, lang), group: t.decrease, value: (d) => d.left[r] }));
  if (own.left.unknown > 0) reasons.push({ key: 'left_unknown', label: t.unknownReason, group: t.decrease, value: (d) => d.left.unknown });
  const columns: ValuedColumn<MemberChange>[] = [
    { key: BALANCE.start, label: t.start, value: (d) => d.start },
    { key: BALANCE.admitted, label: t.admitted, group: t.increase, value: (d) => d.admitted },
    ...reasons,
    { key: BALANCE.leftTotal, label: t.leftTotal, group: t.decrease, value: (d) => d.leftTotal },
    { key: BALANCE.end, label: t.end, value: (d) => d.end },
  ];
  const rows = buildRows(units, data, columns);
  const down = columnSums(columns, rows);
  const notes: string[] = [t.noTransfersIn];
  if (admissions.count !== own.admitted) notes.push(t.registerVsAdmissions(formatCount(own.admitted, lang), formatCount(admissions.count, lang)));
  if (down.notAdditive.length && rows.length > 1) notes.push(t.notAdditive(columnNames(down.notAdditive, columns)));
  return {
    id: 'bieu1',
    title: t.bieu1,
    subtitle: formSubtitle(ctx, f, lang),
    columns: plainColumns(columns),
    rows,
    sums: [...rowSums(rows, BALANCE.leftTotal, reasons.map((c) => c.key)), ...down.sums],
    notes,
  };
}
