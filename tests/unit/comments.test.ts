import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(n) ? [p] : [];
  });
}

/** A comment line that tells a measurement: a duration, or "on this machine". */
const MEASUREMENT = /^\s*(\/\/|\*|\/\*\*?).*(\b\d+(\.\d+)?\s?(–\s?\d+\s?)?(ms|milliseconds|seconds)\b|on this machine|CPU profile)/;

it('comments in src/ say why, not how fast (figures go in commit messages and docs/performance.md)', () => {
  const offenders = files('src').flatMap((f) =>
    readFileSync(f, 'utf8')
      .split('\n')
      .map((line, i) => ({ line, at: `${f}:${i + 1}` }))
      .filter(({ line }) => MEASUREMENT.test(line))
      .map(({ at, line }) => `${at}: ${line.trim()}`),
  );
  expect(offenders).toEqual([]);
});

it('the check finds a comment that tells a measurement', () => {
  expect(MEASUREMENT.test('  // the worker sat idle 5-10 ms, trace of Đơn vị')).toBe(true);
  expect(MEASUREMENT.test(' * took 7–8 ms a run in Node')).toBe(true);
  expect(MEASUREMENT.test(' * on this machine the engine and the page share two cores')).toBe(true);
  expect(MEASUREMENT.test('const holdMs = 40; // not a comment line')).toBe(false);
});
