/** Offers bytes as a file download (in the page; nothing leaves it). */
export function downloadBytes(name: string, bytes: Uint8Array, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes.slice().buffer as ArrayBuffer], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

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
