import { describe, expect, it } from 'vitest';
import { Coordinator, isAbort } from '../../../src/query/coordinator';
import { isRead } from '../../../src/query/reads';
import { raw, sql } from '../../../src/vocab/sql';
import { FakeEngine, settle } from './fake-engine';

const rejection = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e);

describe('the result cache', () => {
  it('answers the same statement and values once, also while the first run is under way', async () => {
    const engine = new FakeEngine();
    engine.auto = () => [{ n: 1 }];
    const db = new Coordinator(engine);
    const [a, b] = await Promise.all([db.query('SELECT ?', [1]), db.query('SELECT ?', [1])]);
    expect(engine.events).toEqual(['query SELECT ?']);
    expect(a).toEqual([{ n: 1 }]);
    expect(a).not.toBe(b); // each asker gets its own array
    expect(a[0]).toBe(b[0]); // of the same frozen rows
    expect(Object.isFrozen(a[0])).toBe(true);
    await db.query('SELECT ?', [2]);
    await db.query('SELECT ? ', [1]);
    expect(engine.events).toHaveLength(3);
    expect(db.stats).toMatchObject({ asked: 4, sent: 3, cached: 1 });
  });

  it('forgets failures, and everything on exec', async () => {
    const engine = new FakeEngine();
    let runs = 0;
    engine.auto = (s) => {
      if (s === 'SELECT bad') throw new Error('x');
      return [{ n: ++runs }];
    };
    const db = new Coordinator(engine);
    await db.query('SELECT n');
    await expect(db.query('SELECT bad')).rejects.toThrow('x');
    engine.auto = () => [{ ok: true }];
    expect(await db.query('SELECT bad')).toEqual([{ ok: true }]);
    expect(await db.query('SELECT n')).toEqual([{ n: 1 }]);
    await db.exec('CREATE TABLE t (x INT)');
    expect(await db.query('SELECT n')).toEqual([{ ok: true }]);
  });

  it('keeps at most `cacheSize` answers, dropping the least recently asked', async () => {
    const engine = new FakeEngine();
    let runs = 0;
    engine.auto = () => [{ n: ++runs }];
    const db = new Coordinator(engine, { cacheSize: 2 });
    await db.query('SELECT a');
    await db.query('SELECT b');
    await db.query('SELECT a'); // a is now the most recent
    await db.query('SELECT c'); // drops b
    await db.query('SELECT a');
    expect(runs).toBe(3);
    await db.query('SELECT b');
    expect(runs).toBe(4);
  });

  it('passes planOnce to the engine', () => {
    const engine = new FakeEngine();
    void new Coordinator(engine).query('SELECT ?', [2], { planOnce: true });
    expect(engine.calls[0]!.options).toEqual({ planOnce: true });
  });
});

