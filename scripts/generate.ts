/**
 * Writes the sample dataset: `npm run generate -- --members N --seed S --out DIR`.
 * Defaults: 80,000 members, seed 1, into data/.
 */
import { generateDataset } from './generate/index';
import { commandArgs } from './lib/args';

/** The options, checked: a typo or a bad number stops the command with its reason. */
function options(argv: string[]): { members: number; seed: number; outDir: string } {
  const args = commandArgs(argv, { members: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' } });
  const whole = (v: string | undefined, name: string, dflt: number, min: number) => {
    if (v === undefined) return dflt;
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} phải là số nguyên từ ${min} trở lên: ${v}`);
    return n;
  };
  return { members: whole(args.members, 'members', 80_000, 100), seed: whole(args.seed, 'seed', 1, 0), outDir: args.out ?? 'data' };
}

try {
  const opts = options(process.argv.slice(2));
  const started = Date.now();
  const summary = generateDataset(opts);
  for (const s of summary) console.log(`${s.file.padEnd(15)} ${String(s.rows).padStart(10)} rows  -> ${opts.outDir}/${s.file}`);
  console.error(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} catch (err) {
  console.error(`generate: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
