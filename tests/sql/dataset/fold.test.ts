import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HEADER_ALIASES } from '../../../src/dataset/aliases';
import { foldSql } from '../../../src/dataset/checks';
import { BOOLEAN_KEYS, CODE_KEYS } from '../../../src/dataset/code-aliases';
import { CODES } from '../../../src/dataset/codes';
import { foldKey } from '../../../src/dataset/text';
import { engine } from './helpers';

/**
 * A code value is found in the alias table by its folded key: the table's
 * keys are folded by JavaScript (`foldKey`), the file's values by SQL
 * (`foldSql`). Both must fold every alias source alike, or a value that
 * JavaScript would accept is refused.
 */

/** Every string literal of code-aliases.ts: the value aliases, which it does not export. */
const VALUE_ALIASES = [...readFileSync(new URL('../../../src/dataset/code-aliases.ts', import.meta.url), 'utf8').matchAll(/'([^'\\\n]*)'/g)].map((m) => m[1]!);

const SOURCES = [
  ...Object.values(CODES).flatMap((list) => list.flatMap((c) => [c.code, c.vi, c.en])),
  ...VALUE_ALIASES,
  ...Object.values(CODE_KEYS).flatMap((m) => [...m.keys()]),
  ...BOOLEAN_KEYS.keys(),
  ...Object.values(HEADER_ALIASES).flatMap((t) => Object.entries(t).flat(2)),
  'Đảng Ủy', 'NỮ', 'Kinh ', 'Thạc sỹ', '12/12', 'Cao cấp lý luận chính trị',
  ' Nữ\t', 'xoá tên', 'Xóa Tên', 'Hoà', 'ĐẢNG BỘ CƠ SỞ', 'Thôn, bản, tổ dân phố', 'Nông, lâm, ngư nghiệp', 'Quân đội, công an',
  'Ê Đê', 'có', 'KHÔNG', 'Tiến sĩ khoa học', '9/12', '10/10', '--nam--', 'chi_bo', 'Chi-bộ', '  ', '', '_',
];

/** Each source as files write it too: capitals, decomposed accents (as macOS writes them), spaces around. */
const VARIANTS = [...new Set(SOURCES.flatMap((s) => [s, s.toUpperCase(), s.normalize('NFD'), s.toUpperCase().normalize('NFD'), ` ${s} `]))];

describe('foldSql', () => {
  it('folds every alias source as foldKey does', async () => {
    expect(SOURCES.length).toBeGreaterThan(300);
    const e = await engine();
    const differ: [string, string, string][] = [];
    for (const s of VARIANTS) {
      const [row] = await e.query<{ k: string | null }>(`SELECT ${foldSql('?')} AS k`, [s]);
      if (row!.k !== foldKey(s)) differ.push([s, foldKey(s), String(row!.k)]);
    }
    expect(differ).toEqual([]);
  });

  it('folds the tricky ones to the keys the alias table has', async () => {
    const e = await engine();
    const fold = async (s: string) => (await e.query<{ k: string }>(`SELECT ${foldSql('?')} AS k`, [s]))[0]!.k;
    expect(await fold('Đảng Ủy')).toBe('dang_uy');
    expect(await fold('NỮ')).toBe('nu');
    expect(await fold('Kinh ')).toBe('kinh');
    expect(await fold('Thạc sỹ')).toBe('thac_sy');
    expect(await fold('12/12')).toBe('12_12');
    expect(await fold('Cao cấp lý luận chính trị')).toBe('cao_cap_ly_luan_chinh_tri');
    expect(CODE_KEYS.political_theory.get(await fold('Cao cấp lý luận chính trị'))).toBe('cao_cap');
    expect(CODE_KEYS.education.get(await fold('12/12'))).toBe('thpt');
  });
});
