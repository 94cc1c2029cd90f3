import type { Engine, Row, SqlValue } from '../engine/types';

/**
 * A statement and its values, asked by one or more callers, answered once.
 * Rows are frozen: every asker and the cache share them.
 */
export class Question {
  readonly alone = false;
  /** `now` as soon as one asker wants it now. */
  priority: 'now' | 'later' = 'later';
  state: 'waiting' | 'sent' | 'dropped' = 'waiting';
  /** Askers who have not given it up. */
  askers = 0;
  readonly answer: Promise<readonly Row[]>;
  private settle!: (rows: readonly Row[]) => void;
  private fail!: (e: unknown) => void;

  constructor(
    readonly key: string,
    readonly sql: string,
    readonly params: readonly SqlValue[],
    readonly planOnce?: boolean,
  ) {
    this.answer = new Promise((resolve, reject) => {
      this.settle = resolve;
      this.fail = reject;
    });
  }

  send(engine: Engine): Promise<unknown> {
    this.state = 'sent';
    const run = attempt(() => engine.query(this.sql, this.params, { planOnce: this.planOnce }));
    run.then((rows) => {
      for (const r of rows) Object.freeze(r);
      this.settle(Object.freeze(rows));
    }, this.fail);
    return run;
  }

  drop(reason: unknown) {
    this.state = 'dropped';
    this.fail(reason);
  }
}

/** `run()`, with a synchronous throw as a rejection. */
export function attempt<T>(run: () => Promise<T>): Promise<T> {
  try {
    return run();
  } catch (e) {
    return Promise.reject(e);
  }
}
