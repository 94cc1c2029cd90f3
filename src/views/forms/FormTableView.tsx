import { memo, useMemo, useRef } from 'react';
import type { Lang } from '../../dataset/types';
import { FORM_TEXT } from '../../report/forms/labels';
import { columnNumbers, headerSpans, publishForm } from '../../report/forms/published';
import type { FormTable } from '../../report/forms/types';
import { BlankRows } from '../../ui/BlankRows';
import { useDrawnWhenNear } from '../../ui/out-of-sight';
import { useRowWindow } from '../../ui/use-row-window';

/** The header rows: the column names (two rows) and their numbers. */
const HEAD_ROWS = 3;

/**
 * One form as the page shows it: exact numbers (the page is on one's own
 * machine), text as React text. A form of many units draws the rows near its
 * scroll box's view, and every row when printed. A filter change renders
 * the view again before its new forms come: the form shown is not.
 */
export const FormTableView = memo(function FormTableView({ table: latest, lang, testId }: { table: FormTable; lang: Lang; testId: string }) {
  const block = useRef<HTMLDivElement>(null);
  // out of sight, the form before stays until the page is idle (see out-of-sight.ts)
  const table = useDrawnWhenNear(latest, block);
  const t = FORM_TEXT[lang];
  const pub = useMemo(() => publishForm(table, { minCell: null, lang }), [table, lang]);
  const spans = headerSpans(table);
  const numbers = columnNumbers(table);
  const drawn = useRowWindow(table.rows.length, HEAD_ROWS, table);
  const width = table.columns.length + 2;
  return (
    <div className="form-block" ref={block}>
      <div className="form-scroll" ref={drawn.scroller}>
        <table className="form-table" data-testid={testId} aria-rowcount={drawn.windowed ? HEAD_ROWS + table.rows.length : undefined}>
          <caption>
            <strong>{table.title}</strong>
            <br />
            {table.subtitle}
          </caption>
          <thead>
            <tr aria-rowindex={drawn.windowed ? 1 : undefined}>
              <th rowSpan={2} scope="col" className="form-no">
                {t.no}
              </th>
              <th rowSpan={2} scope="col" className="form-unit">
                {t.unit}
              </th>
              {spans.map((s) =>
                s.group === undefined ? (
                  <th key={table.columns[s.start].key} rowSpan={2} scope="col">
                    {table.columns[s.start].label}
                  </th>
                ) : (
                  <th key={`g${s.start}`} colSpan={s.span} scope="colgroup" className="form-group">
                    {s.group}
                  </th>
                ),
              )}
            </tr>
            <tr aria-rowindex={drawn.windowed ? 2 : undefined}>
              {table.columns.map((c) =>
                c.group === undefined ? null : (
                  <th key={c.key} scope="col">
                    {c.label}
                  </th>
                ),
              )}
            </tr>
            <tr className="form-col-no" aria-rowindex={drawn.windowed ? 3 : undefined}>
              {numbers.map((n, i) => (
                <td key={n} className={i === 0 ? 'form-no' : i === 1 ? 'form-unit' : undefined}>
                  {n}
                </td>
              ))}
            </tr>
          </thead>
          <tbody ref={drawn.body}>
            <BlankRows height={drawn.before} columns={width} />
            {table.rows.slice(drawn.first, drawn.end).map((r, k) => {
              const i = drawn.first + k;
              const isTotal = i === 0;
              return (
                <tr key={r.key} className={isTotal ? 'form-total' : `form-level-${r.level}`} data-row={r.key} aria-rowindex={drawn.rowIndex(i)}>
                  <td className="form-no">{r.no}</td>
                  <th scope="row" className="form-unit">
                    {r.label}
                  </th>
                  {table.columns.map((c, j) => (
                    <td
                      key={c.key}
                      className="num"
                      data-col={c.key}
                      data-testid={isTotal ? 'form-total' : undefined}
                      data-value={isTotal ? (r.cells[j] ?? '') : undefined}
                    >
                      {pub.text[i][j]}
                    </td>
                  ))}
                </tr>
              );
            })}
            <BlankRows height={drawn.after} columns={width} />
          </tbody>
        </table>
      </div>
      {pub.notes.map((n) => (
        <p key={n} className="form-note">
          {n}
        </p>
      ))}
    </div>
  );
});
