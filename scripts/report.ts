import { parseArgs } from './lib/args';
import { openDataset } from './lib/open-dataset';
import { defaultScope } from '../src/filters/scope';
import { isIsoDate } from '../src/filters/period';
import { buildReport, type ReportJson } from '../src/report/report-json';
import { formatCount, formatDate, formatPercent } from '../src/i18n/format';

const USAGE = 'npm run report -- --data DIR --unit ID --from YYYY-MM-DD --to YYYY-MM-DD [--format json|text]';

function fail(message: string): never {
  process.stderr.write(`report: ${message}\n`);
  process.exit(1);
}

function text(r: ReportJson): string {
  const a = r.admissions;
  const lines = [
    `${r.unit.path.join(' › ')}`,
    `Kỳ: ${formatDate(r.period.from, 'vi')} – ${formatDate(r.period.to, 'vi')}`,
    `Kết nạp: ${formatCount(a.count, 'vi')}`,
    `Chỉ tiêu: ${a.target === null ? 'không giao chỉ tiêu' : formatCount(a.target, 'vi') + (a.target_max !== null ? ` – ${formatCount(a.target_max, 'vi')}` : '')}`,
    `Đạt: ${a.achievement_pct === null ? '—' : formatPercent(a.achievement_pct, 'vi')}`,
    `Đảng viên cuối kỳ: ${formatCount(r.members.count, 'vi')}`,
  ];
  return lines.join('\n');
}

async function main() {
  let args: Record<string, string | true>;
  try {
    args = parseArgs(process.argv.slice(2), { data: 'value', unit: 'value', from: 'value', to: 'value', format: 'value' });
  } catch (e) {
    fail(`${(e as Error).message}. Cách dùng: ${USAGE}`);
  }
  const dir = typeof args.data === 'string' ? args.data : fail(`thiếu --data. Cách dùng: ${USAGE}`);
  const format = args.format ?? 'json';
  if (format !== 'json' && format !== 'text') fail(`--format phải là json hoặc text`);
  for (const k of ['from', 'to'] as const) {
    if (typeof args[k] === 'string' && !isIsoDate(args[k] as string)) fail(`--${k} phải là ngày dạng YYYY-MM-DD: ${args[k]}`);
  }
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
  const scope = {
    unitId: typeof args.unit === 'string' ? args.unit : fallback.unitId,
    from: typeof args.from === 'string' ? args.from : fallback.from,
    to: typeof args.to === 'string' ? args.to : fallback.to,
  };
  if (scope.from > scope.to) fail(`--from (${scope.from}) sau --to (${scope.to})`);
  if (!loaded.tree.units.has(scope.unitId)) fail(`không có đơn vị mã ${scope.unitId}`);
  const report = await buildReport(engine, loaded, ds, scope);
  process.stdout.write(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : `${text(report)}\n`);
  await engine.close();
}

main().catch((e) => fail((e as Error).message));
