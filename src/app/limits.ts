import { messages } from '../dataset/messages';
import { formatCount } from '../i18n/format';
import type { Lang } from '../dataset/types';

/** The most bytes of files the page reads at once. */
export const MAX_PAGE_BYTES = 600 * 2 ** 20;

/**
 * Files the page cannot hold, as one message naming the largest, found from
 * their sizes before a byte is read: a tab holds a file about four times over
 * while it loads (its bytes, the framed copy, the engine's staging and
 * checked rows), and the engine has at most 4 GiB. Empty when they fit.
 */
export function tooBigForPage(files: readonly { name: string; size: number }[], lang: Lang, max = MAX_PAGE_BYTES): string[] {
  const total = files.reduce((n, f) => n + f.size, 0);
  if (total <= max || files.length === 0) return [];
  const fmt = (b: number) => `${formatCount(Math.round(b / 2 ** 20), lang)} MB`;
  const biggest = [...files].sort((a, b) => b.size - a.size)[0]!;
  return [messages(lang).tooBig(biggest.name, fmt(biggest.size), fmt(max))];
}
