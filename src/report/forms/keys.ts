import type { FormTable } from './types';

type FormId = FormTable['id'];

/** The columns of Biểu 1's balance Đầu kỳ + Kết nạp − Tổng giảm = Cuối kỳ (suppression guards it too). */
export const BALANCE = { start: 'start', admitted: 'admitted', leftTotal: 'left_total', end: 'end' } as const;

/** Columns of Biểu 2 that count organisations rather than people: never suppressed. */
export const ORGANISATION_COLUMNS: ReadonlySet<string> = new Set(['org_with', 'org_without']);

/**
 * Columns of two forms that print the same number in every row: Biểu 1's
 * Cuối kỳ and Biểu 3's Tổng số are both the members on the period's last day.
 */
export const SAME_NUMBER: readonly { form: FormId; column: string }[][] = [
  [
    { form: 'bieu1', column: BALANCE.end },
    { form: 'bieu3', column: 'total' },
  ],
];
