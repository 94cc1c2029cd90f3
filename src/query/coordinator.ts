import type { Engine, QueryOptions, Row, SqlValue } from '../engine/types';
import { abortError } from './abort';
import { merge, shareKey, type Aggregate } from './aggregate';
import { Lru } from './lru';
import { NeedsDetail, tablesRead } from './detail';
import { attempt, Question } from './question';
import { isRead } from './reads';

export { isAbort } from './abort';
export type { Aggregate } from './aggregate';

/** A statement that may change the tables, waiting its turn. */
interface Alone {
  alone: true;
  send(): Promise<unknown>;
}

type Job = Question | Alone;

interface Pending {
  agg: Aggregate;
  options: QueryOptions;
  resolve(rows: Row[]): void;
  reject(e: unknown): void;
}

export interface CoordinatorOptions {
  /** Questions sent to the engine at once: two, so that its worker has the next one when it answers. */
  concurrency?: number;
  /** Answers kept. */
  cacheSize?: number;
}

/** How the coordinator dealt with what it was asked: for tests and the bench. */
export interface CoordinatorStats {
  /** Calls of `query` and `aggregate`. */
  asked: number;
  /** Questions sent to the engine. */
  sent: number;
  /** Questions (a merged one counts once) answered by one asked before, answered or under way. */
  cached: number;
  /** Aggregates answered by another's query. */
  merged: number;
  /** Questions dropped before they were sent: all who asked them gave them up. */
  cancelled: number;
}

/**
 * The one path of every question to the engine. A filter change asks many
 * questions of one single-threaded worker at once; here they wait their turn
 * in JavaScript, where a stale one can still be dropped (`signal`), where
 * what is on screen goes first (`priority`), where aggregates over the same
 * rows become one query (`aggregate`) and where each answer is kept: the
 * tiles and the narrative count the same admissions, and users step back to
 * where they were (Back, a removed chip, another view of the same unit).
 * Wraps the page's engine and the Node one alike.
 */
export class Coordinator implements Engine {
  readonly stats: CoordinatorStats = { asked: 0, sent: 0, cached: 0, merged: 0, cancelled: 0 };
  private readonly cache: Lru<Question>;
  private readonly concurrency: number;
  private readonly queue: Job[] = [];
  private running = 0;
  private aloneRunning = false;
  private batch: Pending[] = [];

  constructor(
    private readonly engine: Engine,
    { concurrency = 2, cacheSize = 400 }: CoordinatorOptions = {},
  ) {
    this.concurrency = concurrency;
    this.cache = new Lru(cacheSize);
  }

  /**
   * Answers a statement, from the cache when it was asked before with the same
   * values. Rows are frozen (every asker shares them) in a fresh array per
   * asker. A statement that does not only read (see `isRead`) is run alone,
   * as `exec` is, and forgets every kept answer.
   */
  query<T extends Row = Row>(sql: string, params: readonly SqlValue[] = [], options: QueryOptions = {}): Promise<T[]> {
    this.stats.asked++;
    const forbidden = options.forbid && tablesRead(sql, options.forbid);
    if (forbidden?.length) return Promise.reject(new NeedsDetail(forbidden));
    if (!isRead(sql)) {
      this.cache.clear();
      return this.alone(() => this.engine.query<T>(sql, params, options));
    }
    if (options.signal?.aborted) return Promise.reject(abortError());
    const [q, fresh] = this.lookup(sql, [...params], options);
    const answer = this.ask(q, options);
    if (fresh) this.enqueue(q);
    return answer.then((rows) => rows.slice() as T[]);
  }

  /**
   * Answers an aggregate. Aggregates asked in the same task that share their
   * FROM, WHERE, grouping and values are answered by one query (see
   * `aggregate.ts`); each asker gets rows with its own column names.
   */
  aggregate<T extends Row = Row>(agg: Aggregate, options: QueryOptions = {}): Promise<T[]> {
    this.stats.asked++;
    const forbidden = options.forbid && tablesRead(`SELECT 1 FROM ${agg.from.sql} WHERE ${agg.where.sql}`, options.forbid);
    if (forbidden?.length) return Promise.reject(new NeedsDetail(forbidden));
    if (options.signal?.aborted) return Promise.reject(abortError());
    return new Promise<Row[]>((resolve, reject) => {
      if (this.batch.length === 0) queueMicrotask(() => this.flush());
      this.batch.push({ agg, options, resolve, reject });
    }) as Promise<T[]>;
  }

  /**
   * Runs after every question asked before it has been answered, alone, and
   * before any asked after it: a statement that changes the tables must
   * neither change them under a question asked of the old ones nor let a
   * newer question read them half-built, and the engine closes its prepared
   * statements meanwhile. Every kept answer is forgotten.
   */
  exec(sql: string): Promise<void> {
    this.cache.clear();
    return this.alone(() => this.engine.exec(sql));
  }

  /** Straight to the engine: files do not change the tables, and the loader awaits the statements reading them. */
  registerFile(name: string, bytes: Uint8Array): Promise<void> {
    return this.engine.registerFile(name, bytes);
  }

  dropFile(name: string): Promise<void> {
    return this.engine.dropFile(name);
  }

  /** Once the questions asked before are answered. */
  close(): Promise<void> {
    this.cache.clear();
    return this.alone(() => this.engine.close());
  }

