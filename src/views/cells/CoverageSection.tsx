import { useMemo } from 'react';
import { coverage, type CoverageRow } from '../../indicators/cells';
import { share } from '../../indicators/context';
import { coverageDef } from '../../registry';
import { DataTable, type DataColumn } from '../../ui/DataTable';
import type { ViewProps } from '../types';
import { useQuery } from '../use-async';
import { cellTypeLabel, coverageSentence } from './cell-text';

type Row = CoverageRow & { label: string };

const TEXT = {
  vi: {
    title: 'Chi bộ có kết nạp, theo loại chi bộ',
    type: 'Loại chi bộ',
    cells: 'Số chi bộ',
    withAdm: 'Có kết nạp',
    pct: 'Tỷ lệ %',
    admissions: 'Số đảng viên kết nạp',
    total: 'Tất cả các loại',
    hint: 'Bấm vào một loại chi bộ để lọc cả trang theo loại đó; bấm lần nữa để bỏ lọc.',
    rowLabel: (t: string) => `Lọc theo loại chi bộ ${t}`,
    none: 'Không có chi bộ nào hoạt động trong kỳ ở đơn vị này.',
  },
  en: {
    title: 'Cells with admissions, by cell type',
    type: 'Cell type',
    cells: 'Cells',
    withAdm: 'With admissions',
    pct: 'Share %',
    admissions: 'Members admitted',
    total: 'All types',
    hint: 'Click a cell type to filter the whole page by it; click again to remove the filter.',
    rowLabel: (t: string) => `Filter by cell type ${t}`,
    none: 'No party cell of this unit was active in the period.',
  },
} as const;

/** Coverage per cell type: a table and the reports' sentences; a row click cross-filters by the type. */
export function CoverageSection({ ctx, filters, lang, toggle }: ViewProps) {
  const s = TEXT[lang];
  const key = JSON.stringify(['coverage', filters, ctx.loaded.dataDate, ctx.loaded.tree.units.size]);
  const { data, error, stale } = useQuery(ctx, key, (ctx) => coverage(ctx, filters));
  const rows: Row[] = useMemo(() => (data ?? []).map((r) => ({ ...r, label: cellTypeLabel(r.type, lang) })), [data, lang]);
  const totals: Row | undefined = rows.length
    ? {
        type: null,
        label: s.total,
        cells: rows.reduce((a, r) => a + r.cells, 0),
        withAdmission: rows.reduce((a, r) => a + r.withAdmission, 0),
        admissions: rows.reduce((a, r) => a + r.admissions, 0),
      }
    : undefined;
  const columns: DataColumn<Row>[] = useMemo(
    () => [
      { id: 'type', header: s.type, kind: 'text', value: (r) => r.label, minWidth: 22 },
      { id: 'cells', header: s.cells, kind: 'count', value: (r) => r.cells },
      { id: 'with', header: s.withAdm, kind: 'count', value: (r) => r.withAdmission },
      { id: 'pct', header: s.pct, kind: 'percent', value: (r) => share(r.withAdmission, r.cells) },
      { id: 'admissions', header: s.admissions, kind: 'count', value: (r) => r.admissions },
    ],
    [s],
  );
  return (
    <section className="view-section" data-testid="coverage" title={coverageDef.definition[lang]}>
      <h3>{s.title}</h3>
      {error && <p className="fatal">{error}</p>}
      {data && rows.length === 0 && <p className="view-empty">{s.none}</p>}
      {rows.length > 0 && (
        <>
          <ul className="sentences" data-testid="coverage-sentences">
            {rows.map((r) => (
              <li key={r.type ?? ''}>{coverageSentence(r, lang)}.</li>
            ))}
          </ul>
          <p className="hint">{s.hint}</p>
          <DataTable
            columns={columns}
            data={rows}
            rowId={(r) => r.type ?? ''}
            lang={lang}
            label={s.title}
            fileName={`chi-bo-theo-loai_${filters.unitId}_${filters.from}_${filters.to}`}
            testId="coverage-table"
            totals={totals}
            onRowClick={(r) => r.type !== null && toggle('cell_type', r.type)}
            rowLabel={(r) => s.rowLabel(r.label)}
            busy={stale}
          />
        </>
      )}
    </section>
  );
}
