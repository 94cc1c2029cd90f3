import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Admission, admissionTotals, buildAdmissions } from './admissions';
import { buildCandidates } from './candidates';
import { CsvWriter } from './csv-writer';
import { DATA_DATE, iso, isoOrEmpty, yearOf } from './dates';
import { type Member, membersFromAdmissions, stockMembers } from './members';
import { NameScope } from './names';
import { Random } from './random';
import { buildTargets, YEAR_WITHOUT_TARGET } from './targets';
import { AREA_HEADER, AREA_NAMES, buildProvince, type UnitRow } from './units';

export interface GenerateOptions {
  /** Members in the party at the data date. */
  members: number;
  seed: number;
  outDir: string;
}

export interface FileSummary {
  file: string;
  rows: number;
}

/** Members of one province of the sample; larger runs are split into provinces of about this size. */
export const PROVINCE_MEMBERS = 80_000;
const SAMPLE_PROVINCE_NAME = 'Lâm Giang';
/** Share of admissions whose member_id did not make it into the export. */
const UNLINKED_SHARE = 0.025;

const UNIT_COLUMNS = ['unit_id', 'parent_id', 'name', 'kind', 'type', 'active_from', 'active_to', 'successor_id', AREA_HEADER];
const MEMBER_COLUMNS = [
  'member_id', 'unit_id', 'sex', 'birth_year', 'ethnicity', 'religion', 'education', 'qualification',
  'political_theory', 'occupation', 'admitted_on', 'official_on', 'left_on', 'left_reason',
];
const ADMISSION_COLUMNS = [
  'admission_id', 'member_id', 'unit_id', 'admitted_on', 'sex', 'birth_year', 'ethnicity', 'religion',
  'education', 'qualification', 'occupation', 'youth_union', 'readmission',
];
const TARGET_COLUMNS = ['unit_id', 'from_year', 'to_year', 'target', 'target_max'];
const CANDIDATE_COLUMNS = ['candidate_id', 'unit_id', 'listed_on', 'class_completed_on', 'admitted_on', 'dropped_on', 'drop_reason'];

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function splitMembers(rng: Random, total: number): number[] {
  const n = Math.max(1, Math.round(total / PROVINCE_MEMBERS));
  if (n === 1) return [total];
  const weights = Array.from({ length: n }, () => rng.uniform(0.6, 1.5));
  const sum = weights.reduce((a, b) => a + b, 0);
  const out = weights.map((w) => Math.floor((w / sum) * total));
  out[0] += total - out.reduce((a, b) => a + b, 0);
  return out;
}

function unitLine(u: UnitRow): string[] {
  return [
    u.id, u.parentId, u.name, u.kind, u.type, isoOrEmpty(u.activeFrom), isoOrEmpty(u.activeTo), u.successorId, u.area ? AREA_NAMES[u.area] : '',
  ];
}

function memberLine(m: Member): (string | number)[] {
  const p = m.person;
  return [
    m.id, m.unitId, p.sex, p.birthYear, p.ethnicity, p.religion, p.education, p.qualification, m.politicalTheory,
    p.occupation, iso(m.admittedOn), isoOrEmpty(m.officialOn), isoOrEmpty(m.leftOn), m.leftReason,
  ];
}

function admissionLine(a: Admission): (string | number)[] {
  const p = a.person;
  return [
    a.id, a.memberId, a.cell.unit.id, iso(a.day), p.sex, p.birthYear, p.ethnicity, p.religion, p.education,
    p.qualification, p.occupation, p.youthUnion ? 'true' : 'false', p.readmission ? 'true' : 'false',
  ];
}

/**
 * Writes a deterministic, anonymized dataset in the format of
 * shared/spec/dataset-format.md: one province per ~80,000 members, streamed
 * province by province so that national scale fits in a few GB.
 */
