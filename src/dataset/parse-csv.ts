import Papa from 'papaparse';

/** Delimiters a register export may use. */
export const DELIMITERS = [',', ';', '\t'] as const;

/**
 * The delimiter used most often, outside quotes, on the first non-blank line
 * (the header). Decided on the header alone, so blank or ragged lines further
 * down cannot mislead it.
 */
export function guessDelimiter(text: string): string {
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
    let quoted = false;
    for (let i = start; i < end; i++) {
      const ch = text[i]!;
      if (ch === '"') quoted = !quoted;
      else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
    }
    let best: string = ',';
    for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
    if (text.slice(start, end).trim() !== '' || end === text.length) return best;
    start = end + 1;
  }
  return ',';
}

/** A record that holds no value: a blank line, or only delimiters. */
export function isBlankRecord(fields: readonly string[]): boolean {
  for (let i = 0; i < fields.length; i++) if (fields[i]!.trim() !== '') return false;
  return true;
}

/** The first non-blank record of the text, or null. */
export function readCsvHeader(text: string, delimiter: string): string[] | null {
  const res = Papa.parse<string[]>(text, { delimiter, preview: 1, skipEmptyLines: 'greedy' });
  const first = res.data[0];
  return first && !isBlankRecord(first) ? first : null;
}

/**
 * Calls `onRecord` for every record, blank ones included, with its 1-based
 * record number (the spreadsheet row) and the character offset reached.
 * Synchronous: meant for a worker. Returns the records with an unclosed quote.
 */
export function forEachCsvRecord(
  text: string,
  delimiter: string,
  onRecord: (fields: string[], recordNo: number, cursor: number) => void,
): number[] {
  let recordNo = 0;
  const unclosedQuotes: number[] = [];
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step: (res) => {
      recordNo++;
      if (res.errors.length && res.errors.some((e) => e.type === 'Quotes')) unclosedQuotes.push(recordNo);
      onRecord(res.data, recordNo, res.meta.cursor);
    },
  });
  return unclosedQuotes;
}
