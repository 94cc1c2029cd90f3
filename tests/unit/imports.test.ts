import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(n) ? [p] : [];
  });
}

const IMPORT = /^(?:import|export)\s[^;]*?from\s+['"](\.[^'"]+)['"]/gm;

/** Each source file of src/ and the source files it imports (type-only imports included: they bind modules too). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const f of files('src')) {
    const deps: string[] = [];
    for (const m of readFileSync(f, 'utf8').matchAll(IMPORT)) {
      const target = normalize(join(dirname(f), m[1]!));
      const hit = ['', '.ts', '.tsx', '/index.ts'].map((ext) => target + ext).find((p) => existsSync(p) && statSync(p).isFile());
      if (hit) deps.push(hit);
    }
    graph.set(f, deps);
  }
  return graph;
}

/** The groups of files that import each other round a loop (Tarjan's strongly connected components of more than one file). */
function cycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  let n = 0;
  const visit = (v: string) => {
    index.set(v, n);
    low.set(v, n++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1) out.push(group.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return out;
}

/** The folders under src/ each folder's files import from, besides its own. */
function folderImports(graph: Map<string, string[]>, folder: string): string[] {
  const top = (p: string) => p.split(/[\\/]/)[1] ?? '';
  const used = new Set<string>();
  for (const [f, deps] of graph) if (top(f) === folder) for (const d of deps) if (top(d) !== folder) used.add(top(d));
  return [...used].sort();
}

describe('the import structure of src/', () => {
  const graph = importGraph();

  it('has no import cycles', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('the check finds a cycle', () => {
    expect(cycles(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]))).toEqual([['a', 'b', 'c']]);
  });

  it('keeps the lower layers free of the upper ones', () => {
    // the engine knows nothing of the app but the words of SQL; loading and validation only the engine (and the languages)
    expect(folderImports(graph, 'engine')).toEqual(['vocab']);
    // the coordinator sits on the engine alone: every question of the app goes through it
    expect(folderImports(graph, 'query')).toEqual(['engine', 'vocab']);
    expect(folderImports(graph, 'dataset')).toEqual(['engine', 'vocab']);
    // chart options are pure functions of rows; mounting them is the UI's
    expect(folderImports(graph, 'charts')).toEqual(['dataset', 'i18n']);
    // the shared vocabulary sits below everything; the filters below the indicators that read them
    expect(folderImports(graph, 'vocab')).toEqual([]);
    expect(folderImports(graph, 'filters')).toEqual(['dataset', 'i18n', 'model', 'vocab']);
  });

  it('keeps the definitions and the tables built from them below the indicators', () => {
    const outside = (folder: string, allowed: string[]) => folderImports(graph, folder).filter((f) => !allowed.includes(f));
    // the registry is data and SQL text: at most the dataset's languages and code lists
    expect(outside('registry', ['dataset', 'vocab'])).toEqual([]);
    // the page, the command line and the tests build the same tables from the same definitions
    expect(outside('warehouse', ['dataset', 'engine', 'registry', 'vocab'])).toEqual([]);
    // indicators read: they know nothing of the screens, the reports or the loading
    expect(folderImports(graph, 'indicators').filter((f) => ['app', 'App.tsx', 'report', 'ui', 'views'].includes(f))).toEqual([]);
    const store = normalize('src/model/store.ts');
    expect([...graph].filter(([f, deps]) => f.startsWith(normalize('src/indicators/')) && deps.includes(store)).map(([f]) => f)).toEqual([]);
  });
});
