import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { commandArgs, intArg } from './lib/args';
import { openScope } from './lib/open-scope';
import type { Filters } from '../src/filters/filters';
import { isIsoDate } from '../src/filters/period';
import { makeCtx } from '../src/indicators/context';
import { periodSubUnits } from '../src/indicators/subunits';
import { buildSnapshot } from '../src/report/snapshot/build';
import { safeId } from '../src/report/snapshot/file-name';
import { buildIndexPage } from '../src/report/snapshot/index-page';
import { DEFAULT_MIN_CELL } from '../src/report/suppress';

const USAGE =
  'npm run snapshot -- --data DIR --unit ID --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.html [--children] [--min-cell K] [--lang vi|en] [--stagnant-years N] [--date YYYY-MM-DD]';

/** Ends the command: each line of `message` (one per reason) said on a line of its own. */
function fail(message: string): never {
  for (const line of message.split('\n')) process.stderr.write(`snapshot: ${line}\n`);
  process.exit(1);
}

async function main() {
  let args;
  try {
    args = commandArgs(process.argv.slice(2), {
      data: { type: 'string' },
      unit: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      out: { type: 'string' },
      children: { type: 'boolean' },
      'min-cell': { type: 'string' },
      lang: { type: 'string' },
      'stagnant-years': { type: 'string' },
      date: { type: 'string' },
    });
  } catch (e) {
    fail(`${(e as Error).message}. Cách dùng: ${USAGE}`);
  }
  const dir = args.data ?? fail(`thiếu --data. Cách dùng: ${USAGE}`);
  const out = args.out ?? fail(`thiếu --out. Cách dùng: ${USAGE}`);
  if (!/\.html?$/i.test(out)) fail(`--out phải là tệp .html: ${out}`);
  const lang = args.lang ?? 'vi';
  if (lang !== 'vi' && lang !== 'en') fail('--lang phải là vi hoặc en');
  const minCell = intArg(args['min-cell'], 'min-cell', DEFAULT_MIN_CELL, 1, 1000, fail);
  const stagnantYears = intArg(args['stagnant-years'], 'stagnant-years', 3, 1, 50, fail);
  if (args.date !== undefined && !isIsoDate(args.date)) fail(`--date phải là ngày dạng YYYY-MM-DD: ${args.date}`);
  const generatedAt = args.date ?? new Date().toISOString().slice(0, 10);
  const { engine, loaded, scope } = await openScope(dir, args, fail, lang);
  const f: Filters = { ...scope, clauses: [] };
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
