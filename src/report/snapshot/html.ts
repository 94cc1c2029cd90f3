import type { Lang } from '../../dataset/types';
import { SNAPSHOT_CSS } from './style';

/** Escapes text for HTML content and attribute values: unit names come from user files. */
export function esc(s: unknown): string {
  return String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A table cell of text (escaped) or of prebuilt HTML. */
export type Cell = string | { html: string } | { text: string; cls?: string };

const cellHtml = (c: Cell, tag: 'td' | 'th') => {
  if (typeof c === 'string') return `<${tag}>${esc(c)}</${tag}>`;
  if ('html' in c) return `<${tag}>${c.html}</${tag}>`;
  return `<${tag}${c.cls ? ` class="${esc(c.cls)}"` : ''}>${esc(c.text)}</${tag}>`;
};

/** A numeric cell, right-aligned. */
export const num = (text: string): Cell => ({ text, cls: 'n' });

export interface TableSpec {
  caption?: string;
  head: string[];
  rows: Cell[][];
  /** Last rows printed as totals. */
  foot?: Cell[][];
  cls?: string;
  /** Long tables may break between rows (the header repeats); short ones stay whole. */
  long?: boolean;
}

export function table(t: TableSpec): string {
  const cls = [t.cls, t.long ? 'long' : ''].filter(Boolean).join(' ');
  return [
    `<table${cls ? ` class="${cls}"` : ''}>`,
    t.caption ? `<caption>${esc(t.caption)}</caption>` : '',
    `<thead><tr>${t.head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead>`,
    `<tbody>${t.rows.map((r) => `<tr>${r.map((c, i) => cellHtml(c, i === 0 ? 'th' : 'td')).join('')}</tr>`).join('')}</tbody>`,
    t.foot?.length ? `<tfoot>${t.foot.map((r) => `<tr>${r.map((c, i) => cellHtml(c, i === 0 ? 'th' : 'td')).join('')}</tr>`).join('')}</tfoot>` : '',
    '</table>',
  ].join('');
}

/** A numbered section: "I. Kết quả chung". */
export function section(no: string, title: string, body: string, cls = ''): string {
  return `<section class="part${cls ? ` ${cls}` : ''}"><h2><span class="no">${esc(no)}.</span> ${esc(title)}</h2>${body}</section>`;
}

export const para = (text: string, cls = '') => `<p${cls ? ` class="${cls}"` : ''}>${esc(text)}</p>`;

/** The page: inline styles only, no script, no external reference. */
export function page(lang: Lang, title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(title)}</title>
<style>${SNAPSHOT_CSS}</style>
</head>
<body>
<main class="sheet">
${body}
</main>
</body>
</html>
`;
}

/** Roman numerals for the section numbers (I–XX is all a report needs). */
export function roman(n: number): string {
  const r: [number, string][] = [
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of r) for (; n >= v; n -= v) out += s;
  return out;
}
