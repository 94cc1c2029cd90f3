import type { Lang } from '../../dataset/types';
import { formatNumber, formatPercent } from '../../i18n/format';
import { cellsToHide, isSmall, publishedCount, type SumGroup } from '../suppress';

/** What a secondarily hidden count prints (the forms' sign). */
export const SECONDARY = 'x';

/**
 * Every count a snapshot prints, registered under one id before anything is
 * written, so that one suppression decision holds across the KPI tiles, the
 * paragraph, the tables and the charts: a value hidden in one place is hidden
 * wherever it appears (the same id), and additive sets get their secondary
 * suppression from `cellsToHide` over all the groups at once.
 */
export class Published {
  private readonly values = new Map<string, number>();
  private readonly exempt = new Set<string>();
  private readonly forced = new Set<string>();
  private readonly groups: SumGroup[] = [];
  private hidden: Set<string> | null = null;

  constructor(
    readonly k: number,
    readonly lang: Lang,
  ) {}

  /** Registers a count; registering the same id twice with another value is a bug. */
  set(id: string, value: number): this {
    const had = this.values.get(id);
    if (had !== undefined && had !== value) throw new Error(`snapshot: ${id} registered as ${had} and ${value}`);
    this.values.set(id, value);
    this.hidden = null;
    return this;
  }

  /**
   * A count of organisations listed by name next to it (the cells of a list):
   * hiding it would hide nothing, so it is printed as is.
   */
  setExempt(id: string, value: number): this {
    this.exempt.add(id);
    return this.set(id, value);
  }

  /** Parts that add up to a total as printed (or a signed balance: any one of them follows from the others). */
  group(total: string, parts: string[]): this {
    this.groups.push({ total, parts });
    this.hidden = null;
    return this;
  }

  /** Two ids printed for the same number (a kind and an age band that coincide). */
  same(a: string, b: string): this {
    return this.group(a, [b]);
  }

  /** Hidden whatever its value, e.g. because another published table hides it. */
  force(id: string): this {
    this.forced.add(id);
    this.hidden = null;
    return this;
  }

  /** The true value, hidden or not: for matching the same number printed by another module, never for printing. */
  valueOf(id: string): number {
    return this.value(id);
  }

  has(id: string): boolean {
    return this.values.has(id);
  }

  private solved(): Set<string> {
    if (this.hidden) return this.hidden;
    // exempt ids pass as 0 (never small, never picked), forced ones as 1 (always small)
    const input = new Map<string, number | null>();
    for (const [id, v] of this.values) input.set(id, this.forced.has(id) ? 1 : this.exempt.has(id) ? 0 : v);
    const groups = this.groups.map((g) => ({ total: g.total, parts: g.parts.filter((p) => this.values.has(p)) }));
    this.hidden = cellsToHide(input, groups, this.k);
    return this.hidden;
  }

  private value(id: string): number {
    const v = this.values.get(id);
    if (v === undefined) throw new Error(`snapshot: ${id} printed but never registered`);
    return v;
  }

  isHidden(id: string): boolean {
    this.value(id);
    return this.solved().has(id);
  }

  /** The number when it may be printed, null when hidden. */
  raw(id: string): number | null {
    return this.isHidden(id) ? null : this.value(id);
  }

  /** Hidden although not small (secondary suppression): printed "x", as the official forms print it. */
  isSecondary(id: string): boolean {
    return this.isHidden(id) && !isSmall(this.value(id), this.k);
  }

  /** `1.114`; `< 5` for a small count; `x` for a count hidden so that a small one cannot be recovered. */
  count(id: string): string {
    if (this.isSecondary(id)) return SECONDARY;
    return publishedCount(this.value(id), this.isHidden(id), this.k, this.lang);
  }

  /** count / total × 100 with two decimals; `—` when either is hidden or the total is 0. */
  share(id: string, totalId: string, decimals = 2): string {
    const p = this.shareValue(id, totalId);
    return p === null ? '—' : formatPercent(p, this.lang, decimals);
  }

  shareValue(id: string, totalId: string): number | null {
    const [n, t] = [this.raw(id), this.raw(totalId)];
    if (n === null || t === null || t <= 0) return null;
    return Math.round((n / t) * 10000) / 100;
  }

  /** A mean over the people counted by `countId`: hidden with it (one person's mean is their age). */
  mean(value: number | null, countId: string): string {
    return value === null || this.isHidden(countId) ? '—' : formatNumber(value, this.lang, 1);
  }

  /** Whether anything was hidden: the publication then carries the note. */
  anyHidden(): boolean {
    return this.solved().size > 0;
  }

  anySecondary(): boolean {
    return [...this.solved()].some((id) => this.isSecondary(id));
  }

  /** The hidden ids with their true values: for tests that search the output for leaks. */
  hiddenValues(): Map<string, number> {
    return new Map([...this.solved()].map((id) => [id, this.value(id)]));
  }
}
