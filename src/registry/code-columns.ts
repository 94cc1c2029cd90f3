import { CODES, type CodeListName } from '../dataset/codes';

/**
 * The year tables hold some breakdowns as columns: a count per code of the
 * list (`"qualification.dai_hoc"`) and one for a value outside it or none
 * (`"qualification._"`). A breakdown of a few sub-units then sums a few
 * columns of a few rows, instead of grouping the facts at every change.
 */
export const codeColumn = (list: CodeListName, code: string | null): string => `${list}.${code ?? '_'}`;

/** The names of those columns for `lists`, in the order of each list, the unknown last. */
export function codeColumnNames(lists: readonly CodeListName[]): string[] {
  return lists.flatMap((list) => [...CODES[list].map((c) => codeColumn(list, c.code)), codeColumn(list, null)]);
}

/** `[name, SQL]` of those columns, counting the rows aliased `alias` (whose column is named as its list). */
export function codeCountColumns(alias: string, lists: readonly CodeListName[]): [string, string][] {
  return lists.flatMap((list): [string, string][] => {
    const codes = CODES[list].map((c) => c.code);
    return [
      ...codes.map((code): [string, string] => [codeColumn(list, code), `count(*) FILTER (WHERE ${alias}.${list} = '${code}')`]),
      [codeColumn(list, null), `count(*) FILTER (WHERE ${alias}.${list} IS NULL OR ${alias}.${list} NOT IN (${codes.map((c) => `'${c}'`).join(', ')}))`],
    ];
  });
}

/** A list's counts read back from a row holding those columns (`null` for the unknown), in the list's order. */
export function codeCountsOf(list: CodeListName, row: Record<string, unknown> | undefined): { k: string | null; n: number }[] {
  return [...CODES[list].map((c) => c.code as string | null), null].map((k) => ({ k, n: Number(row?.[codeColumn(list, k)] ?? 0) }));
}
