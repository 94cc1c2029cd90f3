import { importDataset } from '../../../src/dataset/import';
import type { DatasetResult, ImportOptions, InputFile } from '../../../src/dataset/types';

/** UTF-8 bytes of a string. */
export const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** UTF-16 bytes of a string, little- or big-endian, with or without BOM. */
export function utf16(s: string, endian: 'le' | 'be', bom = true): Uint8Array {
  const out: number[] = bom ? (endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (endian === 'le') out.push(c & 0xff, c >> 8);
    else out.push(c >> 8, c & 0xff);
  }
  return new Uint8Array(out);
}

/**
 * Windows-1258 bytes, written out by hand for the letters the tests use:
 * cp1258 has ê ơ ư đ as single bytes and writes tones as combining marks
 * (0xCC grave, 0xD2 hook, 0xDE tilde, 0xEC acute, 0xF2 dot below).
 */
const CP1258: Record<string, number[]> = {
  ễ: [0xea, 0xde], ị: [0x69, 0xf2], ư: [0xfd], ợ: [0xf5, 0xf2], ờ: [0xf5, 0xcc], ã: [0x61, 0xde],
  đ: [0xf0], ả: [0x61, 0xd2], ê: [0xea], à: [0x61, 0xcc], ữ: [0xfd, 0xde], ơ: [0xf5], ố: [0xf4, 0xec],
  ớ: [0xf5, 0xec], í: [0x69, 0xec], á: [0x61, 0xec], ộ: [0xf4, 0xf2], ậ: [0xe2, 0xf2], Đ: [0xd0], â: [0xe2],
};

export function cp1258(s: string): Uint8Array {
  const out: number[] = [];
  for (const ch of s) {
    const bytes = CP1258[ch];
    if (bytes) out.push(...bytes);
    else if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
    else throw new Error(`no cp1258 bytes for ${ch} in the test table`);
  }
  return new Uint8Array(out);
}

/** A small, valid dataset: a province, a commune committee and two cells. */
export const UNITS = [
  'unit_id,parent_id,name,kind,type',
  'T,,Tỉnh A,dang_bo,',
  'X1,T,Đảng bộ xã 1,dang_bo,',
  'C1,X1,Chi bộ thôn 1,chi_bo,thon_to_dan_pho',
  'C2,X1,Chi bộ trường,chi_bo,truong_hoc',
].join('\n');
export const MEMBERS = 'member_id,unit_id,admitted_on\nM1,C1,2005-03-02\n';
export const ADMISSIONS = 'admission_id,unit_id,admitted_on\nA1,C1,2024-05-19\n';

/** Fixed "today" so birth-year bounds do not move. */
export const NOW = new Date('2025-06-01T12:00:00Z');

/** The default dataset with some files replaced (by name), added, or removed (null). */
export function files(over: Record<string, string | Uint8Array | null> = {}): InputFile[] {
  const all: Record<string, string | Uint8Array | null> = {
    'units.csv': UNITS,
    'members.csv': MEMBERS,
    'admissions.csv': ADMISSIONS,
    ...over,
  };
  return Object.entries(all)
    .filter((e): e is [string, string | Uint8Array] => e[1] !== null)
    .map(([name, content]) => ({ name, bytes: typeof content === 'string' ? utf8(content) : content }));
}

/** Imports the default dataset with some files replaced. */
export function load(over: Record<string, string | Uint8Array | null> = {}, opts: ImportOptions = {}): DatasetResult {
  return importDataset(files(over), { now: NOW, ...opts });
}

/** The data lines of a result CSV (header and trailing line break removed). */
export function dataLines(csv: string): string[] {
  return csv.split('\r\n').slice(1, -1);
}
