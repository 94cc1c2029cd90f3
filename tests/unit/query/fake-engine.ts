import type { Engine, QueryOptions, Row, SqlValue } from '../../../src/engine/types';

export interface Call {
  sql: string;
  params: readonly SqlValue[];
  options?: QueryOptions;
  answer(rows: Row[]): void;
  fail(e: unknown): void;
}

/**
 * An engine whose questions wait until the test answers them (`calls`), or
 * are answered at once by `auto`. `events` tells the order in which
 * statements reached it and ended.
 */
export class FakeEngine implements Engine {
  readonly calls: Call[] = [];
  readonly events: string[] = [];
  auto: ((sql: string, params: readonly SqlValue[]) => Row[]) | null = null;

  query<T extends Row = Row>(sql: string, params: readonly SqlValue[] = [], options?: QueryOptions): Promise<T[]> {
    this.events.push(`query ${sql}`);
    return new Promise<Row[]>((resolve, reject) => {
      const call = { sql, params, options, answer: resolve, fail: reject };
      if (this.auto) resolve(this.auto(sql, params));
      else this.calls.push(call);
    }) as Promise<T[]>;
  }

  /** The waiting call for `sql`, answered with `rows`. */
  answer(sql: string, rows: Row[]): void {
    const i = this.calls.findIndex((c) => c.sql === sql);
    if (i < 0) throw new Error(`no waiting call for ${sql}`);
    this.calls.splice(i, 1)[0]!.answer(rows);
  }

  async exec(sql: string) {
    this.events.push(`exec ${sql}`);
  }
  async registerFile(name: string) {
    this.events.push(`register ${name}`);
  }
  async dropFile(name: string) {
    this.events.push(`drop ${name}`);
  }
  async close() {
    this.events.push('close');
  }
}

/** Lets every pending promise callback run. */
export const settle = () => new Promise((r) => setTimeout(r, 0));
