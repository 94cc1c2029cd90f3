/**
 * The bench in the browser: loads of a prepared dataset, cold (a fresh
 * context, so an empty HTTP cache) and warm (a reload in the same context),
 * and the scripted session, each step timed from the user's action to the
 * panels painted. Every wait has a timeout; whatever fails is recorded as a
 * reason and the rest goes on.
 */
import type { Browser, Page } from 'playwright-core';
import { queriesIn, preparedIn, WORKER_LOG_SCRIPT, type Sent } from './worker-log';
import type { Step, StepKind } from './bench-session';

/**
 * Run before the page's scripts: keeps every main-thread task over 50 ms
 * (PerformanceObserver 'longtask') with its start, so that a step can ask for
 * the longest one since it began.
 */
const LONG_TASK_SCRIPT = String.raw`(() => {
  window.__longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (window.__longTasks.length < 20000) window.__longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
})()`;

export interface Load {
  /** Navigation start to the first data-ready, on the page's clock; null when it failed. */
  ms: number | null;
  failed?: string;
  /** The app's own timings of its load steps (`data-timings` of the load report). */
  timings?: Record<string, number>;
  /** Engine statements run before data-ready (prepared ones apart). */
  queries?: number;
}

export interface Interaction {
  pass: number;
  kind: StepKind;
  label: string;
  /** Action to painted panels; null when it failed. */
  ms: number | null;
  failed?: string;
  /** The address the panels were painted for. */
  search?: string;
  /** Whether the page showed its progress bar meanwhile (attaching a province's file does). */
  progress?: boolean;
  /** The longest main-thread task from the action to the paint. */
  longestTask?: number;
  queries?: number;
}

export interface Timeouts {
  loadMs: number;
  stepMs: number;
}

/** Why something failed, on one line. */
export const reasonOf = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0]!.slice(0, 300);

export async function newBenchPage(browser: Browser, t: Timeouts): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // for finding a control (a tab, a chip, an option): once the page is settled, one missing is a failed step, not a slow one
  context.setDefaultTimeout(Math.min(t.stepMs, 15_000));
  const page = await context.newPage();
  await page.addInitScript(WORKER_LOG_SCRIPT);
  await page.addInitScript(LONG_TASK_SCRIPT);
  return page;
}

/** Navigates (`goto` or `reload`) and waits for the first data-ready, or for the page to say the load failed. */
export async function timedLoad(page: Page, navigate: () => Promise<unknown>, t: Timeouts): Promise<Load> {
  try {
    await navigate();
    // a function, not a string: the page's Content-Security-Policy forbids evaluating strings
    await page.waitForFunction(() => document.body?.dataset.ready === '1' || !!document.querySelector('[data-testid="load-report"][data-ok="0"], .fatal'), null, {
      timeout: t.loadMs,
      polling: 100,
    });
    const r = (await page.evaluate(`(() => ({
      ready: document.body.dataset.ready === '1',
      problem: [...document.querySelectorAll('[data-testid="load-problem"], .fatal')].map((e) => e.textContent).join(' | '),
      readyAt: window.__readyAt,
      timings: document.querySelector('[data-testid="load-report"]')?.getAttribute('data-timings') ?? '{}',
      log: window.__engineLog,
    }))()`)) as { ready: boolean; problem: string; readyAt: number; timings: string; log: Sent[] };
    if (!r.ready) return { ms: null, failed: `the page refused the dataset: ${r.problem.slice(0, 300)}` };
    return { ms: Math.round(r.readyAt), timings: JSON.parse(r.timings) as Record<string, number>, queries: queriesIn(r.log.filter((q) => q.start < r.readyAt)) };
  } catch (e) {
    return { ms: null, failed: reasonOf(e) };
  }
}

/**
 * Armed just before the action: its start is the first input event the page
 * sees (so Playwright's own round trips are left out); its end the first frame
 * painted after the page says ready for an address other than the one before.
 * A task posted from that frame's animation callback runs once the frame is
 * painted. A MutationObserver sees the ready signal as it is set.
 */
