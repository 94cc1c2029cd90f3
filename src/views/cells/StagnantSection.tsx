import { useMemo, useState } from 'react';
import { cellsWithoutAdmission, stagnantWindow, type StagnantCell } from '../../indicators/cells';
import { stagnantDef } from '../../registry';
import { formatCount } from '../../i18n/format';
import { DataTable, type DataColumn, type SortingState } from '../../ui/DataTable';
import type { ViewProps } from '../types';
import { useQuery } from '../use-async';
import { cellTypeLabel, lastAdmissionText, parentPath, stagnantSentence, stagnantSort } from './cell-text';

const PAGE_SIZE = 25;
/** "Never" first: the cells with no admission in the data head the list. */
const DEFAULT_SORT: SortingState = [{ id: 'last_year', desc: false }];

const TEXT = {
  vi: {
    years: 'Số năm liên tục không kết nạp',
    count: (n: string) => `${n} chi bộ`,
    cell: 'Chi bộ',
    path: 'Đường dẫn',
    type: 'Loại',
    members: 'Đảng viên',
    aged61: 'Từ 61 tuổi',
    last: 'Năm kết nạp gần nhất',
    rowLabel: (n: string) => `Xem ${n}`,
    none: 'Không có chi bộ nào như vậy.',
  },
  en: {
    years: 'Years in a row without admissions',
    count: (n: string) => `${n} cells`,
    cell: 'Party cell',
    path: 'Path',
    type: 'Type',
    members: 'Members',
    aged61: 'Aged 61+',
    last: 'Last admission (year)',
    rowLabel: (n: string) => `Open ${n}`,
    none: 'No such cell.',
  },
} as const;

/** Cells without an admission for N years: sorted and paged in DuckDB, 25 rows a page. */
export function StagnantSection({ ctx, filters, lang, stagnantYears, setStagnantYears, drill }: ViewProps) {
  const s = TEXT[lang];
  const [draft, setDraft] = useState<string | null>(null);
  const [sorting, setSorting] = useState<SortingState>(DEFAULT_SORT);
  const base = JSON.stringify([filters, stagnantYears, sorting, ctx.loaded.dataDate, ctx.loaded.tree.units.size]);
  // a new query starts again at the first page
  const [page, setPage] = useState({ base, index: 0 });
  const pageIndex = page.base === base ? page.index : 0;
  const order = stagnantSort(sorting);
  const { data, error, stale } = useQuery(ctx, JSON.stringify([base, pageIndex]), (ctx) =>
    cellsWithoutAdmission(ctx, filters, stagnantYears, { ...order, limit: PAGE_SIZE, offset: pageIndex * PAGE_SIZE }),
  );
  const window = stagnantWindow(filters, stagnantYears);
  const columns: DataColumn<StagnantCell>[] = useMemo(
    () => [
      { id: 'name', header: s.cell, kind: 'text', value: (r) => r.name, minWidth: 20 },
      { id: 'path', header: s.path, kind: 'text', value: (r) => parentPath(r.path), sortable: false, minWidth: 30 },
      { id: 'type', header: s.type, kind: 'text', value: (r) => cellTypeLabel(r.type, lang) },
      { id: 'members', header: s.members, kind: 'count', value: (r) => r.members },
      { id: 'aged61', header: s.aged61, kind: 'count', value: (r) => r.aged61Plus },
      { id: 'last_year', header: s.last, kind: 'text', minWidth: 16, value: (r) => r.lastAdmissionYear, display: (r) => lastAdmissionText(r.lastAdmissionYear, lang) },
    ],
    [s, lang],
  );
  const onYears = (v: string) => {
    setDraft(v);
    const n = Number(v);
    if (Number.isInteger(n) && n >= 1 && n <= 10) setStagnantYears(n);
  };
  const count = data?.count ?? 0;
  return (
    <section className="view-section" data-testid="stagnant" title={stagnantDef.definition[lang]}>
      <h3>{stagnantSentence(stagnantYears, window, lang)}</h3>
      <div className="view-controls">
        <label className="field">
          {s.years}
          <input
            type="number"
            min={1}
            max={10}
            step={1}
            data-testid="stagnant-years"
            value={draft ?? String(stagnantYears)}
            onChange={(e) => onYears(e.target.value)}
            onBlur={() => setDraft(null)}
          />
        </label>
        {data && (
          <p className="big-count" data-testid="stagnant-count" data-value={count}>
            {s.count(formatCount(count, lang))}
          </p>
        )}
      </div>
      {error && <p className="fatal">{error}</p>}
      {data && (
        <DataTable
          columns={columns}
          data={data.cells}
          rowId={(r) => r.unitId}
          lang={lang}
          label={stagnantSentence(stagnantYears, window, lang)}
          fileName={`chi-bo-${stagnantYears}-nam-khong-ket-nap_${filters.unitId}_${window.from}-${window.to}`}
          testId="stagnant-table"
          onRowClick={(r) => drill(r.unitId)}
          rowLabel={(r) => s.rowLabel(r.name)}
          busy={stale}
          empty={s.none}
          manual={{
            sorting,
            onSortingChange: setSorting,
            pageIndex,
            pageSize: PAGE_SIZE,
            rowCount: count,
            onPageChange: (index) => setPage({ base, index }),
            exportAll: async () => (await cellsWithoutAdmission(ctx, filters, stagnantYears, { ...order, limit: 10_000_000, offset: 0 })).cells,
          }}
        />
      )}
    </section>
  );
}
