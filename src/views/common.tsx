import type { ReactNode, Ref } from 'react';
import type { Lang } from '../dataset/types';
import { lastFullYear } from '../filters/period';
import { formatCount, formatNumber, formatPercent } from '../i18n/format';
import type { ViewProps } from './types';

/** A query key: everything a view's figures depend on. */
export function viewKey(p: ViewProps, ...extra: unknown[]): string {
  return JSON.stringify([p.ctx.loaded.id, p.filters, ...extra]);
}

/** The years the trends span: the first year of the data to the data date's year. */
export function dataYears(p: ViewProps): { first: number; last: number } {
  const last = p.ctx.loaded.dataDate ? Number(p.ctx.loaded.dataDate.slice(0, 4)) : lastFullYear(null);
  return { first: p.ctx.loaded.firstYear ?? last, last };
}

export function Panel({ title, children, wide, testId, ref }: { title: string; children: ReactNode; wide?: boolean; testId?: string; ref?: Ref<HTMLElement> }) {
  return (
    <section className={wide ? 'panel wide' : 'panel'} data-testid={testId} ref={ref}>
      <h3>{title}</h3>
      {children}
    </section>
  );
}

/** A count with its share; clickable when it maps to a cross-filter. */
export function StatCard(props: { label: string; count: number | null; share?: number | null; lang: Lang; title?: string; onClick?: () => void; testId?: string; decimals?: number }) {
  const { label, count, share, lang, title, onClick, testId, decimals } = props;
  const body = (
    <>
      <span className="stat-label">{label}</span>
      <span className="stat-value">{count === null ? '—' : decimals ? formatNumber(count, lang, decimals) : formatCount(count, lang)}</span>
      {share !== undefined && <span className="stat-share">{share === null ? '' : formatPercent(share, lang)}</span>}
    </>
  );
  return onClick ? (
    <button type="button" className="stat clickable" title={title} onClick={onClick} data-testid={testId} data-value={count ?? ''}>
      {body}
    </button>
  ) : (
    <div className="stat" title={title} data-testid={testId} data-value={count ?? ''}>
      {body}
    </div>
  );
}

export function Loading({ error }: { error?: string | null }) {
  return error ? <p className="bad">{error}</p> : <p className="muted">…</p>;
}
