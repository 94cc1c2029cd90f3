/** `--key value` and `--flag` arguments; unknown keys are an error so a typo never passes silently. */
export function parseArgs(argv: string[], known: Record<string, 'value' | 'flag'>): Record<string, string | true> {
  const out: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) throw new Error(`tham số không hợp lệ: ${a}`);
    const [key, inline] = a.slice(2).split('=', 2);
    const kind = known[key];
    if (!kind) throw new Error(`tham số không biết: --${key}`);
    if (kind === 'flag') out[key] = true;
    else {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`thiếu giá trị cho --${key}`);
      out[key] = v;
    }
  }
  return out;
}

/** A whole-number argument within bounds, or `dflt` when absent; `fail` ends the command with a one-line reason. */
export function intArg(v: string | true | undefined, name: string, dflt: number, min: number, max: number, fail: (m: string) => never): number {
  if (v === undefined) return dflt;
  const n = typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : NaN;
  if (!(n >= min && n <= max)) fail(`--${name} phải là số nguyên từ ${min} đến ${max}: ${v}`);
  return n;
}
