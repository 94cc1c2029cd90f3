import { useMemo, useState } from 'react';
import { barOption } from '../../charts/bar-option';
import { Chart } from '../../ui/Chart';
import { subUnitFigures } from '../../indicators/subunits';
import { DataTable } from '../../ui/DataTable';
import type { ViewProps } from '../types';
import { useQuery } from '../use-async';
import { defaultRanking, rankingInput, RANKINGS, type RankingId } from './ranking';
import { kindLabel, totalLabel, unitColumns, unitLabel, type UnitRow } from './unit-columns';
import '../tables.css';

const TEXT = {
  vi: {
    title: (name: string) => `Các đơn vị trực thuộc ${name}`,
    rankBy: 'Xếp hạng theo',
    chartTitle: (what: string) => `Xếp hạng đơn vị trực thuộc: ${what}`,
    tableLabel: (name: string) => `Đơn vị trực thuộc ${name}`,
    rowLabel: (name: string) => `Xem ${name}`,
    cellEmpty: (name: string) => `${name} là chi bộ, không có đơn vị trực thuộc.`,
    empty: (name: string) => `${name} không có đơn vị trực thuộc hoạt động trong kỳ này.`,
    loading: 'Đang tính…',
    error: (e: string) => `Không tính được bảng đơn vị: ${e}`,
    hint: 'Bấm vào một đơn vị (trong bảng hoặc biểu đồ) để xem chi tiết đơn vị đó. Dòng cuối là số liệu của cả đơn vị đang chọn, không phải tổng cộng các dòng (các đơn vị sáp nhập năm 2025 có thể trùng nhau).',
  },
  en: {
    title: (name: string) => `Units directly under ${name}`,
    rankBy: 'Rank by',
    chartTitle: (what: string) => `Sub-units ranked: ${what}`,
    tableLabel: (name: string) => `Units directly under ${name}`,
    rowLabel: (name: string) => `Open ${name}`,
    cellEmpty: (name: string) => `${name} is a party cell: it has no sub-units.`,
    empty: (name: string) => `${name} has no sub-units active in this period.`,
    loading: 'Computing…',
    error: (e: string) => `Could not compute the units table: ${e}`,
    hint: 'Click a unit (in the table or the chart) to open it. The last row is the chosen unit as a whole, not the sum of the rows (units merged in 2025 may overlap).',
  },
} as const;

/** The rows before the first figures come: one array, so that the chart's memo holds. */
const NO_ROWS: UnitRow[] = [];

/** Đơn vị: the chosen unit's direct sub-units side by side, ranked, with the unit itself as the totals row. */
export function UnitsView(props: ViewProps) {
  const { ctx, lang, stagnantYears, drill } = props;
  const s = TEXT[lang];
  const { tree } = ctx.loaded;
  const key = JSON.stringify([props.filters, stagnantYears, ctx.loaded.id]);
  const { data: fetched, error, stale } = useQuery(ctx, key, async (ctx) => {
    const { rows, own } = await subUnitFigures(ctx, props.filters, stagnantYears);
    return { subs: rows, own, filters: props.filters };
  });
  // While the next figures are computed, the view keeps naming what it shows: a change repaints nothing until they come.
  const filters = fetched?.filters ?? props.filters;
  const unit = tree.units.get(filters.unitId);
  const unitName = unit?.name ?? filters.unitId;
  // labels follow the language without a new query
  const data = useMemo(() => {
    if (!fetched) return undefined;
    const grassrootsCell = fetched.subs.some((r) => r.kind === 'dang_bo');
    const rows: UnitRow[] = fetched.subs.map((r) => ({
      ...r,
      label: unitLabel(r.name, tree.units.get(r.unitId)?.activeFrom ?? null, r.activeTo, fetched.filters, lang),
      kindLabel: kindLabel(r.kind, r.type, grassrootsCell, lang),
    }));
    const own = fetched.own;
    const total: UnitRow | undefined = own ? { ...own, label: totalLabel(own.name, lang), kindLabel: kindLabel(own.kind, own.type, false, lang) } : undefined;
    return { rows, total };
  }, [fetched, tree, lang]);
  const columns = useMemo(() => unitColumns(lang, stagnantYears), [lang, stagnantYears]);
  const [chosen, setChosen] = useState<RankingId | null>(null);
  const rows = data?.rows ?? NO_ROWS;
  const ranking = chosen ?? defaultRanking(rows);
  const chart = useMemo(() => {
    const input = rankingInput(rows, ranking, lang);
    return { input, option: barOption(input, lang) };
  }, [rows, ranking, lang]);
  const rankingLabel = RANKINGS.find((r) => r.id === ranking)?.[lang] ?? '';

  return (
    <section className="view units-view" data-testid="units-view" aria-busy={stale ? 'true' : undefined}>
      <h2>{s.title(unitName)}</h2>
      {error && <p className="fatal">{s.error(error)}</p>}
      {!data && !error && <p className="muted">{s.loading}</p>}
      {data && rows.length === 0 && (
        <p className="view-empty" data-testid="units-empty">
          {unit?.kind === 'chi_bo' ? s.cellEmpty(unitName) : s.empty(unitName)}
        </p>
      )}
      {data && rows.length > 0 && (
        <>
          <div className="view-controls">
            <label className="field">
              {s.rankBy}
              <select data-testid="ranking-select" value={ranking} onChange={(e) => setChosen(e.target.value as RankingId)}>
                {RANKINGS.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r[lang]}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <Chart
            option={chart.option}
            height={Math.max(160, rows.length * 24 + 48)}
            title={s.chartTitle(rankingLabel)}
            lang={lang}
            testId="units-ranking"
            onClick={(p) => {
              const id = chart.input.keys[p.dataIndex];
              if (id) drill(id);
            }}
          />
          <p className="hint">{s.hint}</p>
          <DataTable
            columns={columns}
            data={rows}
            rowId={(r) => r.unitId}
            lang={lang}
            label={s.tableLabel(unitName)}
            fileName={`don-vi_${filters.unitId}_${filters.from}_${filters.to}`}
            testId="units-table"
            totals={data.total}
            groupBy="kind"
            onRowClick={(r) => drill(r.unitId)}
            rowLabel={(r) => s.rowLabel(r.name)}
            busy={stale}
          />
        </>
      )}
    </section>
  );
}
