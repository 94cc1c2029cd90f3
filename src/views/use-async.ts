import { useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore, type RefObject } from 'react';
import { beforePrint, isNearViewport, setHeld, watchNearness, whenIdle } from '../ui/out-of-sight';
import { detailKey, withSignal, type Ctx } from '../indicators/context';
import { t } from '../i18n/strings';
import { isNeedsDetail } from '../query/detail';
import type { Lang } from '../dataset/types';
import { AnswerGate } from './answer-gate';

/** The page's language, as the app sets it on the document: a failure's message is shown in it. */
const pageLang = (): Lang => (document.documentElement.lang === 'en' ? 'en' : 'vi');

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

export interface AsyncOptions {
  /**
   * The panel that shows the answer. While it is out of sight, the question
   * is not asked: it waits until the panel comes near the viewport, the page
   * is idle, or the page is printed, and a newer change cancels it before it
   * is ever asked. A change thus spends the engine on what can be seen.
   */
  panel?: RefObject<Element | null>;
}

interface Asked<T> {
  key: string;
  answer: Promise<T>;
  controller: AbortController;
}

/**
 * Runs a query when its key changes and keeps the last result. `run` gets a
 * signal that aborts once the key has moved on, so that the question, when it
 * still waits for the engine, is dropped (see `src/query/coordinator.ts`); an
 * answer that arrives after the key moved on is dropped too, and one that
 * arrives while other queries of the page run waits to be shown with theirs
 * (AnswerGate). A running query holds the page's `data-ready` signal down
 * until its answer is on screen: it stops counting in the commit that shows
 * it, not when it resolves (a resolved answer is rendered a moment later, in
 * another task). A question held back out of sight (see {@link AsyncOptions})
 * does not hold `data-ready` down; it sets `body[data-held]` instead, as a
 * drawing held back does.
 */
export function useAsync<T>(key: string, run: (signal: AbortSignal) => Promise<T>, options: AsyncOptions = {}): { data: T | undefined; error: string | null; stale: boolean } {
  const [state, setState] = useState<{ key: string; data?: T; error: string | null }>({ key: '', error: null });
  // the key whose answer is counted as running
  const waiting = useRef<string | null>(null);
  const asked = useRef<Asked<T> | null>(null);
  const me = useRef({});
  const panel = options.panel;
  const ask = (): Asked<T> => {
    const controller = new AbortController();
    let answer: Promise<T>;
    try {
      answer = run(controller.signal);
    } catch (e) {
      answer = Promise.reject(e);
    }
    answer.catch(() => undefined); // a failure is reported by the effect that takes the answer up
    asked.current = { key, answer, controller };
    return asked.current;
  };
  // Without a panel to watch, asked as soon as the page renders a new key, not after the commit: a
  // question whose statement is prepared already reaches the engine's worker at once (see
  // browser.ts), and the worker works on it while this thread commits the change. The answer is
  // taken up by the effect below; asking again for the same key (React may render twice) reuses it.
  // eslint-disable-next-line react-hooks/refs -- deliberate: the question is asked during the render (see above), once per key
  if (!panel && asked.current?.key !== key) ask();
  const done = () => {
    waiting.current = null;
    pending--;
    emit();
  };
  useEffect(() => {
    let live = true;
    let mine: Asked<T> | null = null;
    let ended: ReturnType<AnswerGate['start']> | null = null;
    const stops: (() => void)[] = [];
    const start = () => {
      if (!live || mine) return;
      stops.forEach((s) => s());
      const current = asked.current;
      mine = current?.key === key && !current.controller.signal.aborted ? current : ask();
      waiting.current = key;
      pending++;
      emit();
      const end = (ended = gate.start());
      const show = (next: { key: string; data?: T; error: string | null }) => end(live ? () => live && setState(next) : null);
      mine.answer.then(
        (data) => show({ key, data, error: null }),
        (e: unknown) => show({ key, error: isNeedsDetail(e) ? t(pageLang(), 'needsDetail') : e instanceof Error ? e.message : String(e) }),
      );
    };
    const node = panel?.current;
    if (!node || isNearViewport(node)) start();
    else {
      setHeld(me.current, true);
      stops.push(
        watchNearness(node, (near) => near && start()),
        whenIdle(start),
        beforePrint(start),
      );
    }
    return () => {
      live = false;
      stops.forEach((s) => s());
      mine?.controller.abort(); // no longer wanted: a question still waiting for the engine is dropped
      ended?.(null); // given up: it no longer holds the other answers back
      if (waiting.current === key) done();
    };
  }, [key]); // eslint-disable-line react-hooks/exhaustive-deps -- the key names the question: `run` is a new closure each render
  useLayoutEffect(() => {
    if (waiting.current !== null && waiting.current === state.key) done();
    if (state.key === key) setHeld(me.current, false);
  }, [state, key]);
  useEffect(() => {
    const who = me.current;
    return () => setHeld(who, false);
  }, []);
  return { data: state.data, error: state.error, stale: state.key !== key };
}

/**
 * {@link useAsync} for the indicators: `run` gets the context whose questions
 * carry the signal, so that a view's questions still waiting for the engine
 * are dropped once its key moves on.
 */
export function useQuery<T>(ctx: Ctx, key: string, run: (ctx: Ctx) => Promise<T>, options?: AsyncOptions) {
  return useAsync(`${key}\u0000${detailKey(ctx)}`, (signal) => run(withSignal(ctx, signal)), options);
}
