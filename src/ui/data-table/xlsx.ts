import { neutraliseCell } from '../../dataset/csv-write';
import { writeXlsx, type XlsxCell, type XlsxStyle } from '../../report/xlsx-write';
import type { CellKind, CellValue } from './columns';

/** A column of an exported sheet: its header and how its numbers read. */
export interface SheetColumn {
  header: string;
  kind: CellKind;
}

/**
 * Numbers as numbers, formatted by Excel itself (#,##0, 0.0, 0.00%): Excel in
 * any regional setting reads and shows them in its own way (`1.114`,
 * `109,22%` in Vietnamese), where a CSV's `103.53` is read as text or a date.
 * Percent columns hold percent points (109.22): the sheet holds the fraction.
 */
const STYLE: Record<CellKind, XlsxStyle> = { text: 'text', count: 'count', number: 'decimal', percent: 'percent' };
const BOLD: Record<CellKind, XlsxStyle> = { text: 'textBold', count: 'countBold', number: 'decimalBold', percent: 'percentBold' };

function cell(kind: CellKind, v: CellValue, bold: boolean): XlsxCell {
  const s = (bold ? BOLD : STYLE)[kind];
  if (v === null || v === undefined) return { v: null, s };
  if (typeof v === 'number') return { v: kind === 'percent' ? v / 100 : v, s };
  return { v: neutraliseCell(v), s: bold ? 'textBold' : 'text' };
}

/**
 * A table as a one-sheet .xlsx: a header row that stays in view, the rows,
 * and the totals row (bold) when there is one. Text starting with = + - @
 * is neutralised as in every export.
 */
export function tableToXlsx(name: string, columns: readonly SheetColumn[], rows: readonly CellValue[][], totals?: readonly CellValue[]): Uint8Array {
  const header = columns.map((c) => ({ v: neutraliseCell(c.header), s: 'header' as const }));
  const body = rows.map((r) => columns.map((c, i) => cell(c.kind, r[i] ?? null, false)));
  if (totals) body.push(columns.map((c, i) => cell(c.kind, totals[i] ?? null, true)));
  const widths = columns.map((c, i) => {
    const longest = Math.max(c.header.length, ...rows.slice(0, 200).map((r) => String(r[i] ?? '').length));
    return Math.min(c.kind === 'text' ? 50 : 16, Math.max(8, longest + 2));
  });
  return writeXlsx([{ name, rows: [header, ...body], widths, freeze: { rows: 1, cols: 1 } }]);
}
