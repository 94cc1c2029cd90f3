/** A value bound to a `?` placeholder. Dates travel as ISO `yyyy-mm-dd` strings. */
export type SqlValue = string | number | boolean | null;

export type Row = Record<string, unknown>;

export interface QueryOptions {
  /** Plan the statement once for every value bound (see `placeholders.ts`): for small tables asked at every change. */
  planOnce?: boolean;
}

/**
 * The only door to the database. Implemented over DuckDB-WASM in the page
 * (`browser.ts`) and over the same engine's Node build (`node.ts`), so the
 * command line, the tests and the page run the very same SQL.
 */
export interface Engine {
  /** Runs one statement; values are bound parameters, never spliced into the text. */
  query<T extends Row = Row>(sql: string, params?: readonly SqlValue[], options?: QueryOptions): Promise<T[]>;
  /** Runs statements that take no parameters and return nothing (DDL). */
  exec(sql: string): Promise<void>;
  /** Makes bytes readable by `read_csv('<name>')`. */
  registerFile(name: string, bytes: Uint8Array): Promise<void>;
  dropFile(name: string): Promise<void>;
  close(): Promise<void>;
}
