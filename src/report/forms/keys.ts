/** The columns of Biểu 1's balance Đầu kỳ + Kết nạp − Tổng giảm = Cuối kỳ (suppression guards it too). */
export const BALANCE = { start: 'start', admitted: 'admitted', leftTotal: 'left_total', end: 'end' } as const;

/** Columns of Biểu 2 that count organisations rather than people: never suppressed. */
export const ORGANISATION_COLUMNS: ReadonlySet<string> = new Set(['org_with', 'org_without']);
