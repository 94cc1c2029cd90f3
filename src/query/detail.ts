/**
 * A question the tables at hand cannot answer: it reads rows that a split
 * prepared dataset keeps in a file not yet attached (see `src/model/store.ts`).
 * The page then shows that the figure needs a unit's own data, never a
 * figure counted over part of the rows.
 */
export class NeedsDetail extends Error {
  constructor(readonly tables: readonly string[]) {
    super(`needs the detail tables: ${tables.join(', ')}`);
    this.name = 'NeedsDetail';
  }
}

export function isNeedsDetail(e: unknown): e is NeedsDetail {
  return typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'NeedsDetail';
}

const patterns = new Map<string, RegExp>();

/**
 * The tables of `tables` that `statement` reads: named after FROM, JOIN or a
 * comma of a FROM list (optionally schema-qualified or quoted). Table names
 * are never column names here, so a name in a select list does not count.
 */
export function tablesRead(statement: string, tables: readonly string[]): string[] {
  return tables.filter((t) => {
    let p = patterns.get(t);
    if (!p) {
      // `, t x` or `, t,` in a FROM list; `FROM t` / `JOIN t`; a qualified `s.t`
      p = new RegExp(String.raw`(?:\bFROM|\bJOIN|,)\s+(?:"?[A-Za-z_][A-Za-z0-9_]*"?\.)?"?${t}"?(?![A-Za-z0-9_])(?!\s*\()`, 'i');
      patterns.set(t, p);
    }
    return p.test(statement);
  });
}

/** `answer`, or null when it needs rows not attached (a split dataset's summary): a figure left out rather than one counted over part of the rows. */
export async function unlessNeedsDetail<T>(answer: Promise<T>): Promise<T | null> {
  try {
    return await answer;
  } catch (e) {
    if (isNeedsDetail(e)) return null;
    throw e;
  }
}
