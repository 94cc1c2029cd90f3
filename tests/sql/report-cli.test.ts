import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const TSX = join('node_modules', '.bin', 'tsx');

function report(args: string[]) {
  return spawnSync(TSX, ['scripts/report.ts', ...args], { encoding: 'utf8' });
}

describe('npm run report', () => {
  it('prints the figures as JSON numbers, with the unit path and the load account', () => {
    const out = execFileSync(TSX, ['scripts/report.ts', '--data', 'tests/fixtures/tiny', '--unit', 'H1', '--from', '2023-01-01', '--to', '2023-08-31'], {
      encoding: 'utf8',
    });
    const r = JSON.parse(out);
    expect(r.unit).toMatchObject({ id: 'H1', name: 'Đảng bộ huyện Một', path: ['Đảng bộ tỉnh Thử', 'Đảng bộ huyện Một'] });
    expect(r.period).toEqual({ from: '2023-01-01', to: '2023-08-31' });
    expect(r.admissions).toMatchObject({ count: 3, target: 3, target_max: null, achievement_pct: 100 });
    expect(r.members).toMatchObject({ count: 2 });
    expect(r.load['units.csv']).toEqual({ rows: 10, loaded: 10, rejected: 0, errors: [] });
    expect(r.load['admissions.csv'].rows).toBe(10);
  });

  it('gives null, not 0, when no target applies', () => {
    const r = JSON.parse(report(['--data', 'tests/fixtures/tiny', '--unit', 'P', '--from', '2021-01-01', '--to', '2021-12-31']).stdout);
    expect(r.admissions).toMatchObject({ count: 1, target: null, target_max: null, achievement_pct: null });
  });

  it('fails with one line when the unit does not exist', () => {
    const r = report(['--data', 'tests/fixtures/tiny', '--unit', 'NOPE', '--from', '2023-01-01', '--to', '2023-12-31']);
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('NOPE');
  });

  it('fails with one line when a required file is missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-'));
    for (const f of ['units.csv', 'admissions.csv']) copyFileSync(join('tests/fixtures/tiny', f), join(dir, f));
    const r = report(['--data', dir, '--unit', 'P', '--from', '2023-01-01', '--to', '2023-12-31']);
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('members');
  });
});
