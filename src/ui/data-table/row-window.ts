/** The body rows a table draws: `first` up to, not including, `end`. */
export interface RowWindow {
  first: number;
  end: number;
}

/** Tables with more rows than this draw only those near the scroll box's view. */
export const WINDOW_FROM = 30;

/** Rows drawn beyond the view on each side; the window also moves in steps of this many rows. */
export const OVERSCAN = 6;

/** A first guess of a row's height (one line of text), until rows are drawn and measured. */
export const ROW_HEIGHT_GUESS = 30;

/**
 * The rows in the part of the body a scroll box shows (`top` and `height`
 * in px from the body's top) and {@link OVERSCAN} more on each side, with
 * the ends rounded out to a step of that many rows: scrolling a few pixels
 * draws nothing new, and a window changes only every few rows.
 */
export function rowWindow(heights: readonly number[], view: { top: number; height: number }): RowWindow {
  const count = heights.length;
  const top = Math.max(0, view.top);
  const bottom = top + Math.max(0, view.height);
  let [from, to, y] = [count, count, 0];
  for (let i = 0; i < count; i++) {
    if (from === count && y + heights[i] > top) from = i;
    if (y >= bottom) {
      to = i;
      break;
    }
    y += heights[i];
  }
  const end = Math.min(count, Math.ceil((to + OVERSCAN) / OVERSCAN) * OVERSCAN);
  const first = Math.max(0, Math.min(Math.floor((from - OVERSCAN) / OVERSCAN) * OVERSCAN, end - OVERSCAN));
  return { first, end };
}

/** The window drawn for `count` rows: a window left from more rows keeps its size and stays within them. */
export function fitWindow(count: number, w: RowWindow): RowWindow {
  const size = w.end - w.first;
  const first = Math.max(0, Math.min(w.first, count - size));
  return { first, end: Math.min(count, first + size) };
}

/** Each of `count` rows' height: as measured, else the mean of those measured (else {@link ROW_HEIGHT_GUESS}). */
export function rowHeights(measured: readonly (number | undefined)[], count: number): number[] {
  const known = measured.filter((h): h is number => h !== undefined && h > 0);
  const mean = known.length > 0 ? known.reduce((a, b) => a + b, 0) / known.length : ROW_HEIGHT_GUESS;
  return Array.from({ length: count }, (_, i) => measured[i] ?? mean);
}

/** The height of rows `from` up to, not including, `to`. */
export function heightOf(heights: readonly number[], from: number, to: number): number {
  let sum = 0;
  for (let i = from; i < to; i++) sum += heights[i];
  return sum;
}
