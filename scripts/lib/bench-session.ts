/**
 * The bench's scripted session: what a user does on the dashboard, step by
 * step, driven through the page's own controls (the unit picker, the
 * breadcrumb, the period select, the cell-type select, the cards, the tabs,
 * the Đơn vị table, the N box), never through the address. Each step changes
 * the address; the bench times it from the user's action to the panels
 * painted for the new address.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { VIEWS } from '../../src/views/types';

export type StepKind = 'unit' | 'drill' | 'period' | 'cross-filter' | 'view' | 'stagnant-n';

export interface Step {
  kind: StepKind;
  label: string;
  /** What comes before the timed action (opening the picker, typing a name). */
  prepare?: (page: Page) => Promise<void>;
  /** The user's action itself: the click, choice or entry the timing starts from. */
  act: (page: Page) => Promise<void>;
}

interface UnitRow {
  unit_id: string;
  parent_id: string;
  name: string;
  kind: string;
  active_to: string;
}

/** The units a session visits: the root, two top-level units (provinces; districts in the sample) and a sub-unit of each. */
export interface SessionUnits {
  root: UnitRow;
  tops: [UnitRow, UnitRow];
  subs: [UnitRow, UnitRow];
}

export function sessionUnits(csvDir: string): SessionUnits {
  const rows = Papa.parse<UnitRow>(readFileSync(join(csvDir, 'units.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
  const root = rows.find((u) => !u.parent_id);
  if (!root) throw new Error('units.csv has no root unit');
  const committees = (parent: string) => rows.filter((u) => u.parent_id === parent && u.kind === 'dang_bo').sort((a, b) => a.unit_id.localeCompare(b.unit_id));
  const tops = committees(root.unit_id);
  if (tops.length === 0) throw new Error(`${root.unit_id} has no sub-committee`);
  const first = tops[0]!;
  // of the same generation as the first (the sample's districts end in 2025, the communes that replace them begin then)
  const last = tops.filter((u) => u.active_to === first.active_to).at(-1)!;
  const sub = (u: UnitRow) => committees(u.unit_id)[0] ?? u;
  return { root, tops: [first, last], subs: [sub(first), sub(last)] };
}

const tab = (id: string) => `[data-testid="tab-${id}"]`;
const SELECT_PERIOD = '[data-testid="period-preset"]';
const SELECT_CELL_TYPE = '[data-testid="dim-cell_type"]';

/** The options of a select and its current value. */
async function options(page: Page, selector: string): Promise<{ values: string[]; current: string }> {
  return (await page.evaluate(`(() => {
    const s = document.querySelector(${JSON.stringify(selector)});
    return s ? { values: [...s.options].filter((o) => !o.disabled).map((o) => o.value), current: s.value } : { values: [], current: '' };
  })()`)) as { values: string[]; current: string };
}

/**
 * The steps of one pass, at least 20 of them when every view is allowed.
 * `views` limits the tab changes; a step that needs a view (a card, the N
 * box) is left out when that view is not reached, and a drill-down through
 * the Đơn vị table falls back to the picker.
 */
export function sessionSteps(units: SessionUnits, views: readonly string[]): Step[] {
  const { root, tops, subs } = units;
  const allowed = new Set(views);
  const steps: Step[] = [];
  let current = 'overview';
  // the clauses the steps so far set, so that removing one is only asked when there is one
  const clauses = new Set<string>();

  const view = (id: string) => {
    if (!allowed.has(id) || id === current) return;
    current = id;
    const vi = VIEWS.find((v) => v.id === id)?.vi ?? id;
    steps.push({ kind: 'view', label: `tab ${vi}`, act: (p) => p.click(tab(id)) });
  };
  const picker = (u: UnitRow, kind: 'unit' | 'drill') =>
    steps.push({
      kind,
      label: `picker → ${u.unit_id}`,
      prepare: async (p) => {
        await p.click('[data-testid="unit-picker"]');
        await p.fill('[data-testid="unit-search"]', u.name);
        await p.waitForSelector(`[data-testid="unit-option"][data-unit="${u.unit_id}"]`);
      },
      act: (p) => p.click(`[data-testid="unit-option"][data-unit="${u.unit_id}"]`),
    });
  const breadcrumb = (u: UnitRow) =>
    steps.push({
      kind: 'unit',
      label: `breadcrumb → ${u.unit_id}`,
      act: (p) => p.locator('[data-testid="breadcrumb"] button', { hasText: u.name }).first().click(),
    });
  const row = (u: UnitRow) => {
    if (current !== 'units') return picker(u, 'drill');
    const sel = `[data-testid="units-table"] [data-testid="row"][data-id="${u.unit_id}"]`;
    steps.push({
      kind: 'drill',
      label: `Đơn vị row → ${u.unit_id}`,
      // the table lies below the ranking chart: scrolled to, as a user does, and drawn before the click
      prepare: async (p) => {
        // a long table draws only the rows near the viewport: scroll down until the row is drawn
        for (let i = 0; i < 60 && !(await p.$(sel)); i++) {
          await p.evaluate('window.scrollBy(0, 600)');
          await p.waitForTimeout(100);
        }
        await p.waitForSelector(sel, { state: 'attached', timeout: 10_000 });
        await p.evaluate(`document.querySelector(${JSON.stringify(sel)}).scrollIntoView({ block: 'center' })`);
      },
      act: (p) => p.click(sel),
    });
  };
  const period = (prefer: string[]) => {
    let chosen = '';
    steps.push({
      kind: 'period',
      label: `period ${prefer[0]}`,
      prepare: async (p) => {
        const { values, current: now } = await options(p, SELECT_PERIOD);
        const ok = values.filter((v) => v && v !== now);
        chosen = prefer.map((w) => ok.find((v) => v === w || v.startsWith(`${w}-`))).find(Boolean) ?? ok[0] ?? '';
        if (!chosen) throw new Error('no other period to choose');
      },
      act: async (p) => void (await p.selectOption(SELECT_PERIOD, chosen)),
    });
  };
  const cellType = (nth: number) => {
    if (nth === 0) clauses.delete('cell_type');
    else clauses.add('cell_type');
    let chosen = '';
    steps.push({
      kind: 'cross-filter',
      label: nth === 0 ? 'cell type → all' : `cell type → option ${nth}`,
      prepare: async (p) => {
        const { values, current: now } = await options(p, SELECT_CELL_TYPE);
        const codes = values.filter(Boolean);
        chosen = nth === 0 ? '' : (codes[(nth - 1) % codes.length] ?? '');
        if (chosen === now) chosen = codes.find((v) => v !== now) ?? '';
      },
      act: async (p) => void (await p.selectOption(SELECT_CELL_TYPE, chosen)),
    });
  };
  const card = () => {
    if (current !== 'composition' && current !== 'members') return;
    clauses.add('card');
    steps.push({ kind: 'cross-filter', label: `card (${current})`, act: (p) => p.locator('main button.stat.clickable').first().click() });
  };
  const removeChip = () => {
    if (clauses.size < 2) return;
    clauses.delete('card');
    steps.push({ kind: 'cross-filter', label: 'remove a chip (×)', act: (p) => p.locator('[data-testid="chip"] button').first().click() });
  };
  // with one clause left: "clear" removes only one clause at a time (each removal starts from the same clauses)
  const clearChips = () => {
    if (clauses.size === 0) return;
    clauses.clear();
    steps.push({ kind: 'cross-filter', label: 'remove the filters (chips)', act: (p) => p.click('[data-testid="chips-clear"]') });
  };
  const stagnant = (n: number) => {
    if (current !== 'cells') return;
    steps.push({ kind: 'stagnant-n', label: `N = ${n}`, act: (p) => p.fill('[data-testid="stagnant-years"]', String(n)) });
  };

  period(['y-2024']);
  view('composition');
  card();
  picker(tops[0], 'drill');
  period(['last-3']);
  cellType(1);
  view('members');
  picker(subs[0], 'unit');
  breadcrumb(tops[0]);
  view('units');
  removeChip();
  clearChips();
  breadcrumb(root);
  row(tops[1]);
  view('cells');
  stagnant(5);
  period(['term-2021-2025', 'last-5']);
  stagnant(2);
  cellType(2);
  picker(subs[1], 'unit');
  breadcrumb(root);
  view('units');
  // drill-downs stay in periods up to 2025, when the sample's districts still exist
  row(tops[0]);
  view('forms');
  cellType(0);
  period(['ytd', 'y-2025']);
  breadcrumb(root);
  view('overview');
  return steps;
}
