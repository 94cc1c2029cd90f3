import { commandArgs, intArg } from './lib/args';
import { openScope } from './lib/open-scope';
import { codeLabel } from '../src/dataset/codes';
import { ADMISSION_FLAGS, bandLabel, MEMBER_INDICATORS } from '../src/registry';
import { buildReport, type ReportJson } from '../src/report/report-json';
import { previousNote } from '../src/report/comparison-text';
import { formatCount, formatDate, formatNumber, formatPercent } from '../src/i18n/format';

const USAGE =
  'npm run report -- --data DIR --unit ID --from YYYY-MM-DD --to YYYY-MM-DD [--format json|text] [--stagnant-years N] [--lang vi|en]';

/** Ends the command: each line of `message` (one per reason) said on a line of its own. */
function fail(message: string): never {
  for (const line of message.split('\n')) process.stderr.write(`report: ${line}\n`);
  process.exit(1);
}

/** The text summary lists this many cells without admission; the JSON has them all. */
const TEXT_CELLS = 20;
const n = (v: number) => formatCount(v, 'vi');
const age = (v: number | null) => (v === null ? '—' : formatNumber(v, 'vi', 1));

/** A readable Vietnamese summary: the headline lines, the breakdowns, the cells, the paragraph. */
function text(r: ReportJson): string {
  const a = r.admissions;
  const m = r.members;
  const flagCounts = a as unknown as Record<string, number>;
  const memberCounts = m as unknown as Record<string, number>;
  const st = r.cells_without_admission;
  const c = r.comparison;
  const to = Number(r.period.to.slice(0, 4));
  const lines = [
    `${r.unit.path.join(' › ')}`,
    `Kỳ: ${formatDate(r.period.from, 'vi')} – ${formatDate(r.period.to, 'vi')}`,
    `Kết nạp: ${n(a.count)}`,
    `Chỉ tiêu: ${a.target === null ? 'không giao chỉ tiêu' : n(a.target) + (a.target_max !== null ? ` – ${n(a.target_max)}` : '')}`,
    `Đạt: ${a.achievement_pct === null ? '—' : formatPercent(a.achievement_pct, 'vi')}`,
    `  Kết nạp ${previousNote(c.admissions, c.admissions_change, c.admissions_change_pct, c, 'vi').replace(/^./, (x) => x.toLowerCase())}`,
    ...ADMISSION_FLAGS.map((f) => `  ${f.label.vi}: ${n(flagCounts[f.id])}`),
    `  Tuổi bình quân khi kết nạp: ${age(a.mean_age)}`,
    `  Độ tuổi khi kết nạp: ${Object.entries(a.age_bands)
      .map(([k, v]) => `${bandLabel(k, 'vi')}: ${n(v)}`)
      .join('; ')}`,
    ...progressLines(r),
    `Đảng viên cuối kỳ: ${n(m.count)}`,
    `  Đảng viên ${previousNote(c.members, null, null, c, 'vi').replace(/^./, (x) => x.toLowerCase())}`,
    ...MEMBER_INDICATORS.map((d) => `  ${d.label.vi}: ${n(memberCounts[d.id])}`),
    `  Tuổi bình quân: ${age(m.mean_age)}`,
    `Chi bộ có kết nạp trong kỳ:`,
    ...Object.entries(r.coverage).map(
      ([type, c]) => `  ${type === 'unknown' ? 'Chưa rõ loại' : codeLabel('type', type, 'vi')}: ${n(c.with_admission)}/${n(c.cells)} chi bộ, ${n(c.admissions)} đảng viên`,
    ),
    `Chi bộ không kết nạp được đảng viên trong ${n(st.years)} năm (${to - st.years + 1}–${to}): ${n(st.count)}`,
    ...st.cells.slice(0, TEXT_CELLS).map(
      (c) =>
        `  ${c.path.join(' › ')} — ${c.type ? codeLabel('type', c.type, 'vi') : 'chưa rõ loại'}; ${n(c.members)} đảng viên, ${n(c.aged_61_plus)} từ 61 tuổi; ` +
        `kết nạp gần nhất: ${c.last_admission_year ?? 'chưa có trong dữ liệu'}`,
    ),
    ...(st.cells.length > TEXT_CELLS ? [`  … và ${n(st.cells.length - TEXT_CELLS)} chi bộ khác (đầy đủ trong --format json)`] : []),
    '',
    r.narrative,
  ];
  return lines.join('\n');
}

/** The year's progress and the sub-units at risk, when the period lies inside one year. */
function progressLines(r: ReportJson): string[] {
  const p = r.progress;
  const lines: string[] = [];
  if (p) {
    lines.push(
      `Tiến độ chỉ tiêu năm ${p.year} (đến ${formatDate(p.as_of, 'vi')}): đã kết nạp ${n(p.admitted)}/${n(p.target)}, còn ${n(p.remaining)}; ` +
        `tỷ lệ thường đạt ${formatPercent(p.usual_share * 100, 'vi', 1)}, dự kiến cả năm ${n(p.projected)}${p.at_risk ? ' — có nguy cơ không đạt' : ''}`,
    );
  }
  if (r.at_risk_units.length) {
    // on 31/12 the year is over: the sub-units did not reach their targets, rather than risk not to
    const asOf = r.data_date && r.data_date < r.period.to ? r.data_date : r.period.to;
    lines.push(`Đơn vị trực thuộc ${asOf.endsWith('-12-31') ? 'không đạt' : 'có nguy cơ không đạt'} chỉ tiêu: ${n(r.at_risk_units.length)}`);
    for (const u of r.at_risk_units)
      lines.push(`  ${u.name}: ${n(u.admitted)}/${n(u.target)}, dự kiến ${n(u.projected)}${u.ready_candidates === null ? '' : `; ${n(u.ready_candidates)} quần chúng đã học lớp nhận thức`}`);
  }
  return lines;
}

async function main() {
  let args;
  try {
    args = commandArgs(process.argv.slice(2), {
      data: { type: 'string' },
      unit: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      format: { type: 'string' },
      'stagnant-years': { type: 'string' },
      lang: { type: 'string' },
    });
  } catch (e) {
    fail(`${(e as Error).message}. Cách dùng: ${USAGE}`);
  }
  const dir = args.data ?? fail(`thiếu --data. Cách dùng: ${USAGE}`);
  const format = args.format ?? 'json';
  if (format !== 'json' && format !== 'text') fail(`--format phải là json hoặc text`);
  const lang = args.lang ?? 'vi';
  if (lang !== 'vi' && lang !== 'en') fail(`--lang phải là vi hoặc en`);
  const stagnantYears = intArg(args['stagnant-years'], 'stagnant-years', 3, 1, 50, fail);
  const { engine, ds, loaded, scope } = await openScope(dir, args, fail, lang);
  const report = await buildReport(engine, loaded, ds, scope, { stagnantYears, lang });
  process.stdout.write(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : `${text(report)}\n`);
  await engine.close();
}

main().catch((e) => fail((e as Error).message));
