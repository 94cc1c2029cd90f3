import type { Lang } from '../dataset/types';
import { clausesFromParam, clausesToParam, type Clause } from '../filters/filters';
import type { Scope } from '../vocab/scope';
import { VIEWS, type ViewId } from '../views/types';

/** What the address bar carries: the view a colleague opens from a pasted link. */
export interface UrlState {
  view: ViewId;
  unit: string | null;
  from: string | null;
  to: string | null;
  clauses: Clause[];
  /** N of "cells without admission for N years". */
  years: number;
  lang: Lang;
  data: string | null;
  /** The slide shown in presentation mode (1-based), or null outside it. */
  present: number | null;
  theme: 'light' | 'dark';
}

export const DEFAULT_STAGNANT_YEARS = 3;

export function readUrl(search = window.location.search): UrlState {
  const p = new URLSearchParams(search);
  const view = VIEWS.find((v) => v.id === p.get('view'))?.id ?? 'overview';
  const n = Number(p.get('n'));
  return {
    view,
    unit: p.get('unit'),
    from: p.get('from'),
    to: p.get('to'),
    clauses: clausesFromParam(p.get('f')),
    years: Number.isInteger(n) && n >= 1 && n <= 20 ? n : DEFAULT_STAGNANT_YEARS,
    lang: p.get('lang') === 'en' ? 'en' : 'vi',
    data: p.get('data'),
    present: p.has('present') ? Math.max(1, Number(p.get('present')) || 1) : null,
    theme: p.get('theme') === 'dark' ? 'dark' : 'light',
  };
}

export interface ViewState {
  view: ViewId;
  scope: Scope;
  clauses: Clause[];
  years: number;
  lang: Lang;
  present: number | null;
  theme: 'light' | 'dark';
}

/** Writes the whole view into the URL: a new history entry (Back returns), or a replacement for a correction. */
export function writeUrl(s: ViewState, replace = false): void {
  const p = new URLSearchParams(window.location.search);
  const set = (k: string, v: string | null) => (v === null || v === '' ? p.delete(k) : p.set(k, v));
  set('view', s.view === 'overview' ? null : s.view);
  set('unit', s.scope.unitId);
  set('from', s.scope.from);
  set('to', s.scope.to);
  set('f', clausesToParam(s.clauses));
  set('n', s.years === DEFAULT_STAGNANT_YEARS ? null : String(s.years));
  set('lang', s.lang === 'en' ? 'en' : null);
  set('present', s.present === null ? null : String(s.present));
  set('theme', s.theme === 'dark' ? 'dark' : null);
  const next = `${window.location.pathname}?${p.toString()}${window.location.hash}`;
  if (next === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
  if (replace) window.history.replaceState(null, '', next);
  else window.history.pushState(null, '', next);
}