describe('the queue', () => {
  it('keeps two questions at the engine and the others waiting', async () => {
    const engine = new FakeEngine();
    const db = new Coordinator(engine);
    const answers = ['SELECT 1', 'SELECT 2', 'SELECT 3'].map((s) => db.query(s));
    expect(engine.calls.map((c) => c.sql)).toEqual(['SELECT 1', 'SELECT 2']);
    engine.answer('SELECT 2', [{ n: 2 }]);
    await settle();
    expect(engine.calls.map((c) => c.sql)).toEqual(['SELECT 1', 'SELECT 3']);
    engine.answer('SELECT 1', [{ n: 1 }]);
    engine.answer('SELECT 3', [{ n: 3 }]);
    expect(await Promise.all(answers)).toEqual([[{ n: 1 }], [{ n: 2 }], [{ n: 3 }]]);
  });

  it('sends a later question only once no question for now waits', async () => {
    const engine = new FakeEngine();
    const db = new Coordinator(engine, { concurrency: 1 });
    void db.query('SELECT busy');
    void db.query('SELECT offscreen', [], { priority: 'later' });
    void db.query('SELECT tiles');
    void db.query('SELECT chart');
    engine.answer('SELECT busy', []);
    await settle();
    expect(engine.calls.map((c) => c.sql)).toEqual(['SELECT tiles']);
    engine.answer('SELECT tiles', []);
    await settle();
    engine.answer('SELECT chart', []);
    await settle();
    expect(engine.calls.map((c) => c.sql)).toEqual(['SELECT offscreen']);
  });

  it('a later question asked now by another goes with the questions for now', async () => {
    const engine = new FakeEngine();
    const db = new Coordinator(engine, { concurrency: 1 });
    void db.query('SELECT busy');
    void db.query('SELECT a', [], { priority: 'later' });
    void db.query('SELECT b');
    void db.query('SELECT a');
    engine.answer('SELECT busy', []);
    await settle();
    expect(engine.calls.map((c) => c.sql)).toEqual(['SELECT a']);
  });

  it('runs exec after the questions asked before it, alone, and before those asked after it', async () => {
    const engine = new FakeEngine();
    const db = new Coordinator(engine);
    const before = db.query('SELECT old', [], { priority: 'later' });
    const done = db.exec('DROP TABLE t');
    const after = db.query('SELECT new');
    await settle();
    expect(engine.events).toEqual(['query SELECT old']);
    engine.answer('SELECT old', [{ t: 'old' }]);
    await settle();
    expect(engine.events).toEqual(['query SELECT old', 'exec DROP TABLE t', 'query SELECT new']);
    engine.answer('SELECT new', [{ t: 'new' }]);
    await done;
    expect(await before).toEqual([{ t: 'old' }]);
    expect(await after).toEqual([{ t: 'new' }]);
  });

  it('runs a statement asked as a query that is not a read alone, uncached, and forgets the kept answers', async () => {
    const engine = new FakeEngine();
    engine.auto = () => [{ n: 1 }];
    const db = new Coordinator(engine);
    await db.query('SELECT n');
    await db.query('INSERT INTO t VALUES (?)', [1]);
    await db.query('INSERT INTO t VALUES (?)', [1]);
    await db.query('SELECT n');
    expect(engine.events).toEqual(['query SELECT n', 'query INSERT INTO t VALUES (?)', 'query INSERT INTO t VALUES (?)', 'query SELECT n']);
  });

  it('passes files straight through and closes after the questions asked before', async () => {
    const engine = new FakeEngine();
    const db = new Coordinator(engine);
    void db.query('SELECT 1');
    await db.registerFile('a.csv', new Uint8Array());
    await db.dropFile('a.csv');
    const closed = db.close();
    await settle();
    expect(engine.events).toEqual(['query SELECT 1', 'register a.csv', 'drop a.csv']);
    engine.answer('SELECT 1', []);
    await closed;
    expect(engine.events.at(-1)).toBe('close');
  });
});

