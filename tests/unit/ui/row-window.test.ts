import { describe, expect, it } from 'vitest';
import { fitWindow, heightOf, OVERSCAN, ROW_HEIGHT_GUESS, rowHeights, rowWindow } from '../../../src/ui/data-table/row-window';

const rows = (n: number, h = 40) => Array<number>(n).fill(h);

describe('rowWindow', () => {
  it('at the top: the rows in view and the overscan below, rounded out to a step', () => {
    // 10 rows of 40 px in view (0–400), 6 more, rounded up to a multiple of 6: 18
    expect(OVERSCAN).toBe(6);
    expect(rowWindow(rows(100), { top: 0, height: 400 })).toEqual({ first: 0, end: 18 });
  });

  it('scrolled: the overscan above too, and the window moves in steps', () => {
    // rows 25–35 in view (1000–1400): from 19 rounded down to 18, to 41 rounded up to 42
    expect(rowWindow(rows(100), { top: 1000, height: 400 })).toEqual({ first: 18, end: 42 });
    // a few pixels further, the same window: nothing to draw anew
    expect(rowWindow(rows(100), { top: 1030, height: 400 })).toEqual({ first: 18, end: 42 });
  });

  it('at the bottom: within the rows', () => {
    expect(rowWindow(rows(50), { top: 1800, height: 400 })).toEqual({ first: 36, end: 50 });
    // scrolled past the end (a body that just shrank): the last rows still
    expect(rowWindow(rows(50), { top: 9000, height: 400 })).toEqual({ first: 42, end: 50 });
  });

  it('rows of different heights', () => {
    // 20 rows of 80 px then 80 of 20 px: view 1600–2000 is rows 20–39
    const hs = [...rows(20, 80), ...rows(80, 20)];
    expect(rowWindow(hs, { top: 1600, height: 400 })).toEqual({ first: 12, end: 48 });
  });

  it('no rows, no window', () => {
    expect(rowWindow([], { top: 0, height: 400 })).toEqual({ first: 0, end: 0 });
  });
});

describe('fitWindow', () => {
  it('keeps its size within fewer rows', () => {
    expect(fitWindow(100, { first: 36, end: 60 })).toEqual({ first: 36, end: 60 });
    expect(fitWindow(40, { first: 36, end: 60 })).toEqual({ first: 16, end: 40 });
    expect(fitWindow(10, { first: 36, end: 60 })).toEqual({ first: 0, end: 10 });
  });
});

describe('rowHeights and heightOf', () => {
  it('measured rows keep their height, the others the mean of those measured', () => {
    const measured: (number | undefined)[] = [];
    measured[0] = 50;
    measured[1] = 30;
    expect(rowHeights(measured, 4)).toEqual([50, 30, 40, 40]);
    expect(heightOf(rowHeights(measured, 4), 1, 4)).toBe(110);
  });

  it('before any is measured, the guess', () => {
    expect(rowHeights([], 2)).toEqual([ROW_HEIGHT_GUESS, ROW_HEIGHT_GUESS]);
  });
});
