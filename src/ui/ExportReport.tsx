import { isNeedsDetail } from '../query/detail';
import { t } from '../i18n/strings';
import { useState } from 'react';
import type { Lang } from '../dataset/types';
import type { Filters } from '../filters/filters';
import type { Ctx } from '../indicators/context';
import { buildSnapshot } from '../report/snapshot/build';
import { snapshotFileName } from '../report/snapshot/file-name';
import { DEFAULT_MIN_CELL } from '../report/suppress';
import { downloadText } from '../report/csv-export';

const TEXT = {
  vi: {
    button: 'Xuất báo cáo',
    minCell: 'Ẩn số nhỏ hơn',
    title: 'Tải về một tệp HTML báo cáo (in được ra A4, mở được không cần mạng) cho đơn vị, kỳ và bộ lọc đang chọn; chỉ có số liệu tổng hợp.',
    building: 'Đang lập báo cáo…',
    done: (file: string) => `Đã tải về ${file}`,
    failed: (m: string) => `Không lập được báo cáo: ${m}`,
  },
  en: {
    button: 'Export report',
    minCell: 'Hide counts below',
    title: 'Download one HTML report (prints on A4, opens offline) for the current unit, period and filters; aggregates only.',
    building: 'Building the report…',
    done: (file: string) => `Downloaded ${file}`,
    failed: (m: string) => `Could not build the report: ${m}`,
  },
} as const;

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** "Xuất báo cáo": the same snapshot as `npm run snapshot`, built in the page (charts by ECharts SSR) and downloaded. */
export function ExportReport({ ctx, filters, lang, stagnantYears }: { ctx: Ctx; filters: Filters; lang: Lang; stagnantYears: number }) {
  const s = TEXT[lang];
  const [minCell, setMinCell] = useState(DEFAULT_MIN_CELL);
  const [status, setStatus] = useState<{ busy: boolean; message: string }>({ busy: false, message: '' });
  const run = async () => {
    setStatus({ busy: true, message: s.building });
    try {
      const html = await buildSnapshot(ctx, filters, { lang, minCell, stagnantYears, generatedAt: today() });
      const file = snapshotFileName(filters.unitId, filters.from, filters.to);
      downloadText(file, html, 'text/html;charset=utf-8');
      setStatus({ busy: false, message: s.done(file) });
    } catch (e) {
      // a country's summary lacks the provinces' rows that a snapshot counts: say so, as the panels do
      setStatus({ busy: false, message: s.failed(isNeedsDetail(e) ? t(lang, 'needsDetail') : (e as Error).message) });
    }
  };
  return (
    <div className="export-report" data-testid="export-report-panel">
      <label>
        {s.minCell}{' '}
        <input
          type="number"
          min={1}
          max={100}
          step={1}
          value={minCell}
          data-testid="export-min-cell"
          style={{ width: '4em' }}
          onChange={(e) => {
            const v = Math.round(Number(e.target.value));
            if (Number.isFinite(v) && v >= 1 && v <= 100) setMinCell(v);
          }}
        />
      </label>{' '}
      <button type="button" data-testid="export-report" title={s.title} disabled={status.busy} onClick={run}>
        {s.button}
      </button>{' '}
      <span role="status" aria-live="polite" data-testid="export-status">
        {status.message}
      </span>
    </div>
  );
}