describe('giving a question up', () => {
  it('drops a question not yet sent once every asker gave it up', async () => {
    const engine = new FakeEngine();
    const db = new Coordinator(engine, { concurrency: 1 });
    void db.query('SELECT busy');
    const a = new AbortController();
    const b = new AbortController();
    const first = rejection(db.query('SELECT stale', [], { signal: a.signal }));
    const second = rejection(db.query('SELECT stale', [], { signal: b.signal }));
    a.abort();
    expect(isAbort(await first)).toBe(true);
    expect(db.stats.cancelled).toBe(0); // the other asker still waits for it
    b.abort();
    expect(isAbort(await second)).toBe(true);
    expect(db.stats.cancelled).toBe(1);
    engine.answer('SELECT busy', []);
    await settle();
    expect(engine.events).toEqual(['query SELECT busy']);
    // asked again, it is a new question
    void db.query('SELECT stale');
    expect(engine.calls.map((c) => c.sql)).toEqual(['SELECT stale']);
  });

  it('keeps a question one asker gave up for the others', async () => {
    const engine = new FakeEngine();
    const db = new Coordinator(engine, { concurrency: 1 });
    void db.query('SELECT busy');
    const a = new AbortController();
    const gaveUp = rejection(db.query('SELECT q', [], { signal: a.signal }));
    const kept = db.query('SELECT q');
    a.abort();
    expect(isAbort(await gaveUp)).toBe(true);
    engine.answer('SELECT busy', []);
    await settle();
    engine.answer('SELECT q', [{ n: 1 }]);
    expect(await kept).toEqual([{ n: 1 }]);
  });

  it('rejects an asker who gives up a sent question at once, and keeps its answer for later', async () => {
    const engine = new FakeEngine();
    const db = new Coordinator(engine);
    const a = new AbortController();
    const gaveUp = rejection(db.query('SELECT q', [], { signal: a.signal }));
    expect(engine.calls).toHaveLength(1);
    a.abort();
    expect(isAbort(await gaveUp)).toBe(true);
    engine.answer('SELECT q', [{ n: 1 }]);
    expect(await db.query('SELECT q')).toEqual([{ n: 1 }]);
    expect(engine.events).toEqual(['query SELECT q']);
    expect(db.stats).toMatchObject({ sent: 1, cached: 1, cancelled: 0 });
  });

  it('refuses a question whose signal aborted already, without asking the engine', async () => {
    const engine = new FakeEngine();
    const db = new Coordinator(engine);
    const e = await rejection(db.query('SELECT q', [], { signal: AbortSignal.abort() }));
    expect(isAbort(e)).toBe(true);
    expect(e).toBeInstanceOf(Error);
    expect(engine.events).toEqual([]);
  });

  it('tells a given-up question from a failed one', () => {
    expect(isAbort(new DOMException('x', 'AbortError'))).toBe(true);
    expect(isAbort(Object.assign(new Error('x'), { name: 'AbortError' }))).toBe(true);
    expect(isAbort(new Error('AbortError'))).toBe(false);
    expect(isAbort(null)).toBe(false);
  });
});

