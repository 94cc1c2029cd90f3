import { commandArgs } from './lib/args';
import { DatasetRefused } from './lib/open-dataset';
import { prepareDataset } from './lib/prepare';

const USAGE = 'npm run prepare-data -- --data DIR --out DIR [--split auto|always|never] [--lang vi|en]';

/** Ends the command: each line of `message` (one per reason) said on a line of its own. */
function fail(message: string): never {
  for (const line of message.split('\n')) process.stderr.write(`prepare-data: ${line}\n`);
  process.exit(1);
}

let args: { data?: string; out?: string; lang?: string; split?: string };
try {
  args = commandArgs(process.argv.slice(2), { data: { type: 'string' }, out: { type: 'string' }, lang: { type: 'string' }, split: { type: 'string' } });
} catch (e) {
  fail(`${(e as Error).message}. Cách dùng: ${USAGE}`);
}
if (!args.data || !args.out) fail(`thiếu --data hoặc --out. Cách dùng: ${USAGE}`);
const lang = args.lang === 'en' ? 'en' : 'vi';
const split = args.split ?? 'auto';
if (split !== 'auto' && split !== 'always' && split !== 'never') fail(`--split phải là auto, always hoặc never: ${split}. Cách dùng: ${USAGE}`);
const started = performance.now();
try {
  const timings: Record<string, number> = {};
  const m = await prepareDataset(args.data, args.out, lang, split, timings);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const files = m.parts ? `${m.summary} và ${Object.keys(m.parts).length} tệp của các đơn vị cấp trên cơ sở trực thuộc (parts/)` : Object.keys(m.files).join(', ');
  process.stdout.write(`${args.out}: ${m.units} đơn vị, dữ liệu đến ${m.dataDate ?? '—'}; ${files}, manifest.json (${seconds} s)\n`);
  // where the time went, step by step (docs/performance.md reads it)
  process.stdout.write(`  ${Object.entries(timings).map(([step, ms]) => `${step} ${(ms / 1000).toFixed(1)} s`).join(', ')}\n`);
} catch (e) {
  fail(e instanceof DatasetRefused ? e.message : `${(e as Error).message}`);
}
