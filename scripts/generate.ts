/**
 * Writes the sample dataset: `npm run generate -- --members N --seed S --out DIR`.
 * Defaults: 80,000 members, seed 1, into data/.
 */
import { generateDataset } from './generate/index';

function parseArgs(argv: string[]): { members: number; seed: number; outDir: string } {
  const opts = { members: 80_000, seed: 1, outDir: 'data' };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === '--members' || flag === '--seed') {
      const n = Number(value);
      if (!Number.isInteger(n) || (flag === '--members' ? n < 100 : n < 0)) {
        throw new Error(`${flag} expects ${flag === '--members' ? 'an integer of at least 100' : 'a non-negative integer'}, got "${value}"`);
      }
      if (flag === '--members') opts.members = n;
      else opts.seed = n;
      i++;
    } else if (flag === '--out') {
      if (!value) throw new Error('--out expects a directory');
      opts.outDir = value;
      i++;
    } else {
      throw new Error(`unknown argument "${flag}" (use --members N --seed S --out DIR)`);
    }
  }
  return opts;
}

try {
  const opts = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const summary = generateDataset(opts);
  for (const s of summary) console.log(`${s.file.padEnd(15)} ${String(s.rows).padStart(10)} rows  -> ${opts.outDir}/${s.file}`);
  console.error(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} catch (err) {
  console.error(`generate: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
