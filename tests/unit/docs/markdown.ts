import { foldKey } from '../../../src/dataset/text';

/** A heading and the text under it, up to the next heading of the same or a higher level. */
export interface Section {
  heading: string;
  body: string;
}

/** The sections of `md` whose heading has exactly `level` hashes. */
export function sections(md: string, level: number): Section[] {
  const lines = md.split('\n');
  const out: Section[] = [];
  const isHeading = (l: string, max: number) => {
    const m = /^(#{1,6}) /.exec(l);
    return m !== null && m[1]!.length <= max;
  };
  for (let i = 0; i < lines.length; i++) {
    const m = /^(#{1,6}) (.*)$/.exec(lines[i]!);
    if (!m || m[1]!.length !== level) continue;
    let j = i + 1;
    while (j < lines.length && !isHeading(lines[j]!, level)) j++;
    out.push({ heading: m[2]!, body: lines.slice(i + 1, j).join('\n') });
  }
  return out;
}

/** The contents of the inline code spans of `text`. */
export function codeSpans(text: string): string[] {
  return [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
}

/** A pipe table: its header cells and its rows' cells, trimmed. */
export interface Table {
  header: string[];
  rows: string[][];
}

const cells = (line: string) => line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());

/** Every pipe table of `text`. */
export function tables(text: string): Table[] {
  const out: Table[] = [];
  let block: string[] = [];
  const flush = () => {
    if (block.length >= 2 && /^\|?\s*:?-+/.test(block[1]!.trim().replace(/^\|/, ''))) {
      out.push({ header: cells(block[0]!), rows: block.slice(2).map(cells) });
    }
    block = [];
  };
  for (const line of text.split('\n')) {
    if (line.trim().startsWith('|')) block.push(line);
    else flush();
  }
  flush();
  return out;
}

/** The one table of `text` whose header starts with `first` (as written, lower case). */
export function tableStartingWith(text: string, ...first: string[]): Table {
  const found = tables(text).filter((t) => first.every((h, i) => t.header[i]?.toLowerCase() === h));
  if (found.length !== 1) throw new Error(`expected one table with header ${first.join(' | ')}, found ${found.length}`);
  return found[0]!;
}

/**
 * What a piece of text names, as the importer would fold it: each code span,
 * and each table cell as a whole (without its backticks).
 */
export function mentions(text: string): Set<string> {
  const out = new Set<string>();
  for (const s of codeSpans(text)) out.add(foldKey(s));
  for (const t of tables(text)) for (const row of [t.header, ...t.rows]) for (const c of row) out.add(foldKey(c.replace(/`/g, '')));
  out.delete('');
  return out;
}

/** The first code span of a table row's first cell: the row's key. */
export const rowKey = (row: string[]): string | undefined => codeSpans(row[0] ?? '')[0];
