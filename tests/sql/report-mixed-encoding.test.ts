import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cp1258 } from '../unit/dataset/cp1258';
import { runCommand, TINY, tinyWith } from './cli';

const ARGS = ['--unit', 'H1', '--from', '2023-01-01', '--to', '2023-08-31'];

function report(data: string) {
  const r = runCommand('report', ['--data', data, ...ARGS]);
  expect(r.status, r.stderr).toBe(0);
  return { json: JSON.parse(r.stdout), stderr: r.stderr };
}

describe('npm run report on a UTF-8 members.csv with one line pasted in Windows-1258', () => {
  it('gives the same figures as the original: the other lines are not garbled', () => {
    const lines = readFileSync(join(TINY, 'members.csv'), 'utf8').split('\n');
    // «Không» (none) in UTF-8 on the other members: garbled, it would count them as religious.
    const utf8 = (l: string) => Buffer.from(`${l.replace(/^(M[1-6],(?:[^,]*,){3}[^,]*,),/, '$1Không,')}\n`, 'utf8');
    const m3 = lines.findIndex((l) => l.startsWith('M3,'));
    expect(lines[m3]).toContain('Công giáo');
    const parts = lines.slice(0, -1).map((l, i) => (i === m3 ? cp1258(`${l}\n`) : i === 0 ? Buffer.from(`${l}\n`) : utf8(l)));
    const bytes = Buffer.concat(parts);
    expect(bytes.toString('utf8')).toContain('M1,C1,nam,1960,Kinh,Không,');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const dir = tinyWith({ 'members.csv': bytes }, 'report-mixed-');

    const plain = report(TINY);
    const mixed = report(dir);
    expect(mixed.json).toEqual(plain.json);
    expect(mixed.json.members.religious).toBe(1);
    expect(mixed.json.admissions.religious).toBe(1);
    expect(mixed.stderr).toContain(`members.csv: Dòng ${m3 + 1} không phải UTF-8: đã đọc theo Windows-1258`);
    expect(plain.stderr).not.toContain('UTF-8');
  });
});
