import { FORM_TEXT } from './labels';
import { columnNumbers, headerSpans, publishForm, type PublishOptions } from './published';
import type { FormTable } from './types';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const NUM = 'text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap';

/**
 * A form as a static, escaped `<table>` for a snapshot: a two-row grouped
 * header, the column numbers, the rows ("Tổng số" first, sub-units indented),
 * small counts hidden when `minCell` is a number, and the notes under it.
 */
export function formToHtml(table: FormTable, opts: PublishOptions): string {
  const t = FORM_TEXT[opts.lang];
  const pub = publishForm(table, opts);
  const spans = headerSpans(table);
  const th = (text: string, attrs = '') => `<th${attrs}>${esc(text)}</th>`;
  const top = [th(t.no, ' rowspan="2" scope="col"'), th(t.unit, ' rowspan="2" scope="col"')];
  const second: string[] = [];
  for (const s of spans) {
    if (s.group === undefined) top.push(th(table.columns[s.start].label, ' rowspan="2" scope="col"'));
    else {
      top.push(th(s.group, ` colspan="${s.span}" scope="colgroup"`));
      for (let i = s.start; i < s.start + s.span; i++) second.push(th(table.columns[i].label, ' scope="col"'));
    }
  }
  const numbers = columnNumbers(table).map((n) => `<td style="text-align:center;font-style:italic">${esc(n)}</td>`);
  const body = table.rows.map((r, i) => {
    const label = `<th scope="row" style="text-align:left;${r.level > 0 ? 'padding-left:1.5em;font-weight:400' : ''}">${esc(r.label)}</th>`;
    const cells = pub.text[i].map((v) => `<td style="${NUM}">${esc(v)}</td>`);
    return `<tr class="form-level-${r.level}"><td style="text-align:center">${esc(r.no)}</td>${label}${cells.join('')}</tr>`;
  });
  const notes = pub.notes.map((n) => `<p class="form-note">${esc(n)}</p>`);
  return [
    `<table class="form-table" data-form="${table.id}">`,
    `<caption><strong>${esc(table.title)}</strong><br>${esc(table.subtitle)}</caption>`,
    `<thead><tr>${top.join('')}</tr><tr>${second.join('')}</tr><tr class="form-col-no">${numbers.join('')}</tr></thead>`,
    `<tbody>${body.join('')}</tbody>`,
    `</table>`,
    ...notes,
  ].join('\n');
}
