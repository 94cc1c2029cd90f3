import type { Lang } from '../dataset/types';
import type { Scope } from '../indicators/types';

/** What the address bar carries: the view a colleague opens from a pasted link. */
export interface UrlState {
  unit: string | null;
  from: string | null;
  to: string | null;
  lang: Lang;
  data: string | null;
}

export function readUrl(search = window.location.search): UrlState {
  const p = new URLSearchParams(search);
  return { unit: p.get('unit'), from: p.get('from'), to: p.get('to'), lang: p.get('lang') === 'en' ? 'en' : 'vi', data: p.get('data') };
}

/** Pushes the scope and language into the URL (a new history entry, so Back returns to the previous view). */
export function writeUrl(scope: Scope, lang: Lang, replace = false): void {
  const p = new URLSearchParams(window.location.search);
  p.set('unit', scope.unitId);
  p.set('from', scope.from);
  p.set('to', scope.to);
  if (lang === 'en') p.set('lang', 'en');
  else p.delete('lang');
  const next = `${window.location.pathname}?${p.toString()}${window.location.hash}`;
  if (next === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
  if (replace) window.history.replaceState(null, '', next);
  else window.history.pushState(null, '', next);
}
