import { useState } from 'react';
import { bieu1, bieu2, bieu3, formsToXlsx } from '../../report/forms';
import { DEFAULT_MIN_CELL } from '../../report/suppress';
import { viewKey } from '../common';
import type { ViewProps } from '../types';
import { useQuery } from '../use-async';
import { downloadText } from '../../report/csv-export';
import { XLSX_TYPE } from '../../report/xlsx-write';
import { formsFileName } from './file-name';
import { FormTableView } from './FormTableView';
import '../tables.css';
import './forms.css';

const TEXT = {
  vi: {
    title: (name: string) => `Biểu mẫu thống kê: ${name}`,
    intro: 'Biểu 1, Biểu 2 và Biểu 3 theo Hướng dẫn 11-HD/BTCTW, tính từ dữ liệu đang mở. Trên trang này là số chính xác; bản Excel để gửi đi có thể ẩn số nhỏ.',
    clauses: 'Biểu mẫu tính cho cả đơn vị: không áp dụng các bộ lọc chéo đang chọn.',
    publish: 'Xuất bản',
    hide: 'Ẩn số nhỏ khi xuất bản',
    k: 'Ngưỡng K',
    kHint: (k: number) => `số từ 1 đến ${k - 1} ghi là "< ${k}"`,
    download: 'Tải Excel (.xlsx)',
    loading: 'Đang tính…',
    error: (e: string) => `Không tính được biểu mẫu: ${e}`,
  },
  en: {
    title: (name: string) => `Statistical forms: ${name}`,
    intro: 'Forms 1, 2 and 3 of Guideline 11-HD/BTCTW, from the open data. This page shows exact numbers; the Excel file to send out can hide small counts.',
    clauses: 'The forms cover the whole unit: the cross-filters chosen do not apply to them.',
    publish: 'Publication',
    hide: 'Hide small counts when publishing',
    k: 'Threshold K',
    kHint: (k: number) => `counts from 1 to ${k - 1} print as "< ${k}"`,
    download: 'Download Excel (.xlsx)',
    loading: 'Computing…',
    error: (e: string) => `Could not compute the forms: ${e}`,
  },
} as const;

const clampK = (n: number) => Math.min(20, Math.max(2, Math.round(n)));

/** Biểu mẫu: Biểu 1, 2 and 3 of the chosen unit and period, and their .xlsx for sending on. */
export function FormsView(props: ViewProps) {
  const { ctx, filters, lang } = props;
  const s = TEXT[lang];
  // the forms are the whole unit's: a cross-filter does not change them, so it asks nothing again
  const whole = { ...filters, clauses: [] };
  const { data: fetched, error, stale } = useQuery(ctx, viewKey({ ...props, filters: whole }, lang), async (ctx) => ({
    forms: await Promise.all([bieu1(ctx, whole, lang), bieu2(ctx, whole, lang), bieu3(ctx, whole, lang)]),
    filters: whole,
  }));
  const data = fetched?.forms;
  // while the next forms are computed, the page keeps naming the unit of the forms it shows
  const shown = fetched?.filters ?? filters;
  const unitName = ctx.loaded.tree.units.get(shown.unitId)?.name ?? shown.unitId;
  const [hide, setHide] = useState(true);
  const [k, setK] = useState(DEFAULT_MIN_CELL);

  const download = () => {
    if (!data) return;
    const bytes = formsToXlsx(data, { minCell: hide ? k : null, lang });
    downloadText(formsFileName(shown.unitId, shown.from, shown.to), bytes, XLSX_TYPE);
  };

  return (
    <section className="view forms-view" data-testid="forms-view" aria-busy={stale ? 'true' : undefined}>
      <h2>{s.title(unitName)}</h2>
      <p className="hint">{s.intro}</p>
      {filters.clauses.length > 0 && <p className="hint">{s.clauses}</p>}
      <div className="view-section forms-publish" role="group" aria-label={s.publish}>
        <label className="forms-check">
          <input type="checkbox" checked={hide} onChange={(e) => setHide(e.target.checked)} data-testid="forms-hide" />
          {s.hide}
        </label>
        <label className="field">
          {s.k}
          <input
            type="number"
            min={2}
            max={20}
            step={1}
            value={k}
            disabled={!hide}
            onChange={(e) => Number.isFinite(e.target.valueAsNumber) && setK(clampK(e.target.valueAsNumber))}
            data-testid="forms-k"
          />
        </label>
        {hide && <span className="muted">{s.kHint(k)}</span>}
        <button type="button" onClick={download} disabled={!data || stale} data-testid="forms-xlsx">
          {s.download}
        </button>
      </div>
      {error && <p className="fatal">{s.error(error)}</p>}
      {!data && !error && <p className="muted">{s.loading}</p>}
      {data && (
        <>
          <FormTableView table={data[0]} lang={lang} testId="form-bieu1" />
          <FormTableView table={data[1]} lang={lang} testId="form-bieu2" />
          <FormTableView table={data[2]} lang={lang} testId="form-bieu3" />
        </>
      )}
    </section>
  );
}
