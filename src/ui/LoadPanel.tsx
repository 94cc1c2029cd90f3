import { useRef } from 'react';
import type { DatasetResult, Lang, TableResult } from '../dataset/types';
import { formatCount } from '../i18n/format';
import { t } from '../i18n/strings';
import { downloadText } from '../report/csv-export';

const SHOWN_ERRORS = 200;

/**
 * The data format, built from docs/dataset-format.md beside the page
 * (scripts/vite-docs.ts): relative, so it opens offline under any sub-path.
 */
const FORMAT_DOC = 'docs/dataset-format.html';

function rejectedName(file: string): string {
  return `${file.replace(/\.[^.]+$/, '')}_loi.csv`;
}

/**
 * One file's account: data rows read, loaded and rejected, the title and
 * blank lines skipped beside them (the notice among the warnings says which
 * lines), the warnings and the errors.
 */
function TableReport({ r, lang }: { r: TableResult; lang: Lang }) {
  return (
    <div className="table-report" data-testid={`load-${r.table}`}>
      <h4>
        {r.file} <small>({r.table})</small>
      </h4>
      <p>
        {t(lang, 'rowsRead')}: <b data-testid="rows">{formatCount(r.rows, lang)}</b> · {t(lang, 'rowsLoaded')}:{' '}
        <b data-testid="loaded">{formatCount(r.loaded, lang)}</b> · {t(lang, 'rowsRejected')}:{' '}
        <b data-testid="rejected" className={r.rejected ? 'bad' : ''}>
          {formatCount(r.rejected, lang)}
        </b>{' '}
        {r.titleLines > 0 && (
          <>
            · {t(lang, 'titleLinesSkipped')}: <b data-testid="title-lines">{formatCount(r.titleLines, lang)}</b>{' '}
          </>
        )}
        {r.blankLines > 0 && (
          <>
            · {t(lang, 'blankLinesSkipped')}: <b data-testid="blank-lines">{formatCount(r.blankLines, lang)}</b>{' '}
          </>
        )}
        · {t(lang, 'encoding')}: {r.encoding}
      </p>
      {r.warnings.map((w, i) => (
        <p className="warning" key={i}>
          {w}
        </p>
      ))}
      {r.errors.length > 0 && (
        <>
          <button type="button" data-testid={`download-rejected-${r.table}`} onClick={() => downloadText(rejectedName(r.file), r.rejectedCsv)}>
            {t(lang, 'downloadRejected')}
          </button>
          <table className="errors">
            <thead>
              <tr>
                <th>{t(lang, 'row')}</th>
                <th>{t(lang, 'column')}</th>
                <th>{t(lang, 'rule')}</th>
                <th>{t(lang, 'message')}</th>
              </tr>
            </thead>
            <tbody>
              {r.errors.slice(0, SHOWN_ERRORS).map((e, i) => (
                <tr key={i}>
                  <td>{e.row}</td>
                  <td>{e.column}</td>
                  <td>{e.rule}</td>
                  <td>{e.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {r.errors.length > SHOWN_ERRORS && <p>{t(lang, 'moreErrors', { n: formatCount(r.errors.length - SHOWN_ERRORS, lang) })}</p>}
        </>
      )}
    </div>
  );
}

export interface LoadAttempt {
  ok: boolean;
  ds: DatasetResult | null;
  reasons: string[];
  files: string[];
  /** How long each step of an accepted load took (ms): carried on the report for the bench. */
  timings?: Record<string, number>;
}

interface Props {
  lang: Lang;
  attempt: LoadAttempt | null;
  busy: boolean;
  /** Whether a dataset is on screen: a refused load then keeps it, else nothing is loaded. */
  hasData: boolean;
  onFiles: (files: File[]) => void;
}

/** Where a user brings their own export, and learns exactly what was wrong with it. */
export function LoadPanel({ lang, attempt, busy, hasData, onFiles }: Props) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <section className="load-panel" aria-label={t(lang, 'loadData')}>
      <h3>{t(lang, 'loadData')}</h3>
      <p>
        {t(lang, 'dropHint')}{' '}
        <button type="button" disabled={busy} onClick={() => input.current?.click()}>
          {t(lang, 'chooseFiles')}
        </button>
        <input
          ref={input}
          data-testid="file-input"
          type="file"
          multiple
          accept=".csv,.txt,.tsv,.xlsx"
          hidden
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            if (files.length) onFiles(files);
          }}
        />
      </p>
      <p className="hint">
        {t(lang, 'formatHint')}{' '}
        <a href={FORMAT_DOC} target="_blank" rel="noopener noreferrer" data-testid="format-doc">
          {t(lang, 'formatDoc')}
        </a>
      </p>
      {attempt && (
        <div className={attempt.ok ? 'attempt ok' : 'attempt failed'} data-testid="load-report" data-ok={attempt.ok ? '1' : '0'} data-timings={attempt.timings ? JSON.stringify(attempt.timings) : undefined} role="status">
          <h4>{attempt.ok ? t(lang, 'loadedOk', { files: attempt.files.join(', ') }) : t(lang, 'loadFailed')}</h4>
          {attempt.reasons.map((r, i) => (
            <p className="bad" key={i} data-testid="load-problem">
              {r}
            </p>
          ))}
          {!attempt.ok && <p data-testid="load-outcome">{t(lang, hasData ? 'datasetKept' : 'nothingLoaded')}</p>}
          {attempt.ds && (
            <details open={!attempt.ok || Object.values(attempt.ds.tables).some((r) => r && (r.rejected > 0 || r.droppedColumns.length > 0 || r.titleLines > 0))}>
              <summary>{t(lang, 'loadReport')}</summary>
              {Object.values(attempt.ds.tables).map((r) => r && <TableReport key={r.table} r={r} lang={lang} />)}
            </details>
          )}
        </div>
      )}
    </section>
  );
}