const ARM = String.raw`(() => {
  const a = (window.__act = { armed: performance.now(), before: location.search, t0: null, painted: null, progress: false });
  const begin = () => { if (a.t0 === null) a.t0 = performance.now(); };
  const kinds = ['pointerdown', 'keydown', 'beforeinput', 'input', 'change'];
  for (const k of kinds) addEventListener(k, begin, { capture: true });
  window.__engineLog = [];
  const tick = () => {
    if (a.painted !== null) return;
    if (document.querySelector('[data-testid="progress"]')) a.progress = true;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  const obs = new MutationObserver(() => {
    const b = document.body.dataset;
    if (b.ready !== '1' || b.readyFor !== location.search || location.search === a.before) return;
    obs.disconnect();
    for (const k of kinds) removeEventListener(k, begin, { capture: true });
    requestAnimationFrame(() => {
      const after = new MessageChannel();
      after.port1.onmessage = () => (a.painted = performance.now());
      after.port2.postMessage(null);
    });
  });
  obs.observe(document.body, { attributes: true, attributeFilter: ['data-ready', 'data-ready-for'] });
})()`;

const READ = String.raw`(() => {
  const a = window.__act;
  const t0 = a.t0 ?? a.armed;
  const longest = Math.max(0, ...window.__longTasks.filter(([s, d]) => s + d >= t0).map(([, d]) => d));
  return { ms: a.painted - t0, t0, search: location.search, progress: a.progress, longest, log: window.__engineLog };
})()`;

/** Waits until the page shows the current address and holds nothing back. */
export async function settled(page: Page, t: Timeouts): Promise<void> {
  await page.waitForFunction(() => document.body.dataset.ready === '1' && document.body.dataset.held === undefined, null, { timeout: t.stepMs, polling: 50 });
}

/** One step: its preparation, then the timed action. */
export async function timedStep(page: Page, step: Step, pass: number, t: Timeouts, profile: boolean): Promise<Interaction> {
  const base = { pass, kind: step.kind, label: step.label };
  try {
    // the step before may still be drawing what is out of sight (body[data-held]): a user would not click mid-way
    await settled(page, t);
    if (step.prepare) await step.prepare(page);
    await settled(page, t);
    await page.evaluate(ARM);
    await step.act(page);
    await page.waitForFunction(() => (window as unknown as { __act: { painted: number | null } }).__act.painted !== null, null, { timeout: t.stepMs, polling: 50 });
    const r = (await page.evaluate(READ)) as { ms: number; t0: number; search: string; progress: boolean; longest: number; log: Sent[] };
    if (profile) printProfile(`${step.label}`, Math.round(r.ms), r.t0, r.log);
    return { ...base, ms: Math.round(r.ms), search: r.search, progress: r.progress, longestTask: Math.round(r.longest), queries: queriesIn(r.log) };
  } catch (e) {
    // a picker left open would swallow the next step's clicks
    await page.keyboard.press('Escape').catch(() => undefined);
    return { ...base, ms: null, failed: reasonOf(e) };
  }
}

/** The longest main-thread task since `since` (the page's clock). */
export async function longestTaskSince(page: Page, since: number): Promise<number> {
  return Math.round((await page.evaluate(`Math.max(0, ...window.__longTasks.filter(([s, d]) => s + d >= ${since}).map(([, d]) => d))`)) as number);
}

/** --profile: what a step sent to the engine, when, and the worker's time on each (it answers one message at a time). */
function printProfile(label: string, took: number, t0: number, log: readonly Sent[]) {
  const done = log.filter((q) => q.answered !== null).sort((a, b) => a.answered! - b.answered!);
  let prev = 0;
  const own = done.map((q) => {
    const t = q.answered! - Math.max(q.start, prev);
    prev = q.answered!;
    return t;
  });
  const busy = own.reduce((a, b) => a + b, 0);
  console.log(`    ${label}: ${took} ms, ${queriesIn(log)} queries (+${preparedIn(log)} prepared), ${Math.round(busy)} ms in the worker`);
  done.forEach((q, i) => {
    const at = (n: number) => String(Math.round(n - t0)).padStart(6);
    console.log(`      ${at(q.start)} ${at(q.answered!)} own ${String(Math.round(own[i]!)).padStart(5)}  ${q.type.padEnd(15)} ${q.sql.slice(0, 90)}`);
  });
  for (const q of log) if (q.answered === null) console.log(`      ${String(Math.round(q.start - t0)).padStart(6)}   (unanswered)  ${q.type.padEnd(15)} ${q.sql.slice(0, 90)}`);
}
