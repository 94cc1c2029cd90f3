import { useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import { AnswerGate } from './answer-gate';

let pending = 0;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

/** The answers of one change reach their panels together (see AnswerGate). */
const gate = new AnswerGate();

/** How many view queries are running now (read in an effect, after this commit's queries started). */
export const pendingNow = () => pending;

/** How many view queries are running: the page is "ready" only at 0. */
export function usePending(): number {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => pending,
  );
}

/**
 * Runs a query when its key changes (asked while the page renders it) and keeps the last result; a result that
 * arrives after the key moved on is dropped, and one that arrives while other
 * queries of the page run waits to be shown with theirs (AnswerGate). A
 * running query holds the page's `data-ready` signal down until its answer is
 * on screen: it stops counting in the commit that shows it, not when it
 * resolves (a resolved answer is rendered a moment later, in another task).
 */
export function useAsync<T>(key: string, run: () => Promise<T>): { data: T | undefined; error: string | null; stale: boolean } {
  const [state, setState] = useState<{ key: string; data?: T; error: string | null }>({ key: '', error: null });
  // the key whose answer is counted as running
  const waiting = useRef<string | null>(null);
  // Asked as soon as the page renders a new key, not after the commit: a question whose statement
  // is prepared already reaches the engine's worker at once (see browser.ts), and the worker works
  // on it while this thread commits the change; a question asked
  // after an await in the indicator waits for the commit as before. The answer is taken up by the
  // effect below; asking again for the same key (React may render twice) reuses it.
  const asked = useRef<{ key: string; answer: Promise<T> } | null>(null);
  // eslint-disable-next-line react-hooks/refs -- deliberate: the question is asked during the render (see above), once per key
  if (asked.current?.key !== key) {
    let answer: Promise<T>;
    try {
      answer = run();
    } catch (e) {
      answer = Promise.reject(e);
    }
    answer.catch(() => undefined); // a failure is reported by the effect that takes the answer up
    // eslint-disable-next-line react-hooks/refs -- deliberate: kept for the effect, and for a second render of the same key
    asked.current = { key, answer };
  }
  const done = () => {
    waiting.current = null;
    pending--;
    emit();
  };
  useEffect(() => {
    let live = true;
    waiting.current = key;
    pending++;
    emit();
    const ended = gate.start();
    const show = (next: { key: string; data?: T; error: string | null }) => ended(live ? () => live && setState(next) : null);
    const answer = asked.current?.key === key ? asked.current.answer : run();
    answer.then(
      (data) => show({ key, data, error: null }),
      (e: unknown) => show({ key, error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
      ended(null); // given up: it no longer holds the other answers back
      if (waiting.current === key) done();
    };
  }, [key]); // eslint-disable-line react-hooks/exhaustive-deps -- the key names the question: `run` is a new closure each render
  useLayoutEffect(() => {
    if (waiting.current !== null && waiting.current === state.key) done();
  }, [state]);
  return { data: state.data, error: state.error, stale: state.key !== key };
}
