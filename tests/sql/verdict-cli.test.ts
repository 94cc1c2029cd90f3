import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isIgnoredEntry, readDatasetDir } from '../../scripts/lib/open-dataset';
import { readSources } from '../../src/dataset/load';
import { problemLine } from '../../src/dataset/verdict';
import { createNodeEngine } from '../../src/engine/node';
import type { Engine } from '../../src/engine/types';
import { loadDataset } from '../../src/model/store';
import { runCommand, TINY, tinyWith } from './cli';

/**
 * The page and `npm run report` give one verdict: for each folder made from
 * tests/fixtures/tiny, the page's import of the same files (every file it is
 * given, as by a drop) and the command agree on accepted or refused, on the
 * reasons, line for line, and on the rows loaded.
 */
const ARGS = ['--unit', 'P', '--from', '2023-01-01', '--to', '2023-12-31'];

function folder(change: Record<string, string | Buffer>): string {
  return tinyWith(change, 'verdict-');
}

/** The page's engine: one for the file, as the page has one for its dataset after dataset. */
let engine: Promise<Engine> | null = null;
afterAll(async () => {
  if (engine) await (await engine).close();
});

/** What the page makes of the files of `dir`, dropped on it all at once (README.md aside, see below). */
async function pageVerdict(dir: string, lang: 'vi' | 'en' = 'vi') {
  const dropped = readdirSync(dir)
    .filter((n) => !isIgnoredEntry(n))
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
  const { ds, verdict: v } = await loadDataset(await (engine ??= createNodeEngine()), await readSources(dropped, lang), { lang });
  const loaded = Object.fromEntries(Object.values(ds.tables).map((t) => [t!.file, t!.loaded]));
  return { ok: v.ok, lines: v.ok ? [] : v.problems.map(problemLine), loaded };
}

function report(dir: string, extra: string[] = []) {
  return runCommand('report', ['--data', dir, ...ARGS, ...extra]);
}

const HEADER_ONLY = `${readFileSync(join(TINY, 'members.csv'), 'utf8').split('\n')[0]}\n`;

const CASES: [string, Record<string, string | Buffer>][] = [
  ['a header-only members.csv', { 'members.csv': HEADER_ONLY }],
  ['a .parquet beside the CSVs', { 'candidates.parquet': Buffer.from('PAR1\0\0PAR1') }],
  ['the same table twice (members.csv and dang_vien.csv)', { 'dang_vien.csv': readFileSync(join(TINY, 'members.csv')) }],
  ['an unknown file', { 'ghi_chu.csv': 'a,b\n1,2\n' }],
  ['an .xls and a PDF', { 'units.xls': 'x', 'bao_cao.pdf': '%PDF-1.4\n' }],
];

describe('one verdict for the page and npm run report', () => {
  it.each(CASES)('%s: refused by both, with the same reasons, one line each', async (_, change) => {
    const dir = folder(change);
    const page = await pageVerdict(dir);
    expect(page.ok).toBe(false);
    expect(page.lines.length).toBeGreaterThan(0);
    const r = report(dir);
    expect(r.status).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual(page.lines.map((l) => `report: ${l}`));
  });

  it('a header-only members.csv: the page counts its rows as the command would, zero, and refuses', async () => {
    const page = await pageVerdict(folder({ 'members.csv': HEADER_ONLY }));
    expect(page.loaded['members.csv']).toBe(0);
    expect(page.lines).toEqual([
      'members.csv: Tệp «members.csv» (bảng bắt buộc members) không có dòng hợp lệ nào: chỉ có hàng tên cột, không có dòng dữ liệu.',
    ]);
  });

  it('says the reasons in English with --lang en', async () => {
    const dir = folder({ 'candidates.parquet': 'PAR1' });
    const r = report(dir, ['--lang', 'en']);
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toEqual((await pageVerdict(dir, 'en')).lines.map((l) => `report: ${l}`));
    expect(r.stderr).toContain('cannot be read; only CSV (.csv, .tsv, .txt)');
  });

  it('npm run snapshot refuses the same folder with the same reasons and writes nothing', async () => {
    const dir = folder({ 'members.csv': HEADER_ONLY, 'x.parquet': 'PAR1' });
    const out = join(dir, 'out.html');
    const r = runCommand('snapshot', ['--data', dir, ...ARGS, '--out', out]);
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toEqual((await pageVerdict(dir)).lines.map((l) => `snapshot: ${l}`));
    expect(readdirSync(dir)).not.toContain('out.html');
  });

  it('the good folder: accepted by both, with the same rows loaded', async () => {
    const dir = folder({ '.DS_Store': 'x', 'GHI_CHU.md': '# notes' });
    const page = await pageVerdict(dir);
    expect(page.ok).toBe(true);
    const r = report(dir);
    expect(r.status).toBe(0);
    const loaded = Object.fromEntries(Object.entries(JSON.parse(r.stdout).load as Record<string, { loaded: number }>).map(([f, t]) => [f, t.loaded]));
    expect(loaded).toEqual(page.loaded);
  });

  it('the command reads every file of the folder but hidden files, Markdown notes and sub-folders', () => {
    const dir = folder({ '.hidden.csv': 'x', 'README.md': '# x', 'bang.parquet': 'PAR1' });
    cpSync(TINY, join(dir, 'old'), { recursive: true });
    expect(readDatasetDir(dir).map((f) => f.name)).toEqual(['admissions.csv', 'bang.parquet', 'members.csv', 'targets.csv', 'units.csv']);
  });
});
