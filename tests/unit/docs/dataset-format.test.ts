import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BIRTH_DATE_HEADERS, FILE_ALIASES, HEADER_ALIASES, HEADER_KEYS, IDENTIFYING_HEADERS } from '../../../src/dataset/aliases';
import { BOOLEAN_KEYS, CODE_KEYS } from '../../../src/dataset/code-aliases';
import { CODES, type CodeListName } from '../../../src/dataset/codes';
import {
  IDENTIFYING_EXAMPLES, IDENTIFYING_KINDS, IDENTIFYING_WHOLE, IDENTIFYING_WORDS, NOT_IDENTIFYING_COMPOUNDS,
  NOT_IDENTIFYING_EXAMPLES, headerWords, identifyingKind, type IdentifyingKind,
} from '../../../src/dataset/identifying';
import { DELIMITERS } from '../../../src/dataset/parse-csv';
import { ROW_RULES } from '../../../src/dataset/row-rules';
import { REQUIRED_TABLES, TABLE_COLUMNS, TABLE_NAMES } from '../../../src/dataset/schema';
import { foldKey } from '../../../src/dataset/text';
import { codeSpans, mentions, rowKey, sections, tableStartingWith, type Section } from './markdown';

/**
 * docs/dataset-format.md is what an office's IT person reads before an
 * export: every column, code and header the importer knows must be in it, in
 * the right place, and nothing it does not know. The lists come from the code.
 */
const DOC = readFileSync(new URL('../../../docs/dataset-format.md', import.meta.url), 'utf8');

function section(list: Section[], test: (s: Section) => boolean, what: string): Section {
  const found = list.filter(test);
  if (found.length !== 1) throw new Error(`docs/dataset-format.md: expected one section for ${what}, found ${found.length}`);
  return found[0]!;
}

const h2 = sections(DOC, 2);
const tableSection = (table: string) => section(h2, (s) => codeSpans(s.heading)[0] === `${table}.csv`, `${table}.csv`);
const codesSection = section(h2, (s) => /^Codes\b/.test(s.heading), 'Codes');
const codeListSection = (list: CodeListName) =>
  section(sections(codesSection.body, 3), (s) => codeSpans(s.heading)[0] === list, `the code list ${list}`);

/** The rows of a table by their key (the first cell's code span). */
function byKey(rows: string[][]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const r of rows) {
    const k = rowKey(r);
    if (k !== undefined) out.set(k, r);
  }
  return out;
}

const folded = (cells: string[]) => new Set(cells.flatMap((c) => codeSpans(c)).map(foldKey));

