/** A message the page posted to the engine's worker, on the page's clock (`performance.now()`). */
export interface Sent {
  /** The request type of DuckDB-WASM's worker protocol: RUN_QUERY, CREATE_PREPARED, RUN_PREPARED… */
  type: string;
  /** The statement's text (its first 4000 characters), when the message carries or names one. */
  sql: string;
  start: number;
  /** When its answer reached the page, null until then. */
  answered: number | null;
}

/** The request types that run a statement (a CREATE_PREPARED only plans one). */
const RUNS = new Set(['RUN_QUERY', 'RUN_PREPARED', 'SEND_PREPARED', 'START_PENDING_QUERY']);

export const queriesIn = (log: readonly Sent[]) => log.filter((e) => RUNS.has(e.type)).length;
export const preparedIn = (log: readonly Sent[]) => log.filter((e) => e.type === 'CREATE_PREPARED').length;

/**
 * Run in the page before its own scripts (`page.addInitScript`): wraps the
 * `Worker` constructor so that each message posted to DuckDB-WASM's worker is
 * appended to `window.__engineLog` (a {@link Sent}; the bench may replace the
 * array between measurements) and stamped when the worker answers it
 * (responses name their request by `requestId`; a RUN_PREPARED names its
 * statement by the id the CREATE_PREPARED's answer gave). Also stamps
 * `__loadedAt`, when the load report first shows (the dataset's first view
 * commits with it), and `__readyAt`, the first `data-ready`. The app knows
 * nothing of this: it is measured from outside, as a user's browser runs it.
 */
export const WORKER_LOG_SCRIPT = String.raw`(() => {
  window.__engineLog = [];
  const Native = window.Worker;
  const text = (s) => (typeof s === 'string' ? s.replace(/\s+/g, ' ').trim().slice(0, 4000) : '');
  window.Worker = class extends Native {
    constructor(url, options) {
      super(url, options);
      this.__logged = /duckdb-browser-[a-z]+\.worker/.test(String(url));
      this.__sent = new Map();
      this.__statements = new Map();
      if (!this.__logged) return;
      this.addEventListener('message', (e) => {
        const r = e.data;
        const q = r && this.__sent.get(r.requestId);
        if (!q) return;
        this.__sent.delete(r.requestId);
        q.answered = performance.now();
        if (r.type === 'PREPARED_STATEMENT_ID') this.__statements.set(r.data, q.sql);
      });
    }
    postMessage(msg, transfer) {
      if (this.__logged && msg && typeof msg.messageId === 'number') {
        const d = msg.data;
        const named = msg.type === 'RUN_PREPARED' || msg.type === 'SEND_PREPARED';
        const sql = named ? this.__statements.get(d[1]) ?? '' : Array.isArray(d) ? text(d[1]) : '';
        const q = { type: msg.type, sql, start: performance.now(), answered: null };
        this.__sent.set(msg.messageId, q);
        window.__engineLog.push(q);
      }
      return super.postMessage(msg, transfer);
    }
  };
  const marks = new MutationObserver(() => {
    if (window.__loadedAt === undefined && document.querySelector('[data-testid="load-report"]')) window.__loadedAt = performance.now();
    if (window.__readyAt === undefined && document.body && document.body.dataset.ready === '1') window.__readyAt = performance.now();
    if (window.__loadedAt !== undefined && window.__readyAt !== undefined) marks.disconnect();
  });
  marks.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready'] });
})()`;

/** What a fresh load sent to the engine before the page's first `data-ready`. */
export interface FirstReady {
  /** Everything, the dataset's load included. */
  all: Sent[];
  /** The view's own: sent after the load's last answer. */
  view: Sent[];
  /** From the load's last answer to `data-ready`. */
  viewMs: number;
}

/**
 * Splits what a fresh load sent before `data-ready` into the load's and the
 * view's. The view's questions are asked while React renders the commit that
 * shows the load report, so before `loadedAt`; the load's statements are
 * asked one after the other, and the last answer before `loadedAt` is the
 * load's last one.
 */
export function firstReady(log: readonly Sent[], loadedAt: number, readyAt: number): FirstReady {
  const all = log.filter((e) => e.start < readyAt);
  const loadEnd = Math.max(0, ...all.filter((e) => e.answered !== null && e.answered <= loadedAt).map((e) => e.answered!));
  return { all, view: all.filter((e) => e.start >= loadEnd), viewMs: readyAt - loadEnd };
}
