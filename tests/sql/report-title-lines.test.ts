import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCommand, TINY, tinyWith } from './cli';

const ARGS = ['--unit', 'H1', '--from', '2023-01-01', '--to', '2023-08-31'];

function report(data: string) {
  const r = runCommand('report', ['--data', data, ...ARGS]);
  expect(r.status, r.stderr).toBe(0);
  return { json: JSON.parse(r.stdout), stderr: r.stderr };
}

describe('npm run report on an export with title lines above the header', () => {
  it('gives the same figures as the plain file, and says which lines it skipped', () => {
    const members = readFileSync(join(TINY, 'members.csv'), 'utf8');
    const dir = tinyWith({ 'members.csv': `DANH SÁCH ĐẢNG VIÊN\nĐảng bộ huyện Một,,,\n\n${members}` }, 'report-titles-');

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
