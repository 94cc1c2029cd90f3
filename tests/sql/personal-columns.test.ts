import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDataset, type OpenedDataset } from '../../scripts/lib/open-dataset';

// tests/fixtures/tiny, and a copy of it as an office would export it with personal columns in every file:
// names, ID, card and phone numbers, addresses, e-mails, full birth dates. The engine must hold and report
// exactly the same as from the anonymized files, and no personal value anywhere.

const TINY = 'tests/fixtures/tiny';
const TSX = join('node_modules', '.bin', 'tsx');
const run = promisify(execFile);

/** Every personal value written into the copy. */
const personal: string[] = [];
const mark = (v: string) => (personal.push(v), v);

/** `file` of tiny with `columns` added after the others, each row's values made by `values`. */
function withColumns(file: string, columns: string[], values: (row: Record<string, string>, i: number) => string[], drop: string[] = []) {
  const [head, ...rows] = readFileSync(join(TINY, file), 'utf8').trim().split('\n');
  const names = head!.split(',');
  const keep = names.map((_, j) => j).filter((j) => !drop.includes(names[j]!));
  const lines = [[...keep.map((j) => names[j]), ...columns].join(',')];
  rows.forEach((line, i) => {
    const cells = line.split(',');
    const row = Object.fromEntries(names.map((n, j) => [n, cells[j] ?? '']));
    lines.push([...keep.map((j) => cells[j]), ...values(row, i).map(mark)].join(','));
  });
  return `${lines.join('\n')}\n`;
}

let dir: string;
let plain: OpenedDataset;
let withPersonal: OpenedDataset;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'personal-'));
  writeFileSync(
    join(dir, 'units.csv'),
    withColumns('units.csv', ['Họ và tên', 'Số điện thoại', 'Bí thư chi bộ'], (_, i) => [`Phạm Văn Bí${i}`, `091200010${i}`, `Đỗ Thị Thư${i}`]),
  );
  writeFileSync(
    join(dir, 'members.csv'),
    withColumns('members.csv', ['Họ và tên đảng viên', 'Số CCCD/CMND', 'Số điện thoại di động', 'Sinh ngày', 'E-mail'], (r, i) => [
      `Nguyễn Văn Viên${i}`, `00108500011${i}`, `098700020${i}`, `17/09/${r.birth_year}`, `vien${i}@example.vn`,
    ]),
  );
  // No birth_year column here: the full birth date must become exactly that year.
  writeFileSync(
    join(dir, 'admissions.csv'),
    withColumns('admissions.csv', ['Ngày tháng năm sinh', 'Địa chỉ thường trú', 'Số thẻ đảng viên'], (r, i) => [
      r.birth_year ? `23/11/${r.birth_year}` : '', `Số ${i} ngõ Vắng`, `7300${i}`,
    ], ['birth_year']),
  );
  writeFileSync(join(dir, 'targets.csv'), withColumns('targets.csv', ['Họ tên người phụ trách', 'SĐT'], (_, i) => [`Lê Văn Chỉ${i}`, `097700030${i}`]));
  [plain, withPersonal] = await Promise.all([openDataset(TINY), openDataset(dir)]);
}, 120_000);

afterAll(async () => {
  await Promise.all([plain?.engine.close(), withPersonal?.engine.close()]);
});

/** Every row of every table and view the engine holds, as text. */
async function dump(d: OpenedDataset): Promise<Record<string, unknown[]>> {
  const tables = await d.engine.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY 1`,
  );
  const out: Record<string, unknown[]> = {};
  for (const { name } of tables) out[name] = await d.engine.query(`SELECT * FROM "${name}"`);
  return out;
}

const asText = (v: unknown) => JSON.stringify(v, (_, x: unknown) => (typeof x === 'bigint' ? x.toString() : x));

describe('personal columns in every file', () => {
  it('are dropped on import, each file saying which', () => {
    const dropped = Object.fromEntries(Object.entries(withPersonal.ds.tables).map(([t, r]) => [t, r!.droppedColumns]));
    expect(dropped).toEqual({
      units: ['Họ và tên', 'Số điện thoại', 'Bí thư chi bộ'],
      members: ['Họ và tên đảng viên', 'Số CCCD/CMND', 'Số điện thoại di động', 'Sinh ngày', 'E-mail'],
      admissions: ['Ngày tháng năm sinh', 'Địa chỉ thường trú', 'Số thẻ đảng viên'],
      targets: ['Họ tên người phụ trách', 'SĐT'],
    });
    expect(withPersonal.ds.tables.admissions!.warnings).toContain('Ngày sinh đầy đủ đã được rút gọn thành năm sinh');
    for (const t of Object.values(withPersonal.ds.tables)) expect(t!.rejected).toBe(0);
  });

  it('leave the engine holding the very same tables as the anonymized files', async () => {
    expect(withPersonal.loaded.extraColumns).toEqual(plain.loaded.extraColumns);
    expect(withPersonal.loaded.unitDimValues).toEqual({});
    const [a, b] = await Promise.all([dump(plain), dump(withPersonal)]);
    expect(Object.keys(b)).toEqual(Object.keys(a));
    expect(Object.keys(b)).toEqual(expect.arrayContaining(['units', 'members', 'admissions', 'targets', 'fact_admissions', 'fact_members']));
    // the same rows, whatever order a GROUP BY or a recursive walk gave them in
    const rows = (t: unknown[] | undefined) => (t ?? []).map((r) => asText(r)).sort();
    for (const name of Object.keys(a)) expect(rows(b[name]), name).toEqual(rows(a[name]));
  });

  it('leave no personal value in the engine or the import result', async () => {
    expect(personal.length).toBeGreaterThan(50);
    const text = asText(await dump(withPersonal)) + asText(withPersonal.ds);
    for (const v of personal.filter((x) => x !== '')) expect(text, v).not.toContain(v);
    expect(text).not.toMatch(/17\/09|23\/11|-09-17|-11-23|example\.vn|ngõ/);
  });

  it.each([
    ['P', '2023-01-01', '2023-12-31'],
    ['H2', '2020-01-01', '2025-12-31'],
  ])('npm run report gives the same figures for %s, %s to %s', async (unit, from, to) => {
    const report = async (data: string) => {
      const { stdout } = await run(TSX, ['scripts/report.ts', '--data', data, '--unit', unit, '--from', from, '--to', to]);
      return JSON.parse(stdout) as Record<string, unknown>;
    };
    const [a, b] = await Promise.all([report(TINY), report(dir)]);
    expect(b).toEqual(a);
    expect(JSON.stringify(b)).not.toMatch(/Phạm Văn|Nguyễn Văn|Lê Văn|Đỗ Thị|0912000|0987000/);
  });
});