describe('docs/dataset-format.md follows the code', () => {
  it('lists every file, whether it is required, and the file names recognised', () => {
    const files = tableStartingWith(h2.find((s) => /^Files\b/.test(s.heading))!.body, 'file', 'required');
    expect(files.rows.map(rowKey)).toEqual(TABLE_NAMES.map((t) => `${t}.csv`));
    for (const t of TABLE_NAMES) {
      const row = byKey(files.rows).get(`${t}.csv`)!;
      expect(row[1], `${t}.csv required`).toBe(REQUIRED_TABLES.includes(t) ? 'yes' : 'no');
      const names = folded(row.slice(3));
      for (const alias of FILE_ALIASES[t]) expect(names.has(foldKey(alias)), `file name ${alias} of ${t}`).toBe(true);
      for (const n of names) expect(FILE_ALIASES[t].map(foldKey), `file name ${n} listed for ${t}`).toContain(n);
    }
  });

  describe.each(TABLE_NAMES)('%s.csv', (table) => {
    const body = () => tableSection(table).body;

    it('has exactly the columns of the code, in order, with their type, label, requiredness and row rules', () => {
      const t = tableStartingWith(body(), 'column', 'shown as', 'type', 'required');
      expect(t.rows.map(rowKey)).toEqual(TABLE_COLUMNS[table].map((c) => c.name));
      const rows = byKey(t.rows);
      for (const spec of TABLE_COLUMNS[table]) {
        const [, shownAs, type, required, rule = ''] = rows.get(spec.name)!;
        expect(shownAs, `${table}.${spec.name} shown as`).toBe(spec.vi);
        expect(codeSpans(type!), `${table}.${spec.name} type`).toEqual(spec.codes ? [spec.type, spec.codes] : [spec.type]);
        expect(required, `${table}.${spec.name} required`).toBe(spec.required ? 'yes' : '');
        for (const r of ROW_RULES[table].filter((x) => x.column === spec.name)) {
          expect(codeSpans(rule), `${table}.${spec.name}: ${r.kind} ${r.other}`).toContain(r.other);
        }
      }
    });

    it('lists every header alias under its column, and no header the code does not recognise', () => {
      const rows = byKey(tableStartingWith(body(), 'column', 'headers recognised').rows);
      expect([...rows.keys()].sort()).toEqual(Object.keys(HEADER_ALIASES[table]).sort());
      for (const [column, aliases] of Object.entries(HEADER_ALIASES[table])) {
        const listed = folded(rows.get(column)!.slice(1));
        for (const alias of aliases) expect(listed.has(foldKey(alias)), `${table}: header «${alias}» for ${column}`).toBe(true);
        for (const key of listed) expect(HEADER_KEYS[table].get(key)?.column, `${table}: listed header ${key}`).toBe(column);
      }
    });
  });

  it('has a section for every code list', () => {
    const lists = sections(codesSection.body, 3).map((s) => codeSpans(s.heading)[0]);
    expect(lists.sort()).toEqual(Object.keys(CODES).sort());
  });

  describe.each(Object.keys(CODES) as CodeListName[])('code list %s', (list) => {
    it('lists every code with its labels, and every value the importer accepts for it', () => {
      const t = tableStartingWith(codeListSection(list).body, 'code', 'vietnamese', 'english', 'also accepted');
      expect(t.rows.map(rowKey)).toEqual(CODES[list].map((c) => c.code));
      const rows = byKey(t.rows);
      for (const c of CODES[list]) {
        const [, vi, en] = rows.get(c.code)!;
        expect([vi, en], `${list}.${c.code} labels`).toEqual([c.vi, c.en]);
      }
      for (const [key, code] of CODE_KEYS[list]) {
        const row = rows.get(code)!;
        const said = new Set([foldKey(row[1]!), foldKey(row[2]!), ...folded(row)]);
        expect(said.has(key), `${list}: value «${key}» for ${code}`).toBe(true);
      }
      for (const [code, row] of rows) {
        for (const key of folded(row.slice(3))) expect(CODE_KEYS[list].get(key), `${list}: listed value ${key}`).toBe(code);
      }
    });
  });

  it('names the yes/no words and the delimiters the importer reads', () => {
    const values = section(h2, (s) => /^Values\b/.test(s.heading), 'Values').body;
    const said = mentions(values);
    for (const word of BOOLEAN_KEYS.keys()) expect(said.has(word), `boolean ${word}`).toBe(true);
    const reading = section(h2, (s) => /^Reading a file\b/.test(s.heading), 'Reading a file').body;
    for (const d of DELIMITERS) expect(d === '\t' ? /\btab\b/.test(reading) : codeSpans(reading).includes(d), `delimiter ${JSON.stringify(d)}`).toBe(true);
  });

  describe('Personal data', () => {
    const personal = () => section(h2, (s) => /^Personal data\b/.test(s.heading), 'Personal data').body;
    const paragraph = (test: (p: string) => boolean, what: string) => {
      const found = personal().split('\n\n').map((p) => p.trim().replace(/\s+/g, ' ')).filter(test);
      if (found.length !== 1) throw new Error(`Personal data: expected one paragraph ${what}, found ${found.length}`);
      return found[0]!;
    };
    const csvFiles = (text: string) => [...new Set(codeSpans(text).filter((s) => s.endsWith('.csv')))].sort();
    /** Code spans as the words the importer matches: `Số ĐT` → "so dt". */
    const phrases = (text: string) => new Set(codeSpans(text).map((s) => headerWords(s).join(' ')));
    const kinds = () => tableStartingWith(personal(), 'what', 'kind', 'words anywhere in the header', 'the whole header');

    it('screens every file', () => {
      const first = paragraph((p) => p.includes('is dropped on'), 'saying what is dropped');
      expect(csvFiles(first)).toEqual(TABLE_NAMES.map((t) => `${t}.csv`).sort());
    });

    it('lists every kind, in the order tried, with exactly the words and whole headers the code matches', () => {
      const t = kinds();
      expect(t.rows.map(rowKey)).toEqual([...IDENTIFYING_KINDS]);
      for (const row of t.rows) {
        const kind = rowKey(row) as IdentifyingKind;
        const code = (list: readonly string[]) => new Set(list.map((w) => headerWords(w).join(' ')));
        expect(phrases(row[2] ?? ''), `${kind}: words anywhere`).toEqual(code(IDENTIFYING_WORDS[kind]));
        expect(phrases(row[3] ?? ''), `${kind}: whole headers`).toEqual(code(IDENTIFYING_WHOLE[kind]));
      }
    });

    it('gives examples of each kind that the code recognises as that kind, the code\'s examples among them', () => {
      for (const row of kinds().rows) {
        const kind = rowKey(row) as IdentifyingKind;
        const examples = codeSpans(row[4] ?? '');
        expect(examples.length, `${kind}: examples`).toBeGreaterThan(0);
        for (const h of examples) expect(identifyingKind(h), `${kind}: example «${h}»`).toBe(kind);
        for (const h of IDENTIFYING_EXAMPLES[kind]) expect(examples, `${kind}: example «${h}» of the code`).toContain(h);
      }
      const said = mentions(personal());
      for (const h of [...IDENTIFYING_HEADERS, ...BIRTH_DATE_HEADERS]) expect(said.has(foldKey(h)), `identifying header «${h}»`).toBe(true);
      for (const h of ['Họ và tên đảng viên', 'Số CCCD/CMND', 'Số điện thoại di động', 'Sinh ngày', 'Ngày tháng năm sinh']) {
        expect(said.has(foldKey(h)), `header «${h}» of the spec`).toBe(true);
      }
    });

    it('names the headers kept although they look personal, and the code keeps them', () => {
      const keptPara = paragraph((p) => p.startsWith('Kept, for example:'), 'listing kept headers');
      const kept = codeSpans(keptPara);
      for (const h of kept) expect(identifyingKind(h), `kept header «${h}»`).toBeNull();
      expect(kept.sort()).toEqual([...NOT_IDENTIFYING_EXAMPLES].sort());
      const what = paragraph((p) => p.startsWith('**What is kept.**'), 'on what is kept');
      for (const c of NOT_IDENTIFYING_COMPOUNDS) expect(codeSpans(what), `compound «${c}»`).toContain(c);
      // A table's own header that would otherwise be taken for a person's (units.csv: `name`, `Tên`) is named there.
      for (const table of TABLE_NAMES) {
        for (const [column, aliases] of Object.entries(HEADER_ALIASES[table])) {
          for (const h of [column, ...aliases].filter((x) => identifyingKind(x))) {
            expect(codeSpans(what), `${table}: «${h}» is ${column}`).toContain(h);
            expect(csvFiles(what), `${table}: «${h}» is ${column}`).toContain(`${table}.csv`);
          }
        }
      }
    });

    it('says which files reduce a full birth date to the year, and which drop it', () => {
      const birth = paragraph((p) => p.startsWith('**A full birth date**'), 'on the full birth date');
      const [reduced, dropped] = birth.split('When the file has');
      const withYear = TABLE_NAMES.filter((t) => TABLE_COLUMNS[t].some((c) => c.name === 'birth_year'));
      expect(csvFiles(reduced ?? '')).toEqual(withYear.map((t) => `${t}.csv`).sort());
      expect(csvFiles(dropped ?? '')).toEqual(TABLE_NAMES.filter((t) => !withYear.includes(t)).map((t) => `${t}.csv`).sort());
      const spans = codeSpans(reduced ?? '');
      for (const h of BIRTH_DATE_HEADERS) expect(spans, `birth date header «${h}»`).toContain(h);
    });
  });
});
