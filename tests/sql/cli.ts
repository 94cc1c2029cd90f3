import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TSX = join('node_modules', '.bin', 'tsx');

/** The tiny dataset, whose every figure is counted by hand in the tests. */
export const TINY = 'tests/fixtures/tiny';

/** A copy of tests/fixtures/tiny in a new folder, with the given files written over or added. */
export function tinyWith(change: Record<string, string | Buffer>, prefix = 'tiny-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(TINY, dir, { recursive: true });
  for (const [name, content] of Object.entries(change)) writeFileSync(join(dir, name), content);
  return dir;
}

/** Runs a command of scripts/ (`report`, `snapshot`) as `npm run` does. */
export function runCommand(command: 'report' | 'snapshot', args: string[]): SpawnSyncReturns<string> {
  return spawnSync(TSX, [`scripts/${command}.ts`, ...args], { encoding: 'utf8' });
}
