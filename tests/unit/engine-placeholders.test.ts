import { describe, expect, it } from 'vitest';
import { plannedOnce } from '../../src/engine/placeholders';

describe('plannedOnce', () => {
  it('makes each ? a one-row question of its value type', () => {
    expect(plannedOnce('SELECT * FROM t WHERE a = ? AND b IN (?, ?) AND c = ?', ['x', 2023, 1.5, true])).toBe(
      'SELECT * FROM t WHERE a = (SELECT CAST(? AS VARCHAR)) AND b IN ((SELECT CAST(? AS DOUBLE)), (SELECT CAST(? AS DOUBLE))) AND c = (SELECT CAST(? AS BOOLEAN))',
    );
  });

  it('leaves a ? bound to NULL as it is (no type to give it)', () => {
    expect(plannedOnce('SELECT ?, ?', [null, 1])).toBe('SELECT ?, (SELECT CAST(? AS DOUBLE))');
  });

  it('skips question marks in quoted text, quoted names and comments', () => {
    const sql = `SELECT 'is it?' AS "why?", 'it''s ?' -- a comment?\n, ? /* and ? here */ FROM t`;
    expect(plannedOnce(sql, [7])).toBe(`SELECT 'is it?' AS "why?", 'it''s ?' -- a comment?\n, (SELECT CAST(? AS DOUBLE)) /* and ? here */ FROM t`);
  });

  it('returns the text unchanged when the values do not match the placeholders', () => {
    expect(plannedOnce('SELECT ?, ?', [1])).toBe('SELECT ?, ?');
    expect(plannedOnce('SELECT 1', [1])).toBe('SELECT 1');
  });
});
