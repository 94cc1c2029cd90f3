/**
 * The tab's peak memory, read from outside the browser: the peak resident set
 * (VmHWM in /proc/<pid>/status) of Chromium's renderer processes started by
 * this process. A page's DuckDB worker and its WebAssembly memory live in the
 * renderer, so this counts the JS heap, the wasm heap and the DOM together.
 * Linux only; elsewhere it reports null.
 */
import { readdirSync, readFileSync } from 'node:fs';

function read(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** The pids whose ancestry leads to `root`. */
function descendants(root: number): number[] {
  const parent = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = read(`/proc/${name}/stat`);
    // the command name may hold spaces and parentheses: the fields after the last ')' are fixed
    const ppid = stat ? Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) : NaN;
    if (Number.isFinite(ppid)) parent.set(Number(name), ppid);
  }
  const out: number[] = [];
  for (const pid of parent.keys()) {
    for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p)) {
      if (p === root) {
        out.push(pid);
        break;
      }
    }
  }
  return out;
}

/** Samples the renderers every `everyMs` until stopped; the peak seen by any one of them, in MB. */
export function watchRendererMemory(everyMs = 500): { stop: () => number | null } {
  if (process.platform !== 'linux') return { stop: () => null };
  let peakKb = 0;
  const sample = () => {
    for (const pid of descendants(process.pid)) {
      if (!(read(`/proc/${pid}/cmdline`) ?? '').includes('--type=renderer')) continue;
      const hwm = /VmHWM:\s+(\d+) kB/.exec(read(`/proc/${pid}/status`) ?? '');
      if (hwm) peakKb = Math.max(peakKb, Number(hwm[1]));
    }
  };
  const timer = setInterval(sample, everyMs);
  return {
    stop: () => {
      sample();
      clearInterval(timer);
      return peakKb ? Math.round(peakKb / 1024) : null;
    },
  };
}
