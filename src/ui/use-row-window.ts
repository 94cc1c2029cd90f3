import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { fitWindow, heightOf, ROW_HEIGHT_GUESS, rowHeights, rowWindow, WINDOW_FROM, type RowWindow } from './data-table/row-window';

/** Whether the page is being printed (or emulates print media). */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => typeof matchMedia === 'function' && matchMedia('print').matches);
  useEffect(() => {
    const media = matchMedia('print');
    // the print is laid out right after `beforeprint`: what it needs must be in the page by then
    const start = () => flushSync(() => setPrinting(true));
    const stop = () => setPrinting(media.matches);
    const change = () => (media.matches ? start() : stop());
    addEventListener('beforeprint', start);
    addEventListener('afterprint', stop);
    media.addEventListener('change', change);
    return () => {
      removeEventListener('beforeprint', start);
      removeEventListener('afterprint', stop);
      media.removeEventListener('change', change);
    };
  }, []);
  return printing;
}

/** The window at first: the rows of one line a scroll box as tall as it may be (75vh) could show. */
function firstWindow(): RowWindow {
  const height = (typeof innerHeight === 'number' ? innerHeight : 900) * 0.75;
  return rowWindow(Array<number>(Math.ceil(height / ROW_HEIGHT_GUESS) + 1).fill(ROW_HEIGHT_GUESS), { top: 0, height });
}

/** The body rows a table draws, and what it needs to draw and follow them. */
export interface DrawnRows {
  /** Whether only some rows are drawn (a long table, not printed). */
  windowed: boolean;
  first: number;
  end: number;
  /** The height of the blank space standing for the rows before and after those drawn. */
  before: number;
  after: number;
  /** For the table's scroll box and its body. */
  scroller: RefObject<HTMLDivElement | null>;
  body: RefObject<HTMLTableSectionElement | null>;
  /** The `aria-rowindex` of body row `at` (and of the rows after the body), counted from the first header row. */
  rowIndex: (at: number) => number | undefined;
}

/**
 * A long table (over {@link WINDOW_FROM} body rows) draws only the rows in
 * and near its scroll box's view, blank space for the others, and the rows
 * scrolled to as they come: a change lays out and paints some twenty rows
 * however many the table has. Printed, it draws them all.
 *
 * The rows drawn carry `aria-rowindex` (`rowIndex`), and the table
 * `aria-rowcount`, so a screen reader knows where it is; the window measures
 * the rows drawn by it. `rows` names the rows: when it changes, the heights
 * measured are forgotten.
 */
export function useRowWindow(count: number, headRows: number, rows: unknown, enabled = true): DrawnRows {
  const scroller = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLTableSectionElement>(null);
  const printing = usePrinting();
  const windowed = enabled && !printing && count > WINDOW_FROM;
  // each body row's height once drawn; new rows, new heights
  const measured = useMemo<number[]>(() => [], [rows]); // eslint-disable-line react-hooks/exhaustive-deps -- a cache for these rows
  // the window, and the body's height it was set for: a new measure redraws the blank space
  const [win, setWin] = useState<RowWindow & { total: number }>(() => ({ ...firstWindow(), total: 0 }));

  useEffect(() => {
    const el = scroller.current;
    if (!windowed || !el) return;
    let frame = 0;
    const follow = () => {
      frame = 0;
      const tb = body.current;
      if (!tb) return;
      for (const tr of tb.rows) {
        const at = Number(tr.getAttribute('aria-rowindex')) - headRows - 1;
        if (at >= 0) measured[at] = tr.getBoundingClientRect().height;
      }
      const hs = rowHeights(measured, count);
      const next = { ...rowWindow(hs, { top: el.scrollTop, height: el.clientHeight - tb.offsetTop }), total: heightOf(hs, 0, count) };
      setWin((w) => (w.first === next.first && w.end === next.end && Math.abs(w.total - next.total) < 1 ? w : next));
    };
    const soon = () => {
      frame ||= requestAnimationFrame(follow);
    };
    el.addEventListener('scroll', soon, { passive: true });
    // also on the first sight of these rows: the view's size, the heights drawn
    const resized = new ResizeObserver(soon);
    resized.observe(el);
    return () => {
      cancelAnimationFrame(frame);
      el.removeEventListener('scroll', soon);
      resized.disconnect();
    };
  }, [windowed, count, measured, headRows]);

  if (!windowed) return { windowed, first: 0, end: count, before: 0, after: 0, scroller, body, rowIndex: () => undefined };
  const { first, end } = fitWindow(count, win);
  const hs = rowHeights(measured, count);
  return { windowed, first, end, before: heightOf(hs, 0, first), after: heightOf(hs, end, count), scroller, body, rowIndex: (at) => headRows + at + 1 };
}
