import { describe, expect, it } from 'vitest';
import { empty, join, raw, sql } from '../../../src/vocab/sql';

describe('sql`…`', () => {
  it('binds each interpolated value to a ? in order', () => {
    const unitId = 'T01';
    expect(sql`SELECT * FROM a WHERE a.unit_id = ${unitId} AND a.year BETWEEN ${2023} AND ${2025} AND a.ok = ${true} AND a.x IS NOT ${null}`).toEqual({
      sql: 'SELECT * FROM a WHERE a.unit_id = ? AND a.year BETWEEN ? AND ? AND a.ok = ? AND a.x IS NOT ?',
      params: ['T01', 2023, 2025, true, null],
    });
  });

  it('inlines a part with its values where it stands', () => {
    const period = sql`a.admitted_on BETWEEN ${'2025-01-01'}::DATE AND ${'2025-12-31'}::DATE`;
    expect(sql`SELECT count(*) FROM a WHERE a.unit_id = ${'T01'} AND ${period} AND a.sex = ${'nu'}`).toEqual({
      sql: 'SELECT count(*) FROM a WHERE a.unit_id = ? AND a.admitted_on BETWEEN ?::DATE AND ?::DATE AND a.sex = ?',
      params: ['T01', '2025-01-01', '2025-12-31', 'nu'],
    });
  });

  it('raw text, joined parts and the empty part', () => {
    const cols = raw('unit_id, count(*) AS n');
    const ins = join([sql`${'a'}`, sql`${'b'}`, raw('NULL')]);
    expect(sql`SELECT ${cols} FROM t WHERE k IN (${ins})${empty}`).toEqual({
      sql: 'SELECT unit_id, count(*) AS n FROM t WHERE k IN (?, ?, NULL)',
      params: ['a', 'b'],
    });
    expect(join([sql`x = ${1}`, sql`y = ${2}`], ' AND ')).toEqual({ sql: 'x = ? AND y = ?', params: [1, 2] });
    expect(join([])).toEqual({ sql: '', params: [] });
    expect(sql`SELECT 1`).toEqual({ sql: 'SELECT 1', params: [] });
  });

  it('refuses what is not a value', () => {
    expect(() => sql`SELECT ${undefined as unknown as string}`).toThrow(TypeError);
    expect(() => sql`SELECT ${[1, 2] as unknown as number}`).toThrow(TypeError);
    expect(() => empty.params.push(1)).toThrow();
  });
});
