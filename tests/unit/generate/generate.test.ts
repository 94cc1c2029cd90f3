import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../../scripts/generate/index';

const FILES = ['units.csv', 'members.csv', 'admissions.csv', 'targets.csv', 'candidates.csv', 'README.md'];

/** Minimal CSV reader: the generator quotes nothing but unit names. */
function readCsv(path: string): Record<string, string>[] {
  const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
  const header = lines[0].split(',');
  return lines.slice(1).map((line) => {
    const fields: string[] = [];
    let cur = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (quoted) {
        if (ch === '"' && line[i + 1] === '"') {
          cur += '"';
          i++;
        } else if (ch === '"') quoted = false;
        else cur += ch;
      } else if (ch === '"') quoted = true;
      else if (ch === ',') {
        fields.push(cur);
        cur = '';
      } else cur += ch;
    }
    fields.push(cur);
    return Object.fromEntries(header.map((h, i) => [h, fields[i] ?? '']));
  });
}

describe('scripts/generate', () => {
  let dirA: string;
  let dirB: string;

  beforeAll(() => {
    dirA = mkdtempSync(join(tmpdir(), 'gen-a-'));
    dirB = mkdtempSync(join(tmpdir(), 'gen-b-'));
    generateDataset({ members: 3000, seed: 7, outDir: dirA });
    generateDataset({ members: 3000, seed: 7, outDir: dirB });
  });

  afterAll(() => {
    rmSync(dirA, { recursive: true, force: true });
    rmSync(dirB, { recursive: true, force: true });
  });

  it('writes byte-identical files for the same seed', () => {
    for (const f of FILES) {
      expect(readFileSync(join(dirA, f)).equals(readFileSync(join(dirB, f))), f).toBe(true);
    }
    expect(readFileSync(join(dirA, 'units.csv'))[0]).not.toBe(0xef);
  });

  it('writes a different dataset for another seed', () => {
    const dirC = mkdtempSync(join(tmpdir(), 'gen-c-'));
    try {
      generateDataset({ members: 3000, seed: 8, outDir: dirC });
      expect(readFileSync(join(dirC, 'members.csv')).equals(readFileSync(join(dirA, 'members.csv')))).toBe(false);
    } finally {
      rmSync(dirC, { recursive: true, force: true });
    }
  });

  it('keeps every reference, date and share in range', () => {
    const units = readCsv(join(dirA, 'units.csv'));
    const members = readCsv(join(dirA, 'members.csv'));
    const admissions = readCsv(join(dirA, 'admissions.csv'));
    const targets = readCsv(join(dirA, 'targets.csv'));
    const candidates = readCsv(join(dirA, 'candidates.csv'));
    const byId = new Map(units.map((u) => [u.unit_id, u]));
    expect(byId.size).toBe(units.length);

    for (const u of units) {
      if (u.parent_id) expect(byId.has(u.parent_id), u.unit_id).toBe(true);
      if (u.successor_id) expect(byId.has(u.successor_id), u.unit_id).toBe(true);
      const seen = new Set<string>();
      for (let id = u.unit_id; id; id = byId.get(id)!.parent_id) {
        expect(seen.has(id), `cycle at ${id}`).toBe(false);
        seen.add(id);
      }
    }
    const memberIds = new Set(members.map((m) => m.member_id));
    expect(memberIds.size).toBe(members.length);
    const alive = members.filter((m) => !m.left_on).length;
    expect(alive).toBe(3000);
    for (const m of members) {
      expect(byId.get(m.unit_id)?.kind).toBe('chi_bo');
      if (m.official_on) expect(m.official_on > m.admitted_on && m.official_on <= '2026-10-31').toBe(true);
      if (m.left_on) expect(m.left_on >= m.admitted_on && m.left_on <= '2026-10-31').toBe(true);
    }
    for (const a of admissions) {
      const cell = byId.get(a.unit_id);
      expect(cell?.kind).toBe('chi_bo');
      expect(a.admitted_on >= '2016-01-01' && a.admitted_on <= '2026-10-31', a.admission_id).toBe(true);
      expect(!cell!.active_from || cell!.active_from <= a.admitted_on).toBe(true);
      expect(!cell!.active_to || cell!.active_to >= a.admitted_on).toBe(true);
      if (a.member_id) expect(memberIds.has(a.member_id)).toBe(true);
    }
    for (const t of targets) expect(byId.has(t.unit_id)).toBe(true);
    for (const c of candidates) expect(byId.has(c.unit_id)).toBe(true);

    const youth = admissions.filter((a) => {
      const age = Number(a.admitted_on.slice(0, 4)) - Number(a.birth_year);
      return age >= 18 && age <= 30;
    }).length;
    const share = (youth / admissions.length) * 100;
    expect(share).toBeGreaterThanOrEqual(55);
    expect(share).toBeLessThanOrEqual(75);
  });
});
