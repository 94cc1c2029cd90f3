import { foldText } from '../dataset/text';
import type { UnitTree } from '../model/tree';

export interface SearchIndex {
  ids: string[];
  folded: string[];
}

/** Folded names, built once per dataset: "Tượng 1" is found by "tuong 1". */
export function buildSearchIndex(tree: UnitTree): SearchIndex {
  const ids = [...tree.units.keys()];
  return { ids, folded: ids.map((id) => foldText(tree.units.get(id)!.name)) };
}

/**
 * Units whose name holds every word of the query (case- and
 * diacritic-insensitive); names holding the whole query as written, and
 * words that start with it, rank first, then shorter names.
 */
export function searchUnits(index: SearchIndex, query: string, limit = 50): string[] {
  const q = foldText(query).replace(/\s+/g, ' ').trim();
  if (!q) return [];
  const words = q.split(' ');
  const hits: { id: string; score: number; len: number }[] = [];
  for (let i = 0; i < index.ids.length; i++) {
    const name = index.folded[i];
    if (!words.every((w) => name.includes(w))) continue;
    const at = name.indexOf(q);
    const phrase = at >= 0;
    const wordStart = phrase && (at === 0 || name[at - 1] === ' ');
    const wholeWord = wordStart && (at + q.length === name.length || name[at + q.length] === ' ');
    hits.push({ id: index.ids[i], score: (wholeWord ? 4 : 0) + (wordStart ? 2 : 0) + (phrase ? 1 : 0), len: name.length });
  }
  hits.sort((a, b) => b.score - a.score || a.len - b.len);
  return hits.slice(0, limit).map((h) => h.id);
}
