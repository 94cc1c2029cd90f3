import { readSheet } from 'read-excel-file/universal';
import { isoOfUtc } from './values';

function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return isoOfUtc(cell);
  return String(cell);
}

/**
 * The first sheet of an `.xlsx` file as rows of strings: dates as
 * `yyyy-mm-dd`, numbers exactly as stored in the file.
 */
export async function readXlsxRows(bytes: Uint8Array): Promise<string[][]> {
  // The universal build accepts only an ArrayBuffer, not a view into one.
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  const buffer = (whole ? bytes.buffer : bytes.slice().buffer) as ArrayBuffer;
  const sheet = await readSheet<string>(buffer, { parseNumber: (s: string) => s });
  return sheet.map((row) => row.map(cellText));
}
