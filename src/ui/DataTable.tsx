import { functionalUpdate, useTable, type ColumnDef, type ColumnFiltersState, type GroupingState, type Row, type RowData, type SortingState, type Updater } from '@tanstack/react-table';
import { memo, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Lang } from '../dataset/types';
import { formatCount } from '../i18n/format';
import { downloadText, tableToCsv } from '../report/csv-export';
import { XLSX_TYPE } from '../report/xlsx-write';
import { tableToXlsx } from './data-table/xlsx';
import { cellText, exportHeader, exportRows, formatCell, isNumeric, type CellValue, type DataColumn } from './data-table/columns';
import { features, type Features } from './data-table/features';
import { BlankRows } from './BlankRows';
import { useDrawnWhenNear } from './out-of-sight';
import { useRowWindow } from './use-row-window';

export type { CellValue, DataColumn } from './data-table/columns';
export type { SortingState } from '@tanstack/react-table';

/** Server-side mode: DuckDB sorts and pages, the table shows one page and asks for the next. */
export interface ManualMode<T extends RowData> {
  sorting: SortingState;
  onSortingChange: (s: SortingState) => void;
  pageIndex: number;
  pageSize: number;
  rowCount: number;
  onPageChange: (pageIndex: number) => void;
  /** Every row, in the current order, for the CSV export. */
  exportAll: () => Promise<T[]>;
}

export interface DataTableProps<T extends RowData> {
  columns: DataColumn<T>[];
  data: T[];
  rowId: (row: T) => string;
  lang: Lang;
  /** Accessible name of the table (and the CSV file's name). */
  label: string;
  fileName: string;
  testId?: string;
  /** The pinned totals row (the parent unit itself), shown with the same columns. */
  totals?: T;
  /** A column the user may group rows by, with subtotals per group. */
  groupBy?: string;
  initialSorting?: SortingState;
  onRowClick?: (row: T) => void;
  /** What a click on a row does, for screen readers ("Xem Xã A"). */
  rowLabel?: (row: T) => string;
  manual?: ManualMode<T>;
  busy?: boolean;
  empty?: string;
}

const TEXT = {
  vi: {
    csv: 'Tải CSV',
    xlsx: 'Tải Excel (.xlsx)',
    exporting: 'Đang xuất…',
    groupBy: (h: string) => `Nhóm theo ${h.toLowerCase()}`,
    filterText: 'lọc…',
    filterMin: '≥',
    filterLabel: (h: string) => `Lọc cột ${h}`,
    rows: (n: string, all: string) => (n === all ? `${n} dòng` : `${n}/${all} dòng`),
    page: (p: string, n: string) => `Trang ${p}/${n}`,
    range: (a: string, b: string, n: string) => `${a}–${b} trong ${n}`,
    prev: 'Trang trước',
    next: 'Trang sau',
    noRows: 'Không có dòng nào.',
    clear: 'Bỏ lọc',
  },
  en: {
    csv: 'Download CSV',
    xlsx: 'Download Excel (.xlsx)',
    exporting: 'Exporting…',
    groupBy: (h: string) => `Group by ${h.toLowerCase()}`,
    filterText: 'filter…',
    filterMin: '≥',
    filterLabel: (h: string) => `Filter column ${h}`,
    rows: (n: string, all: string) => (n === all ? `${n} rows` : `${n} of ${all} rows`),
    page: (p: string, n: string) => `Page ${p} of ${n}`,
    range: (a: string, b: string, n: string) => `${a}–${b} of ${n}`,
    prev: 'Previous page',
    next: 'Next page',
    noRows: 'No rows.',
    clear: 'Clear filters',
  },
} as const;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as createColumnHelper().columns does: each column keeps its own value type
type Def<T extends RowData> = ColumnDef<Features, T, any>;

