import type { SqlValue } from '../vocab/sql';

export type { SqlValue } from '../vocab/sql';

export type Row = Record<string, unknown>;

export interface QueryOptions {
  /** Plan the statement once for every value bound (see `placeholders.ts`): for small tables asked at every change. */
  planOnce?: boolean;
  /**
   * Gives the question up. The query coordinator (`query/coordinator.ts`)
   * drops a question not yet sent once all who asked it gave it up; the
   * engines underneath ignore it.
   */
  signal?: AbortSignal;
  /** `later` waits while a `now` question (the default) waits: for what is off screen. Read by the coordinator only. */
  priority?: 'now' | 'later';
  /**
   * Tables the question may not read: the coordinator refuses it with
   * `NeedsDetail` (`query/detail.ts`) when it names one. A split prepared
   * dataset forbids the tables whose rows for the unit asked are not attached.
   */
  forbid?: readonly string[];
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
