import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util's reasons, said in Vietnamese as the rest of the commands speak. */
function reason(e: unknown): string {
  const { code, message } = e as { code?: string; message: string };
  const what = /'([^' ]+)/.exec(message)?.[1] ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `tham số không biết: ${what}`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `tham số không hợp lệ: ${what}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return message.includes('does not take') ? `${what} không nhận giá trị` : `thiếu giá trị cho ${what}`;
    default:
      return message;
  }
}

/**
 * A command's `--key value` and `--flag` options, read by node:util's
 * `parseArgs` in strict mode: an unknown key, a missing value or a stray
 * word is an error, so a typo never passes silently.
 */
export function commandArgs<const O extends Options>(argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values;
  } catch (e) {
    throw new Error(reason(e), { cause: e });
  }
}

/** A whole-number argument within bounds, or `dflt` when absent; `fail` ends the command with a one-line reason. */
export function intArg(v: string | undefined, name: string, dflt: number, min: number, max: number, fail: (m: string) => never): number {
  if (v === undefined) return dflt;
  const n = /^\d+$/.test(v) ? Number(v) : NaN;
  if (!(n >= min && n <= max)) fail(`--${name} phải là số nguyên từ ${min} đến ${max}: ${v}`);
  return n;
}