export function generateDataset(opts: GenerateOptions): FileSummary[] {
  const { members, seed, outDir } = opts;
  mkdirSync(outDir, { recursive: true });
  const top = new Random(seed, 'provinces');
  const provinceMembers = splitMembers(top, members);
  const multi = provinceMembers.length > 1;
  const provinceNames = new NameScope(top);
  provinceNames.take(SAMPLE_PROVINCE_NAME);

  const units = new CsvWriter(join(outDir, 'units.csv'), 'units.csv', UNIT_COLUMNS);
  const memberFile = new CsvWriter(join(outDir, 'members.csv'), 'members.csv', MEMBER_COLUMNS);
  const admissionFile = new CsvWriter(join(outDir, 'admissions.csv'), 'admissions.csv', ADMISSION_COLUMNS);
  const targetFile = new CsvWriter(join(outDir, 'targets.csv'), 'targets.csv', TARGET_COLUMNS);
  const candidateFile = new CsvWriter(join(outDir, 'candidates.csv'), 'candidates.csv', CANDIDATE_COLUMNS);

  const idWidth = Math.max(6, String(Math.ceil(members * 1.6)).length);
  const admissionWidth = multi ? 6 : 5;
  const admissionSeq = new Map<number, number>();
  let memberSeq = 0;
  let candidateSeq = 0;
  const provinceTitles: string[] = [];

  if (multi) {
    units.row(unitLine({
      id: 'VN', parentId: '', name: 'Toàn quốc (dữ liệu giả lập)', kind: 'dang_bo', type: '',
      activeFrom: null, activeTo: null, successorId: '', area: '',
    }));
  }

  provinceMembers.forEach((m, pi) => {
    const code = `T${pad(pi + 1, 2)}`;
    const name = pi === 0 ? SAMPLE_PROVINCE_NAME : provinceNames.province();
    const province = buildProvince(new Random(seed, code, 'units'), { code, name, parentId: multi ? 'VN' : '', members: m });
    provinceTitles.push(province.root.name);
    for (const u of province.units) units.row(unitLine(u));

    const totals = admissionTotals(new Random(seed, code, 'totals'), pi, m);
    const admissions = buildAdmissions(new Random(seed, code, 'admissions'), province.cells, totals);
    for (const a of admissions) {
      const y = yearOf(a.day);
      const n = (admissionSeq.get(y) ?? 0) + 1;
      admissionSeq.set(y, n);
      a.id = `KN${y}-${pad(n, admissionWidth)}`;
    }

    const memberRng = new Random(seed, code, 'members');
    const all = membersFromAdmissions(memberRng, admissions);
    const aliveNew = all.reduce((s, x) => s + (x.leftOn === null ? 1 : 0), 0);
    stockMembers(memberRng, province.cells, m - aliveNew, (x) => all.push(x));
    memberRng.shuffle(all);
    for (const x of all) {
      x.id = `DV${pad(++memberSeq, idWidth)}`;
      if (x.admission && !memberRng.chance(UNLINKED_SHARE)) x.admission.memberId = x.id;
      memberFile.row(memberLine(x));
    }
    all.length = 0;
    for (const a of admissions) admissionFile.row(admissionLine(a));

    for (const t of buildTargets(new Random(seed, code, 'targets'), province, admissions, totals, pi)) {
      targetFile.row([t.unitId, t.fromYear, t.toYear, t.target, t.targetMax ?? '']);
    }
    for (const c of buildCandidates(new Random(seed, code, 'candidates'), province.cells, admissions)) {
      candidateFile.row([
        `NG${pad(++candidateSeq, idWidth)}`, c.cell.unit.id, iso(c.listedOn), isoOrEmpty(c.classOn),
        isoOrEmpty(c.admittedOn), isoOrEmpty(c.droppedOn), c.dropReason,
      ]);
    }
  });

  const files = [units, memberFile, admissionFile, targetFile, candidateFile];
  for (const f of files) f.close();
  const summary = files.map((f) => ({ file: f.name, rows: f.rows }));
  writeFileSync(join(outDir, 'README.md'), readme(opts, provinceTitles, summary));
  return summary;
}

function readme(opts: GenerateOptions, provinces: string[], summary: FileSummary[]): string {
  const where = provinces.length === 1 ? provinces[0] : `${provinces.length} tỉnh giả lập (${provinces[0]}, …)`;
  const args = `--members ${opts.members} --seed ${opts.seed}`;
  return `# Dữ liệu mẫu (giả lập) — sample dataset

Anonymized, **entirely invented** register of party-member admissions for
${where}, in the format of \`dataset-format.md\` (version 1). No real person,
card number or place is meant: names of units are invented, member ids are
pseudonyms.

- Data date (export date): **${iso(DATA_DATE)}**. Admissions from 2016-01-01 to
  ${iso(DATA_DATE)}; the last full year is 2025.
- Made by \`npm run generate -- ${args} --out <dir>\`
  (scripts/generate.ts); the same arguments give byte-identical files.
- The 2025 reorganisation: district committees end on 2025-06-30 with the
  province as successor; commune committees end on 2025-06-30 and are merged
  2-3 into new commune committees under the province (active from 2025-07-01).
  Cells keep their unit_id and their old parent: roll a new commune up through
  the \`successor_id\` of its predecessors.
- No unit has a target for ${YEAR_WITHOUT_TARGET} ("năm ${YEAR_WITHOUT_TARGET} không giao chỉ tiêu").
- \`units.csv\` has an extra column \`${AREA_HEADER}\` (${Object.values(AREA_NAMES).join(', ')}): the
  page offers it as a filter labelled with that header.
- About ${Math.round(UNLINKED_SHARE * 1000) / 10}% of admissions have an empty member_id, as in real exports.

| file | rows |
| --- | ---: |
${summary.map((s) => `| ${s.file} | ${s.rows} |`).join('\n')}
`;
}
