import { toSpreadsheetCsv } from '../dataset/csv-write';

/**
 * A table as CSV for Excel: BOM, header row, and every text cell that starts
 * with = + - @ neutralised (names come from user files). Numbers stay numbers.
 */
export function tableToCsv(headers: string[], rows: (string | number | null)[][]): string {
  return toSpreadsheetCsv([headers, ...rows]);
}

/** Offers text or bytes as a file download (in the page; nothing leaves it). */
export function downloadText(name: string, content: string | Uint8Array, type = 'text/csv;charset=utf-8'): void {
  const part = typeof content === 'string' ? content : (content.slice().buffer as ArrayBuffer);
  const url = URL.createObjectURL(new Blob([part], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
