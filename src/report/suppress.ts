import type { Lang } from '../dataset/types';
import { formatCount } from '../i18n/format';

/** The default threshold K: a published count from 1 to K − 1 is shown as "< K". */
export const DEFAULT_MIN_CELL = 5;

/** Parts that add up to a total (age bands to all admissions, men + women, …): the unit of secondary suppression. */
export interface SumGroup {
  total: string;
  parts: string[];
}

/** A count small enough to point at a person: 1 to K − 1 (0 reveals nobody). */
export const isSmall = (n: number | null | undefined, k: number) => typeof n === 'number' && n >= 1 && n < k;

/**
 * Which cells a published table must hide. Primary: every small count.
 * Secondary: in a group whose total and other parts are shown, one hidden part
 * could be recomputed by subtraction, so a second part is hidden too (the
 * smallest non-zero one shown), or the total when no part is left; repeated
 * until no group gives a hidden cell away. `values` maps cell ids to counts.
 */
export function cellsToHide(values: ReadonlyMap<string, number | null>, groups: readonly SumGroup[], k: number): Set<string> {
  const hidden = new Set<string>();
  for (const [id, v] of values) if (isSmall(v, k)) hidden.add(id);
  if (k <= 1) return hidden;
  for (let changed = true; changed; ) {
    changed = false;
    for (const g of groups) {
      const members = [g.total, ...g.parts].filter((id) => values.has(id));
      const hiddenHere = members.filter((id) => hidden.has(id));
      if (hiddenHere.length !== 1) continue;
      const candidates = g.parts
        .filter((id) => values.has(id) && !hidden.has(id) && (values.get(id) ?? 0) > 0)
        .sort((a, b) => (values.get(a) ?? 0) - (values.get(b) ?? 0));
      const next = candidates[0] ?? (hidden.has(g.total) ? undefined : g.total);
      if (next === undefined) continue;
      hidden.add(next);
      changed = true;
    }
  }
  return hidden;
}

/** A published count: "< K" when hidden, the number otherwise (vi: `1.114`). */
export function publishedCount(n: number | null, hidden: boolean, k: number, lang: Lang): string {
  if (n === null) return '—';
  return hidden ? `< ${formatCount(k, lang)}` : formatCount(n, lang);
}

/** The line a publication carries when it hid anything. */
export function suppressionNote(k: number, lang: Lang): string {
  return lang === 'vi'
    ? `Để không nhận diện được cá nhân, số từ 1 đến ${k - 1} được ghi là "< ${k}" và không tính tỷ lệ; một số ô khác cũng được ẩn để không suy ra được các số đó bằng phép trừ.`
    : `So that no person can be recognised, counts from 1 to ${k - 1} are shown as "< ${k}" with no share; some other cells are hidden too so that those counts cannot be recovered by subtraction.`;
}
