import { isIsoDate } from '../../src/filters/period';
import { defaultScope } from '../../src/filters/scope';
import type { Lang } from '../../src/dataset/types';
import type { Scope } from '../../src/vocab/scope';
import { openDataset, type OpenedDataset } from './open-dataset';

/**
 * What `report` and `snapshot` share: the data folder loaded as the page loads
 * it (warnings and rejected rows to stderr), and the unit and period of the
 * arguments, defaulting to the root unit and the last full year. `fail` ends
 * the command with a one-line reason, or with one line per reason when the
 * page would refuse the folder's files (`datasetVerdict`), in `lang`.
 */
export async function openScope(
  dir: string,
  args: { unit?: string; from?: string; to?: string },
  fail: (message: string) => never,
  lang: Lang = 'vi',
): Promise<OpenedDataset & { scope: Scope }> {
  for (const k of ['from', 'to'] as const) {
    if (typeof args[k] === 'string' && !isIsoDate(args[k] as string)) fail(`--${k} phải là ngày dạng YYYY-MM-DD: ${args[k]}`);
  }
  let opened: OpenedDataset;
  try {
    opened = await openDataset(dir, lang);
  } catch (e) {
    fail((e as Error).message);
  }
  for (const t of Object.values(opened.ds.tables)) {
    if (!t) continue;
    for (const w of t.warnings) process.stderr.write(`${t.file}: ${w}\n`);
    if (t.rejected) process.stderr.write(`${t.file}: ${t.rejected}/${t.rows} dòng bị loại\n`);
  }
  const fallback = defaultScope(opened.loaded) ?? fail('dữ liệu không có đơn vị nào');
  const scope: Scope = {
    unitId: args.unit ?? fallback.unitId,
    from: args.from ?? fallback.from,
    to: args.to ?? fallback.to,
  };
  if (scope.from > scope.to) fail(`--from (${scope.from}) sau --to (${scope.to})`);
  if (!opened.loaded.tree.units.has(scope.unitId)) fail(`không có đơn vị mã ${scope.unitId}`);
  return { ...opened, scope };
}
