import { FORM_TEXT } from './labels';
import { columnNumbers, headerSpans, publishForm, type HeaderSpan, type PublishOptions } from './published';
import type { FormTable } from './types';

/** Display width: NFC Vietnamese is one code point per letter. */
const width = (s: string) => [...s.normalize('NFC')].length;
const padRight = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - width(s)));
const padLeft = (s: string, w: number) => ' '.repeat(Math.max(0, w - width(s))) + s;
const center = (s: string, w: number) => {
  const gap = Math.max(0, w - width(s));
  return ' '.repeat(Math.floor(gap / 2)) + s + ' '.repeat(gap - Math.floor(gap / 2));
};

/** Greedy word wrap to `w` (a word longer than `w` gets its own line). */
function wrap(s: string, w: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of s.split(/\s+/).filter(Boolean)) {
    if (line && width(line) + 1 + width(word) > w) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

const SEP = ' | ';
const MAX_LINE = 132;
const MAX_COL = 12;

/**
 * A form as plain text with fixed-width columns, for golden files a reviewer
 * can read: header labels wrapped, the column numbers, the rows ("Tổng số"
 * first, sub-units indented), and the notes. Columns wider than a line go on
 * in a following block that repeats the row labels.
 */
export function formToText(table: FormTable, opts: PublishOptions): string {
  const t = FORM_TEXT[opts.lang];
  const pub = publishForm(table, opts);
  const nums = columnNumbers(table);
  const colW = table.columns.map((c, j) => {
    const values = Math.max(width(nums[j + 2]), ...pub.text.map((r) => width(r[j])));
    const longestWord = Math.max(...c.label.split(/\s+/).map(width));
    return Math.max(values, Math.min(Math.max(longestWord, 7), MAX_COL));
  });
  const noW = Math.max(width(t.no), ...table.rows.map((r) => width(r.no)));
  const labelW = Math.max(width(t.unit), ...table.rows.map((r) => width(r.label) + 2 * r.level));

  // blocks of whole groups that fit in a line; a group wider than a line is split
  const fixedW = noW + labelW + 2 * SEP.length;
  const blocks: HeaderSpan[][] = [[]];
  let used = fixedW;
  const place = (s: HeaderSpan) => {
    const w = colW.slice(s.start, s.start + s.span).reduce((a, b) => a + b + SEP.length, 0);
    if (used + w > MAX_LINE && blocks[blocks.length - 1].length) {
      blocks.push([]);
      used = fixedW;
    }
    blocks[blocks.length - 1].push(s);
    used += w;
  };
  for (const s of headerSpans(table)) {
    const w = colW.slice(s.start, s.start + s.span).reduce((a, b) => a + b + SEP.length, 0);
    if (fixedW + w <= MAX_LINE) place(s);
    else for (let i = s.start; i < s.start + s.span; i++) place({ group: s.group, start: i, span: 1 });
  }
  // a split group: its pieces in one block merge back
  for (const b of blocks)
    for (let k = b.length - 1; k > 0; k--)
      if (b[k].group && b[k].group === b[k - 1].group && b[k - 1].start + b[k - 1].span === b[k].start) {
        b[k - 1].span += b[k].span;
        b.splice(k, 1);
      }

  const out: string[] = [table.title, table.subtitle];
  for (const block of blocks.filter((b) => b.length)) {
    const cols = block.flatMap((s) => Array.from({ length: s.span }, (_, k) => s.start + k));
    const spanW = (s: HeaderSpan) => cols.filter((j) => j >= s.start && j < s.start + s.span).reduce((sum, j) => sum + colW[j], 0) + SEP.length * (s.span - 1);
    const groupLines = block.map((s) => (s.group ? wrap(s.group, spanW(s)) : []));
    const labelLines = cols.map((j) => wrap(table.columns[j].label, colW[j]));
    const gH = Math.max(0, ...groupLines.map((l) => l.length));
    const lH = Math.max(...labelLines.map((l) => l.length));
    const lines: string[] = [];
    // the group rows: ungrouped columns keep their label for the rows below
    for (let h = 0; h < gH; h++) {
      const parts = [' '.repeat(noW), ' '.repeat(labelW)];
      block.forEach((s, b) => parts.push(s.group ? center(groupLines[b][h - (gH - groupLines[b].length)] ?? '', spanW(s)) : ' '.repeat(spanW(s))));
      lines.push(parts.join(SEP));
    }
    if (gH) {
      const rule = [' '.repeat(noW), ' '.repeat(labelW), ...block.map((s) => (s.group ? '-'.repeat(spanW(s)) : ' '.repeat(spanW(s))))];
      lines.push(rule.join(SEP));
    }
    for (let h = 0; h < lH; h++) {
      const last = h === lH - 1;
      const parts = [padRight(last ? t.no : '', noW), padRight(last ? t.unit : '', labelW)];
      cols.forEach((j, k) => parts.push(center(labelLines[k][h - (lH - labelLines[k].length)] ?? '', colW[j])));
      lines.push(parts.join(SEP));
    }
    lines.push([center(nums[0], noW), center(nums[1], labelW), ...cols.map((j) => center(nums[j + 2], colW[j]))].join(SEP));
    lines.push('='.repeat(width(lines[lines.length - 1])));
    table.rows.forEach((r, i) => {
      lines.push([padLeft(r.no, noW), padRight('  '.repeat(r.level) + r.label, labelW), ...cols.map((j) => padLeft(pub.text[i][j], colW[j]))].join(SEP));
    });
    out.push('', ...lines.map((l) => l.trimEnd()));
  }
  if (pub.notes.length) out.push('', ...pub.notes.map((n) => `* ${n}`));
  return `${out.join('\n')}\n`;
}
