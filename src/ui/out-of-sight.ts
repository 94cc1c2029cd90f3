import { useEffect, useLayoutEffect, useReducer, useRef, type RefObject } from 'react';
import { flushSync } from 'react-dom';

/**
 * What is out of sight draws the new filters' figures once the page is idle
 * after a change, or sooner when it comes near the viewport, or before
 * printing: a change first draws what can be seen. The browser's own
 * `content-visibility: auto` renders everything within one and a half
 * viewports, which on the Đơn vị and Biểu mẫu pages is every table.
 *
 * While anything holds back a drawing, `body[data-held]` is set (the number
 * held): with `data-ready`, the page's automation contract.
 */
const NEAR = '150px 0px';

const watched = new Map<Element, (near: boolean) => void>();
let nearObserver: IntersectionObserver | null = null;

/** Calls `onChange` as `el` comes within {@link NEAR} of the viewport or leaves it; returns the unwatch. */
export function watchNearness(el: Element, onChange: (near: boolean) => void): () => void {
  nearObserver ??= new IntersectionObserver((entries) => entries.forEach((e) => watched.get(e.target)?.(e.isIntersecting)), { rootMargin: NEAR });
  watched.set(el, onChange);
  nearObserver.observe(el);
  return () => {
    nearObserver?.unobserve(el);
    watched.delete(el);
  };
}

/** Whether `el` lies within {@link NEAR} of the viewport now (before any observer has said so). */
export function isNearViewport(el: Element): boolean {
  const r = el.getBoundingClientRect();
  return r.bottom >= -150 && r.top <= window.innerHeight + 150;
}

/** Runs `f` once the page is idle (at the latest in a second); returns the cancel. */
export function whenIdle(f: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(f, { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(f, 100);
  return () => clearTimeout(id);
}

/** Before printing (or on switching to print media, as a PDF export does), everything held is drawn. */
const flushers = new Set<() => void>();
if (typeof window !== 'undefined') {
  const flushAll = () => flushers.forEach((f) => f());
  window.addEventListener('beforeprint', flushAll);
  window.matchMedia?.('print').addEventListener('change', (e) => e.matches && flushAll());
}

/** Registers a drawing to make before printing; returns the unregister. */
export function beforePrint(flush: () => void): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

const holding = new Set<object>();

/** Marks `who` as holding back a drawing or not, for `body[data-held]`. */
export function setHeld(who: object, held: boolean): void {
  if (held === holding.has(who)) return;
  if (held) holding.add(who);
  else holding.delete(who);
  if (typeof document === 'undefined') return;
  if (holding.size > 0) document.body.dataset.held = String(holding.size);
  else delete document.body.dataset.held;
}

/**
 * `value` while the element `el` is near the viewport; while it is out of
 * sight, the value drawn before (equal by `same`) until the page is idle,
 * the element comes near, or the page is printed. The first value is drawn
 * at once.
 */
export function useDrawnWhenNear<T>(value: T, el: RefObject<Element | null>, same: (a: T, b: T) => boolean = Object.is): T {
  const near = useRef(true); // until the viewport says otherwise
  const release = useRef(false);
  const drawn = useRef(value);
  const latest = useRef(value);
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  // eslint-disable-next-line react-hooks/refs -- deliberate: the nearness and print callbacks compare what is drawn with the value of the last render
  latest.current = value;
  // eslint-disable-next-line react-hooks/refs -- deliberate: a drawing out of sight is held back on nearness and idleness kept in refs, which change without rendering
  const shown = near.current || release.current || same(drawn.current, value) ? value : drawn.current;
  const held = shown !== value;
  const me = useRef({});

  useLayoutEffect(() => {
    drawn.current = shown;
    release.current = false;
    setHeld(me.current, held);
  });
  // a value held back is drawn at the next idle moment
  useEffect(() => {
    if (!held) return;
    return whenIdle(() => {
      release.current = true;
      redraw();
    });
  }, [held, value]);
  useEffect(() => {
    const node = el.current;
    const who = me.current;
    const flush = () => {
      if (same(drawn.current, latest.current)) return;
      release.current = true;
      flushSync(redraw);
    };
    const unwatch = node
      ? watchNearness(node, (isNear) => {
          near.current = isNear;
          if (isNear && !same(drawn.current, latest.current)) redraw();
        })
      : () => undefined;
    const unprint = beforePrint(flush);
    return () => {
      unwatch();
      unprint();
      setHeld(who, false);
    };
  }, [el]); // eslint-disable-line react-hooks/exhaustive-deps -- `same` is read at the time of use
  return shown;
}