/** Our column spec -> TanStack column defs; columns sharing a `group` go under one parent header. */
function toDefs<T extends RowData>(columns: DataColumn<T>[]): Def<T>[] {
  const leaf = (c: DataColumn<T>): Def<T> => ({
    id: c.id,
    header: c.header,
    accessorFn: (r: T) => c.value(r) ?? undefined,
    sortFn: isNumeric(c.kind) ? 'basic' : 'vi',
    sortUndefined: 'last',
    sortDescFirst: isNumeric(c.kind),
    enableSorting: c.sortable !== false,
    filterFn: isNumeric(c.kind) ? 'atLeast' : 'folded',
    enableColumnFilter: c.filterable !== false,
    enableGrouping: true,
    aggregationFn:
      c.subtotal === 'sum'
        ? 'sum'
        : c.subtotal
          ? { aggregate: (ctx: { rows: ReadonlyArray<Row<Features, T>> }) => (c.subtotal as (rows: T[]) => CellValue)(ctx.rows.map((r) => r.original)) }
          : undefined,
  });
  const out: Def<T>[] = [];
  for (const c of columns) {
    if (!c.group) {
      out.push(leaf(c));
      continue;
    }
    const last = out[out.length - 1] as Def<T> & { columns?: Def<T>[] };
    if (last && last.header === c.group && last.columns) last.columns.push(leaf(c));
    else out.push({ id: `group:${c.id}`, header: c.group, columns: [leaf(c)] } as Def<T>);
  }
  return out;
}

/** Rows in display order: a group's row, then its rows (groups are always open). */
function displayRows<T extends RowData>(rows: Row<Features, T>[]): Row<Features, T>[] {
  const out: Row<Features, T>[] = [];
  const walk = (rs: Row<Features, T>[]) => {
    for (const r of rs) {
      out.push(r);
      if (r.getIsGrouped()) walk(r.subRows);
    }
  };
  walk(rows);
  return out;
}

const ariaSort = (s: false | 'asc' | 'desc') => (s === 'asc' ? 'ascending' : s === 'desc' ? 'descending' : 'none');

/** How long a table may show the rows of the filters before the change before it dims them. */
const DIM_AFTER_MS = 300;

/**
 * The one table of the dashboard (TanStack Table v9): sorting on header click,
 * per-column filters (text contains, numeric minimum), optional grouping with
 * subtotals, a pinned totals row, CSV export of what the filters keep, row
 * click for drill-down; in `manual` mode DuckDB sorts and pages.
 *
 * A long table draws only the rows in and near its scroll box's view, and
 * blank space for the others, drawing them as they are scrolled to: a change
 * lays out and paints some twenty rows however many sub-units a unit has.
 * When printing, it draws them all. A table out of sight draws new rows
 * once the page is idle, or when it comes near the viewport.
 *
 * While `busy` (the next rows are being computed) it is marked `aria-busy`,
 * and its rows dim only once that has lasted {@link DIM_AFTER_MS}: a quick
 * change repaints nothing before its rows come. The rows are not rendered
 * again for `busy` alone, nor for new callbacks: they are read at the time
 * of use, so callers may pass inline functions.
 */
export function DataTable<T extends RowData>(props: DataTableProps<T>) {
  const { busy, testId } = props;
  const box = useRef<HTMLDivElement>(null);
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });
  useEffect(() => {
    const el = box.current;
    if (!busy || !el) return;
    const timer = setTimeout(() => (el.dataset.dim = '1'), DIM_AFTER_MS);
    return () => {
      clearTimeout(timer);
      delete el.dataset.dim;
    };
  }, [busy]);
  // out of sight, the rows of the filters before stay until the page is idle (see out-of-sight.ts)
  const drawn = useDrawnWhenNear(props, box, sameRows);
  return (
    <div ref={box} className="data-table" data-testid={testId} aria-busy={busy ? 'true' : undefined}>
      <Rows {...drawn} latest={latest} />
    </div>
  );
}

type RowsProps<T extends RowData> = DataTableProps<T> & { latest: { readonly current: DataTableProps<T> } };

/**
 * Whether the rows would render the same: `busy` is not theirs, and a new
 * function in place of one (an inline callback) changes nothing, since event
 * handlers call the latest and `rowId`, `rowLabel` give the same for the same
 * row and language.
 */
const sameRows = <T extends RowData>(a: DataTableProps<T>, b: DataTableProps<T>) => {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof DataTableProps<T>)[]);
  return [...keys].every((k) => k === 'busy' || (typeof a[k] === 'function' && typeof b[k] === 'function') || Object.is(a[k], b[k]));
};