describe('aggregates', () => {
  const from = raw('fact_admissions a');
  const where = sql`a.unit_id = ${'T01'} AND a.year = ${2025}`;

  it('merges aggregates over the same FROM and WHERE into one query, each asker with its own columns', async () => {
    const engine = new FakeEngine();
    engine.auto = () => [{ __c0: 7, __c1: 3 }];
    const db = new Coordinator(engine);
    const [tiles, narrative, share] = await Promise.all([
      db.aggregate({ from, where, select: { admissions: 'count(*)', young: 'count(*) FILTER (a.young)' } }),
      db.aggregate({ from, where, select: { n: 'count(*)' } }),
      // the same name as the tiles' for another expression
      db.aggregate({ from, where, select: { admissions: 'count(*) FILTER (a.young)' } }),
    ]);
    expect(engine.calls).toEqual([]);
    expect(engine.events).toEqual([
      'query SELECT count(*) AS __c0, count(*) FILTER (a.young) AS __c1 FROM fact_admissions a WHERE a.unit_id = ? AND a.year = ?',
    ]);
    expect(tiles).toEqual([{ admissions: 7, young: 3 }]);
    expect(narrative).toEqual([{ n: 7 }]);
    expect(share).toEqual([{ admissions: 3 }]);
    expect(db.stats).toMatchObject({ asked: 3, sent: 1, merged: 2 });
  });

  it('binds the values of FROM and WHERE once, in order', async () => {
    const engine = new FakeEngine();
    const db = new Coordinator(engine);
    void db.aggregate({ from: sql`member_years(${2025}) m`, where: sql`m.unit_id = ${'T01'}`, select: { n: 'count(*)' } });
    void db.aggregate({ from: sql`member_years(${2025}) m`, where: sql`m.unit_id = ${'T01'}`, select: { women: "count(*) FILTER (m.sex = 'nu')" } });
    await settle();
    expect(engine.calls.map((c) => [c.sql, c.params])).toEqual([
      ["SELECT count(*) AS __c0, count(*) FILTER (m.sex = 'nu') AS __c1 FROM member_years(?) m WHERE m.unit_id = ?", [2025, 'T01']],
    ]);
  });

  it('keeps apart aggregates of other rows, values or grouping', async () => {
    const engine = new FakeEngine();
    engine.auto = () => [];
    const db = new Coordinator(engine);
    await Promise.all([
      db.aggregate({ from, where, select: { n: 'count(*)' } }),
      db.aggregate({ from, where: sql`a.unit_id = ${'T01'} AND a.year = ${2024}`, select: { n: 'count(*)' } }),
      db.aggregate({ from: raw('fact_members m'), where, select: { n: 'count(*)' } }),
      db.aggregate({ from, where, groupBy: { sex: 'a.sex' }, select: { n: 'count(*)' } }),
    ]);
    expect(engine.events).toHaveLength(4);
    expect(db.stats.merged).toBe(0);
  });

  it('groups, under each asker’s names, ordered by the grouping', async () => {
    const engine = new FakeEngine();
    engine.auto = () => [
      { __g0: 'nam', __c0: 5, __c1: 40 },
      { __g0: 'nu', __c0: 2, __c1: 35 },
    ];
    const db = new Coordinator(engine);
    const [bySex, ages] = await Promise.all([
      db.aggregate({ from, where, groupBy: { sex: 'a.sex' }, select: { n: 'count(*)' } }),
      db.aggregate({ from, where, groupBy: { k: 'a.sex' }, select: { age: 'avg(a.age)' } }),
    ]);
    expect(engine.events).toEqual([
      'query SELECT a.sex AS __g0, avg(a.age) AS __c0, count(*) AS __c1 FROM fact_admissions a WHERE a.unit_id = ? AND a.year = ? GROUP BY a.sex ORDER BY 1',
    ]);
    expect(bySex).toEqual([
      { sex: 'nam', n: 40 },
      { sex: 'nu', n: 35 },
    ]);
    expect(ages).toEqual([
      { k: 'nam', age: 5 },
      { k: 'nu', age: 2 },
    ]);
  });

  it('asks the same set in another order as the same statement, answered from the cache', async () => {
    const engine = new FakeEngine();
    engine.auto = () => [{ __c0: 1, __c1: 2 }];
    const db = new Coordinator(engine);
    await Promise.all([db.aggregate({ from, where, select: { a: 'sum(x)' } }), db.aggregate({ from, where, select: { b: 'count(*)' } })]);
    const [b, a] = await Promise.all([db.aggregate({ from, where, select: { b: 'count(*)' } }), db.aggregate({ from, where, select: { a: 'sum(x)' } })]);
    expect(engine.events).toHaveLength(1);
    expect([a, b]).toEqual([[{ a: 2 }], [{ b: 1 }]]);
  });

  it('drops a merged question once all its askers gave it up, and leaves out WHERE when empty', async () => {
    const engine = new FakeEngine();
    const db = new Coordinator(engine, { concurrency: 1 });
    void db.query('SELECT busy');
    const a = new AbortController();
    const b = new AbortController();
    const one = rejection(db.aggregate({ from, where: raw(''), select: { n: 'count(*)' } }, { signal: a.signal }));
    const two = rejection(db.aggregate({ from, where: raw(''), select: { m: 'max(x)' } }, { signal: b.signal }));
    await settle();
    a.abort();
    b.abort();
    expect(isAbort(await one) && isAbort(await two)).toBe(true);
    engine.answer('SELECT busy', []);
    await settle();
    expect(engine.events).toEqual(['query SELECT busy']);
    expect(db.stats).toMatchObject({ merged: 1, cancelled: 1 });
    void db.aggregate({ from, where: raw(''), select: { n: 'count(*)' } });
    await settle();
    expect(engine.calls.map((c) => c.sql)).toEqual(['SELECT count(*) AS __c0 FROM fact_admissions a']);
  });
});

describe('isRead', () => {
  it('tells reads from statements that may change the tables', () => {
    for (const s of ['SELECT 1', '\n  WITH v AS (SELECT 1) SELECT * FROM v', '-- why\nselect 1', '/* x */ (SELECT 1)', 'FROM t', 'DESCRIBE t'])
      expect(isRead(s), s).toBe(true);
    for (const s of ['INSERT INTO t VALUES (?)', 'CREATE TABLE d AS SELECT 1', 'SET threads = 1', 'UPDATE t SET x = 1', '', 'DROP TABLE t'])
      expect(isRead(s), s).toBe(false);
  });
});
