import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { parseArgs } from './lib/args';
import { openDataset } from './lib/open-dataset';
import type { Filters } from '../src/filters/filters';
import { isIsoDate } from '../src/filters/period';
import { defaultScope } from '../src/filters/scope';
import { makeCtx } from '../src/indicators/context';
import { periodSubUnits } from '../src/indicators/subunits';
import { buildSnapshot } from '../src/report/snapshot/build';
import { safeId } from '../src/report/snapshot/file-name';
import { buildIndexPage } from '../src/report/snapshot/index-page';
import { DEFAULT_MIN_CELL } from '../src/report/suppress';

const USAGE =
  'npm run snapshot -- --data DIR --unit ID --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.html [--children] [--min-cell K] [--lang vi|en] [--stagnant-years N] [--date YYYY-MM-DD]';

function fail(message: string): never {
  process.stderr.write(`snapshot: ${message}\n`);
  process.exit(1);
}

function intArg(v: string | true | undefined, name: string, dflt: number, min: number, max: number): number {
  if (v === undefined) return dflt;
  const n = typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : NaN;
  if (!(n >= min && n <= max)) fail(`--${name} phải là số nguyên từ ${min} đến ${max}: ${v}`);
  return n;
}

async function main() {
  let args: Record<string, string | true>;
  try {
    args = parseArgs(process.argv.slice(2), {
      data: 'value',
      unit: 'value',
      from: 'value',
      to: 'value',
      out: 'value',
      children: 'flag',
      'min-cell': 'value',
      lang: 'value',
      'stagnant-years': 'value',
      date: 'value',
    });
  } catch (e) {
    fail(`${(e as Error).message}. Cách dùng: ${USAGE}`);
  }
  const dir = typeof args.data === 'string' ? args.data : fail(`thiếu --data. Cách dùng: ${USAGE}`);
  const out = typeof args.out === 'string' ? args.out : fail(`thiếu --out. Cách dùng: ${USAGE}`);
  if (!/\.html?$/i.test(out)) fail(`--out phải là tệp .html: ${out}`);
  const lang = args.lang ?? 'vi';
  if (lang !== 'vi' && lang !== 'en') fail('--lang phải là vi hoặc en');
  const minCell = intArg(args['min-cell'], 'min-cell', DEFAULT_MIN_CELL, 1, 1000);
  const stagnantYears = intArg(args['stagnant-years'], 'stagnant-years', 3, 1, 50);
  for (const k of ['from', 'to', 'date'] as const) {
    if (typeof args[k] === 'string' && !isIsoDate(args[k] as string)) fail(`--${k} phải là ngày dạng YYYY-MM-DD: ${args[k]}`);
  }
  const generatedAt = typeof args.date === 'string' ? args.date : new Date().toISOString().slice(0, 10);
  let opened;
  try {
    opened = await openDataset(dir);
  } catch (e) {
    fail((e as Error).message);
  }
  const { engine, ds, loaded } = opened;
  for (const t of Object.values(ds.tables)) {
    if (!t) continue;
    for (const w of t.warnings) process.stderr.write(`${t.file}: ${w}\n`);
    if (t.rejected) process.stderr.write(`${t.file}: ${t.rejected}/${t.rows} dòng bị loại\n`);
  }
  const fallback = defaultScope(loaded) ?? fail('dữ liệu không có đơn vị nào');
  const f: Filters = {
    unitId: typeof args.unit === 'string' ? args.unit : fallback.unitId,
    from: typeof args.from === 'string' ? args.from : fallback.from,
    to: typeof args.to === 'string' ? args.to : fallback.to,
    clauses: [],
  };
  if (f.from > f.to) fail(`--from (${f.from}) sau --to (${f.to})`);
  if (!loaded.tree.units.has(f.unitId)) fail(`không có đơn vị mã ${f.unitId}`);
  const ctx = makeCtx(engine, loaded);
  const opts = { lang, minCell, stagnantYears, generatedAt } as const;
  mkdirSync(dirname(out) || '.', { recursive: true });
  writeFileSync(out, await buildSnapshot(ctx, f, opts));
  process.stderr.write(`${out}\n`);
  if (args.children) {
    const base = join(dirname(out), basename(out, extname(out)));
    const subs = periodSubUnits(ctx, f);
    const files: { unitId: string; name: string; file: string }[] = [];
    for (const u of subs) {
      const file = `${base}-${safeId(u.id)}.html`;
      writeFileSync(file, await buildSnapshot(ctx, { ...f, unitId: u.id }, opts));
      files.push({ unitId: u.id, name: u.name, file: basename(file) });
    }
    const index = `${base}-index.html`;
    writeFileSync(index, buildIndexPage(ctx, f, { ...opts, own: basename(out), subs: files }));
    process.stderr.write(`${index} (${files.length} đơn vị trực thuộc)\n`);
  }
  await engine.close();
}

main().catch((e) => fail((e as Error).message));
