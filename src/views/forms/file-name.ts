/** `bieu-mau_T01_2023-01-01_2023-12-31.xlsx`: ASCII only, whatever the unit id holds. */
export function formsFileName(unitId: string, from: string, to: string): string {
  const safe = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .replace(/^[-.]+|[-.]+$/g, '') || 'don-vi';
  return `bieu-mau_${safe(unitId)}_${safe(from)}_${safe(to)}.xlsx`;
}
