import { neutraliseCell } from '../../dataset/csv-write';
import { writeXlsx, type XlsxCell, type XlsxMerge, type XlsxSheet } from '../xlsx-write';
import { FORM_TEXT } from './labels';
import { columnNumbers, headerSpans, publishForm, type PublishOptions } from './published';
import { hiddenTogether } from './together';
import { cellId, type FormTable } from './types';

const HEADER_ROW = 3;
const FIRST_DATA_ROW = 6;
const COL_WIDTH = 11;

/** Text a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) is written with a leading apostrophe: names come from user files. */
const text = (v: string, s: XlsxCell['s']): XlsxCell => ({ v: v === '' ? null : neutraliseCell(v), s });

const SHEET_NAME = { bieu1: { vi: 'Biểu 1', en: 'Form 1' }, bieu2: { vi: 'Biểu 2', en: 'Form 2' }, bieu3: { vi: 'Biểu 3', en: 'Form 3' } } as const;

function formSheet(table: FormTable, opts: PublishOptions): XlsxSheet {
  const t = FORM_TEXT[opts.lang];
  const pub = publishForm(table, opts);
  const n = table.columns.length + 2;
  const blank = (s: XlsxCell['s']) => Array.from({ length: n }, (): XlsxCell => ({ v: null, s }));
  const merges: XlsxMerge[] = [
    { r: 0, c: 0, rows: 1, cols: n },
    { r: 1, c: 0, rows: 1, cols: n },
  ];
  const head1 = blank('header');
  const head2 = blank('header');
  head1[0] = text(t.no, 'header');
  head1[1] = text(t.unit, 'header');
  merges.push({ r: HEADER_ROW, c: 0, rows: 2, cols: 1 }, { r: HEADER_ROW, c: 1, rows: 2, cols: 1 });
  for (const s of headerSpans(table)) {
    const c = s.start + 2;
    if (s.group === undefined) {
      head1[c] = text(table.columns[s.start].label, 'header');
      merges.push({ r: HEADER_ROW, c, rows: 2, cols: 1 });
    } else {
      head1[c] = text(s.group, 'header');
      merges.push({ r: HEADER_ROW, c, rows: 1, cols: s.span });
      for (let j = s.start; j < s.start + s.span; j++) head2[j + 2] = text(table.columns[j].label, 'header');
    }
  }
  const numbers = columnNumbers(table).map((v): XlsxCell => ({ v, s: 'headerNote' }));
  const body = table.rows.map((r, i): XlsxCell[] => {
    const bold = r.level === 0;
    const cells = table.columns.map((c, j): XlsxCell => {
      const v = r.cells[j];
      const id = cellId(r.key, c.key);
      const shown = pub.text[i][j];
      const hidden = pub.small.has(id) || pub.secondary.has(id) || v === null || (c.format === 'decimal' && shown === '—');
      if (hidden) return text(shown, bold ? 'textRightBold' : 'textRight');
      return { v, s: c.format === 'decimal' ? (bold ? 'decimalBold' : 'decimal') : bold ? 'countBold' : 'count' };
    });
    return [text(r.no, bold ? 'textBold' : 'text'), text(r.label, bold ? 'textBold' : 'textIndent'), ...cells];
  });
  const labelWidth = Math.min(48, Math.max(24, ...table.rows.map((r) => r.label.length + 2 * r.level + 2)));
  const headerLines = Math.max(1, ...table.columns.map((c) => Math.ceil(c.label.length / (COL_WIDTH - 2))));
  return {
    name: SHEET_NAME[table.id][opts.lang],
    rows: [[text(table.title, 'title')], [text(table.subtitle, 'subtitle')], [], head1, head2, numbers, ...body, [], ...pub.notes.map((note) => [text(note, 'note')])],
    merges,
    widths: [6, labelWidth, ...table.columns.map(() => COL_WIDTH)],
    heights: { [HEADER_ROW]: 30, [HEADER_ROW + 1]: 15 * Math.min(4, headerLines) + 4 },
    freeze: { rows: FIRST_DATA_ROW, cols: 2 },
    printTitleRows: [HEADER_ROW, FIRST_DATA_ROW - 1],
    landscape: true,
  };
}

/**
 * The forms (Biểu 1, 2, 3) as one .xlsx, a sheet each: the title and the column
 * groups merged, header rows frozen, numbers as numbers. With `minCell`, small
 * counts are written as the text "< K" (and the cells hidden with them as "x"),
 * a number two sheets print hidden in both.
 */
export function formsToXlsx(tables: FormTable[], opts: PublishOptions): Uint8Array {
  const hidden = opts.minCell === null ? null : hiddenTogether(tables, opts.minCell);
  return writeXlsx(tables.map((t, i) => formSheet(t, hidden ? { ...opts, hidden: hidden[i] } : opts)));
}
