import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const TSX = join('node_modules', '.bin', 'tsx');
const TINY = 'tests/fixtures/tiny';
const ARGS = ['--unit', 'H1', '--from', '2023-01-01', '--to', '2023-08-31'];

function report(data: string) {
  const r = spawnSync(TSX, ['scripts/report.ts', '--data', data, ...ARGS], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return { json: JSON.parse(r.stdout), stderr: r.stderr };
}

describe('npm run report on an export with title lines above the header', () => {
  it('gives the same figures as the plain file, and says which lines it skipped', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-titles-'));
    for (const f of ['units.csv', 'admissions.csv', 'targets.csv']) copyFileSync(join(TINY, f), join(dir, f));
    const members = readFileSync(join(TINY, 'members.csv'), 'utf8');
    writeFileSync(join(dir, 'members.csv'), `DANH SÁCH ĐẢNG VIÊN\nĐảng bộ huyện Một,,,\n\n${members}`);

    const plain = report(TINY);
    const titled = report(dir);
    const { load: plainLoad, ...plainFigures } = plain.json;
    const { load: titledLoad, ...titledFigures } = titled.json;
    expect(titledFigures).toEqual(plainFigures);
    expect(titledLoad).toEqual(plainLoad);
    expect(titled.stderr).toContain('members.csv: Bỏ qua 2 dòng tiêu đề phía trên (dòng 1–2) và 1 dòng trống (dòng 3); hàng tên cột là dòng 4');
    expect(plain.stderr).not.toContain('Bỏ qua');
  });
});