  /** The question kept for this statement and values, or a new one (true) to be queued once asked. */
  private lookup(sql: string, params: SqlValue[], options: QueryOptions): [Question, boolean] {
    const key = `${sql}\u0000${JSON.stringify(params)}`;
    const hit = this.cache.get(key);
    if (hit) {
      this.stats.cached++;
      return [hit, false];
    }
    const q = new Question(key, sql, params, options.planOnce);
    this.cache.set(key, q);
    // a failed question is asked again next time
    q.answer.catch(() => this.cache.forget(key, q));
    return [q, true];
  }

  /** One more asker of `q`: its answer, or an AbortError as soon as the asker's signal aborts. */
  private ask(q: Question, { signal, priority }: QueryOptions): Promise<readonly Row[]> {
    if (signal?.aborted) return Promise.reject(abortError());
    q.askers++;
    if (priority !== 'later') q.priority = 'now';
    if (!signal) return q.answer;
    return new Promise((resolve, reject) => {
      const giveUp = () => {
        reject(abortError());
        if (--q.askers === 0 && q.state === 'waiting') this.drop(q);
      };
      signal.addEventListener('abort', giveUp, { once: true });
      q.answer.then(resolve, reject).finally(() => signal.removeEventListener('abort', giveUp));
    });
  }

  private enqueue(q: Question) {
    if (q.askers === 0) return this.drop(q);
    this.queue.push(q);
    this.pump();
  }

  /** A question nobody waits for any longer, before it was sent. */
  private drop(q: Question) {
    const i = this.queue.indexOf(q);
    if (i >= 0) this.queue.splice(i, 1);
    this.cache.forget(q.key, q);
    this.stats.cancelled++;
    q.drop(abortError());
  }

  private alone<T>(run: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({
        alone: true,
        send: () => {
          const p = attempt(run);
          p.then(resolve, reject);
          return p;
        },
      });
      this.pump();
    });
  }

  /** Sends what may go: a statement alone once nothing runs; else the first `now` question before it, else the first question. */
  private pump() {
    while (this.queue.length > 0 && !this.aloneRunning) {
      const head = this.queue[0]!;
      if (head.alone) {
        if (this.running > 0) return;
        this.queue.shift();
        this.aloneRunning = true;
        this.start(head);
        return;
      }
      if (this.running >= this.concurrency) return;
      let next = 0;
      for (let k = 0; k < this.queue.length && !this.queue[k]!.alone; k++) {
        if ((this.queue[k] as Question).priority === 'now') {
          next = k;
          break;
        }
      }
      this.start(this.queue.splice(next, 1)[0]!);
    }
  }

  private start(job: Job) {
    this.running++;
    if (!job.alone) this.stats.sent++;
    const end = () => {
      this.running--;
      if (job.alone) this.aloneRunning = false;
      this.pump();
    };
    const run = job.alone ? job.send() : job.send(this.engine);
    run.then(end, end);
  }

  private flush() {
    const groups = new Map<string, Pending[]>();
    for (const p of this.batch) {
      const key = `${shareKey(p.agg)}\u0000${p.options.planOnce ? 1 : 0}`;
      const group = groups.get(key);
      if (group) group.push(p);
      else groups.set(key, [p]);
    }
    this.batch = [];
    for (const group of groups.values()) {
      this.stats.merged += group.length - 1;
      const merged = merge(group.map((p) => p.agg));
      const [q, fresh] = this.lookup(merged.query.sql, merged.query.params, group[0]!.options);
      group.forEach((p, i) => this.ask(q, p.options).then((rows) => p.resolve(merged.rowsFor(i, rows)), p.reject));
      if (fresh) this.enqueue(q);
    }
  }
}

/**
 * An engine whose every question carries the same options: a view's
 * questions share the signal that gives them up once its filters move on
 * (see `useAsync`), and their priority.
 */
export class Asking implements Engine {
  constructor(
    private readonly engine: Engine,
    private readonly options: QueryOptions,
  ) {}

  query<T extends Row = Row>(sql: string, params?: readonly SqlValue[], options?: QueryOptions): Promise<T[]> {
    return this.engine.query<T>(sql, params, { ...this.options, ...options });
  }

  aggregate<T extends Row = Row>(agg: Aggregate, options?: QueryOptions): Promise<T[]> {
    return aggregate<T>(this.engine, agg, { ...this.options, ...options });
  }

  exec(sql: string): Promise<void> {
    return this.engine.exec(sql);
  }

  registerFile(name: string, bytes: Uint8Array): Promise<void> {
    return this.engine.registerFile(name, bytes);
  }

  dropFile(name: string): Promise<void> {
    return this.engine.dropFile(name);
  }

  close(): Promise<void> {
    return this.engine.close();
  }
}

/**
 * Asks an aggregate of any engine: merged with the others asked in the same
 * task when the engine is a coordinator (or asks through one), else as a
 * query of its own (a test's spy, a bare engine).
 */
export function aggregate<T extends Row = Row>(engine: Engine, agg: Aggregate, options: QueryOptions = {}): Promise<T[]> {
  if (engine instanceof Coordinator || engine instanceof Asking) return engine.aggregate<T>(agg, options);
  const merged = merge([agg]);
  return engine.query(merged.query.sql, merged.query.params, options).then((rows) => merged.rowsFor(0, rows) as T[]);
}