const Rows = memo(RowsOf, sameRows) as typeof RowsOf;

function RowsOf<T extends RowData>(props: RowsProps<T>) {
  const { columns, data, lang, manual, latest } = props;
  const s = TEXT[lang];
  const [sortingLocal, setSortingLocal] = useState<SortingState>(props.initialSorting ?? []);
  const [columnFilters, setColumnFilters] = useState<ColumnFiltersState>([]);
  const [grouping, setGrouping] = useState<GroupingState>([]);
  const [exporting, setExporting] = useState(false);
  const defs = useMemo(() => toDefs(columns), [columns]);
  const byId = useMemo(() => new Map(columns.map((c) => [c.id, c])), [columns]);
  const sorting = manual ? manual.sorting : sortingLocal;
  const pagination = manual ? { pageIndex: manual.pageIndex, pageSize: manual.pageSize } : { pageIndex: 0, pageSize: Math.max(1, data.length) };

  const table = useTable({
    features,
    columns: defs,
    data,
    getRowId: (r: T) => props.rowId(r),
    state: { sorting, columnFilters: manual ? [] : columnFilters, grouping: manual ? [] : grouping, pagination },
    onSortingChange: (u: Updater<SortingState>) => {
      const next = functionalUpdate(u, sorting);
      if (manual) manual.onSortingChange(next);
      else setSortingLocal(next);
    },
    onColumnFiltersChange: (u: Updater<ColumnFiltersState>) => setColumnFilters((prev) => functionalUpdate(u, prev)),
    onGroupingChange: (u: Updater<GroupingState>) => setGrouping((prev) => functionalUpdate(u, prev)),
    onPaginationChange: (u) => {
      if (manual) manual.onPageChange(functionalUpdate(u, pagination).pageIndex);
    },
    manualSorting: Boolean(manual),
    manualFiltering: Boolean(manual),
    manualPagination: true,
    rowCount: manual ? manual.rowCount : data.length,
    enableSortingRemoval: false,
    groupedColumnMode: false,
  });

  const rows = displayRows(table.getRowModel().rows);
  const leafRows = rows.filter((r) => !r.getIsGrouped()).map((r) => r.original);
  const headerGroups = table.getHeaderGroups();
  const depth = headerGroups.length;

  // a long table draws the rows near its scroll box's view; sorted, filtered or grouped anew, they are other rows
  const headRows = depth + (manual ? 0 : 1);
  const rowSet = useMemo(() => ({}), [data, sorting, columnFilters, grouping]); // eslint-disable-line react-hooks/exhaustive-deps -- names these rows
  const { scroller, body: tbody, ...drawn } = useRowWindow(rows.length, headRows, rowSet, !manual);
  const { windowed } = drawn;

  /** Every row, sorted and filtered as shown (a paged table asks the engine for all of them), and the totals. */
  const exportAs = async (format: 'csv' | 'xlsx') => {
    setExporting(true);
    try {
      const body = exportRows(columns, manual ? await manual.exportAll() : leafRows);
      const totals = props.totals && !manual ? exportRows(columns, [props.totals])[0] : undefined;
      const name = props.fileName.replace(/\.csv$/i, '');
      if (format === 'csv') downloadText(`${name}.csv`, tableToCsv(columns.map(exportHeader), totals ? [...body, totals] : body));
      else {
        const sheet = columns.map((c) => ({ header: exportHeader(c), kind: c.kind }));
        downloadText(`${name}.xlsx`, tableToXlsx(props.label, sheet, body, totals), XLSX_TYPE);
      }
    } finally {
      setExporting(false);
    }
  };

  const activate = (row: T) => latest.current.onRowClick?.(row);
  const onKey = (e: KeyboardEvent, row: T) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      activate(row);
    }
  };

  const groupCol = props.groupBy ? byId.get(props.groupBy) : undefined;
  const grouped = grouping.length > 0;
  const filtered = columnFilters.length > 0;
  const total = manual ? manual.rowCount : data.length;
  const pageCount = manual ? Math.max(1, Math.ceil(manual.rowCount / manual.pageSize)) : 1;

  return (
    <>
      <div className="dt-toolbar">
        <span className="dt-count" data-testid="row-count" data-value={manual ? manual.rowCount : leafRows.length}>
          {manual ? s.rows(formatCount(total, lang), formatCount(total, lang)) : s.rows(formatCount(leafRows.length, lang), formatCount(total, lang))}
        </span>
        {groupCol && !manual && (
          <label className="dt-group">
            <input type="checkbox" data-testid="group-toggle" checked={grouped} onChange={(e) => setGrouping(e.target.checked ? [groupCol.id] : [])} />
            {s.groupBy(groupCol.header)}
          </label>
        )}
        {filtered && (
          <button type="button" className="link" onClick={() => setColumnFilters([])}>
            {s.clear}
          </button>
        )}
        <span className="dt-export">
          <button type="button" data-testid="csv" onClick={() => exportAs('csv')} disabled={exporting}>
            {exporting ? s.exporting : s.csv}
          </button>
          <button type="button" data-testid="xlsx" onClick={() => exportAs('xlsx')} disabled={exporting}>
            {s.xlsx}
          </button>
        </span>
      </div>
      <div className="dt-scroll" ref={scroller}>
        <table
          className={props.onRowClick ? 'dt clickable' : 'dt'}
          aria-label={props.label}
          data-testid="table"
          aria-rowcount={windowed ? headRows + rows.length + (props.totals ? 1 : 0) : undefined}
        >
          <thead>
            {headerGroups.map((hg, level) => (
              <tr key={hg.id} aria-rowindex={windowed ? level + 1 : undefined}>
                {hg.headers.map((h) => {
                  const col = byId.get(h.column.id);
                  if (!col) {
                    if (h.isPlaceholder) return null;
                    return (
                      <th key={h.id} colSpan={h.colSpan} scope="colgroup" className="dt-group-head">
                        {String(h.column.columnDef.header ?? '')}
                      </th>
                    );
                  }
                  // a column outside any group spans every header row: drawn once, at the top
                  if (!col.group && level > 0) return null;
                  if (col.group && h.isPlaceholder) return null;
                  const sorted = h.column.getIsSorted();
                  const canSort = h.column.getCanSort();
                  return (
                    <th
                      key={h.id}
                      scope="col"
                      rowSpan={!col.group ? depth : 1}
                      aria-sort={canSort ? ariaSort(sorted) : undefined}
                      className={isNumeric(col.kind) ? 'num' : undefined}
                      style={col.minWidth ? { minWidth: `${col.minWidth}ch` } : undefined}
                      data-col={col.id}
                      title={col.title}
                    >
                      {canSort ? (
                        <button type="button" className="dt-sort" onClick={h.column.getToggleSortingHandler()} >
                          {col.header}
                          <span className="dt-arrow" aria-hidden="true">
                            {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                          </span>
                        </button>
                      ) : (
                        col.header
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
            {!manual && (
              <tr className="dt-filters" aria-rowindex={windowed ? depth + 1 : undefined}>
                {columns.map((c) => {
                  const column = table.getColumn(c.id);
                  if (!column || c.filterable === false) return <td key={c.id} />;
                  return (
                    <td key={c.id} className={isNumeric(c.kind) ? 'num' : undefined}>
                      <input
                        type="text"
                        inputMode={isNumeric(c.kind) ? 'decimal' : undefined}
                        data-testid={`filter-${c.id}`}
                        aria-label={s.filterLabel(exportHeader(c))}
                        placeholder={isNumeric(c.kind) ? s.filterMin : s.filterText}
                        value={String(column.getFilterValue() ?? '')}
                        onChange={(e) => column.setFilterValue(e.target.value)}
                      />
                    </td>
                  );
                })}
              </tr>
            )}
          </thead>
          <tbody ref={tbody}>
            {rows.length === 0 && (
              <tr>
                <td colSpan={columns.length} className="dt-empty">
                  {props.empty ?? s.noRows}
                </td>
              </tr>
            )}
            <BlankRows height={drawn.before} columns={columns.length} />
            {rows.slice(drawn.first, drawn.end).map((r, i) => {
              const at = drawn.first + i;
              const rowIndex = drawn.rowIndex(at);
              return r.getIsGrouped() ? (
                <tr key={at} className="dt-subtotal" data-testid="group-row" data-group={String(r.groupingValue ?? '')} aria-rowindex={rowIndex}>
                  {columns.map((c, i) => {
                    // the group's name goes in the first column, where the eye reads row names
                    if (i === 0) {
                      const gc = byId.get(r.groupingColumnId ?? '');
                      const first = r.getLeafRows().find((x) => !x.getIsGrouped());
                      const name = gc && first ? cellText(gc, first.original, lang) : String(r.groupingValue ?? '');
                      return (
                        <th key={c.id} scope="rowgroup">
                          {`${name} (${formatCount(r.subRows.length, lang)})`}
                        </th>
                      );
                    }
                    const v = c.subtotal ? (r.getValue<CellValue | undefined>(c.id) ?? null) : null;
                    return (
                      <td key={c.id} className={isNumeric(c.kind) ? 'num' : undefined} data-col={c.id} data-value={v ?? ''}>
                        {c.subtotal ? formatCell(c.kind, v, lang, c.decimals) : ''}
                      </td>
                    );
                  })}
                </tr>
              ) : (
                <tr
                  key={at}
                  data-testid="row"
                  data-id={r.id}
                  className={[grouped && 'dt-in-group', at % 2 === 1 && 'dt-alt'].filter(Boolean).join(' ') || undefined}
                  aria-rowindex={rowIndex}
                  role={props.onRowClick ? 'button' : undefined}
                  tabIndex={props.onRowClick ? 0 : undefined}
                  aria-label={props.onRowClick && props.rowLabel ? props.rowLabel(r.original) : undefined}
                  onClick={props.onRowClick ? () => activate(r.original) : undefined}
                  onKeyDown={props.onRowClick ? (e) => onKey(e, r.original) : undefined}
                >
                  {columns.map((c, i) => {
                    const v = c.value(r.original);
                    const Tag = i === 0 ? 'th' : 'td';
                    return (
                      <Tag key={c.id} scope={i === 0 ? 'row' : undefined} className={isNumeric(c.kind) ? 'num' : undefined} data-col={c.id} data-value={v ?? ''}>
                        {cellText(c, r.original, lang)}
                      </Tag>
                    );
                  })}
                </tr>
              );
            })}
            <BlankRows height={drawn.after} columns={columns.length} />
          </tbody>
          {props.totals && (
            <tfoot>
              <tr data-testid="totals" className="dt-totals" aria-rowindex={drawn.rowIndex(rows.length)}>
                {columns.map((c, i) => {
                  const v = c.value(props.totals as T);
                  const Tag = i === 0 ? 'th' : 'td';
                  return (
                    <Tag key={c.id} scope={i === 0 ? 'row' : undefined} className={isNumeric(c.kind) ? 'num' : undefined} data-col={c.id} data-value={v ?? ''}>
                      {v === null && !c.display ? '' : cellText(c, props.totals as T, lang)}
                    </Tag>
                  );
                })}
              </tr>
            </tfoot>
          )}
        </table>
      </div>
      {manual && (
        <div className="dt-pager" data-testid="pager">
          <button type="button" data-testid="page-prev" onClick={() => table.previousPage()} disabled={!table.getCanPreviousPage()}>
            {s.prev}
          </button>
          <span data-testid="page-info" data-page={manual.pageIndex + 1}>
            {s.page(formatCount(manual.pageIndex + 1, lang), formatCount(pageCount, lang))}
            {manual.rowCount > 0 &&
              ` · ${s.range(
                formatCount(manual.pageIndex * manual.pageSize + 1, lang),
                formatCount(Math.min(manual.rowCount, (manual.pageIndex + 1) * manual.pageSize), lang),
                formatCount(manual.rowCount, lang),
              )}`}
          </span>
          <button type="button" data-testid="page-next" onClick={() => table.nextPage()} disabled={!table.getCanNextPage()}>
            {s.next}
          </button>
        </div>
      )}
    </>
  );
}
