import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { fetchFolder } from './app/import-files';
import { tooBigForPage } from './app/limits';
import { attachPartsFor, getEngine, loadFiles, loadPreparedFolder, type LoadOutcome, type LoadStep } from './app/session';
import { readUrl, writeUrl, type UrlState, type ViewState } from './app/url-state';
import type { Lang } from './dataset/types';
import { setClause, toggleClause, withoutClause, type Filters } from './filters/filters';
import type { Period } from './filters/period';
import { periodPresets } from './filters/presets';
import { scopeFromParams } from './filters/scope';
import { formatCount, formatDate, formatNumber } from './i18n/format';
import { t } from './i18n/strings';
import { forUnit, makeCtx, type Ctx } from './indicators/context';
import type { Dimension } from './indicators/dimensions';
import type { Scope } from './vocab/scope';
import type { LoadedDataset } from './model/loaded';
import { unitPath } from './model/tree';
import { ExportReport } from './ui/ExportReport';
import { DimSelect, FilterChips } from './ui/FilterChips';
import { LoadPanel, type LoadAttempt } from './ui/LoadPanel';
import { PeriodPicker } from './ui/PeriodPicker';
import { UnitPicker } from './ui/UnitPicker';
import { CellsView } from './views/cells/CellsView';
import { CompositionView } from './views/composition/CompositionView';
import { MembersView } from './views/members/MembersView';
import { OverviewView } from './views/overview/OverviewView';
import { VIEWS, type ViewId, type ViewProps } from './views/types';
import { FormsView } from './views/forms/FormsView';
import { Presentation } from './views/present/Presentation';
import { UnitsView } from './views/units/UnitsView';
import { ReadySignal } from './views/ReadySignal';

interface Busy {
  message: string;
  fraction: number | null;
}

function scopeOf(url: UrlState, loaded: LoadedDataset): Scope | null {
  const p = new URLSearchParams();
  if (url.unit) p.set('unit', url.unit);
  if (url.from) p.set('from', url.from);
  if (url.to) p.set('to', url.to);
  return scopeFromParams(p, loaded);
}

function stepMessage(lang: Lang, s: LoadStep): Busy {
  if (s.step === 'tables') return { message: t(lang, 'buildingTables'), fraction: null };
  if (s.step === 'decode') return { message: t(lang, 'decodingFiles'), fraction: null };
  const p = s.progress;
  return {
    message: t(lang, 'readingRows', { file: p.file, rows: formatCount(p.rows, lang) }),
    fraction: p.totalBytes ? p.bytes / p.totalBytes : null,
  };
}

/** The dimensions before a dataset is loaded: one array, so that what is computed from them stays put. */
const NO_DIMS: Dimension[] = [];

const VIEW_COMPONENTS: Record<ViewId, (p: ViewProps) => React.JSX.Element> = {
  overview: OverviewView,
  composition: CompositionView,
  members: MembersView,
  cells: CellsView,
  units: UnitsView,
  forms: FormsView,
};

export function App() {
  const [url, setUrl] = useState<UrlState>(() => readUrl());
  const lang = url.lang;
  const [dataset, setDataset] = useState<{ ctx: Ctx; source: string } | null>(null);
  const [busy, setBusy] = useState<Busy | null>({ message: t(lang, 'loading'), fraction: null });
  const [fatal, setFatal] = useState<string | null>(null);
  const [attempt, setAttempt] = useState<LoadAttempt | null>(null);
  const loaded = dataset?.ctx.loaded;
  const scope = useMemo(() => (loaded ? scopeOf(url, loaded) : null), [url, loaded]);
  const dims = dataset?.ctx.dims ?? NO_DIMS;
  // Clauses on dimensions this dataset lacks (an extra column of another file) are dropped.
  const clauses = useMemo(() => url.clauses.filter((c) => dims.some((d) => d.id === c.dim)), [url.clauses, dims]);
  const chosenOf = (dim: string) => clauses.find((c) => c.dim === dim)?.values ?? [];
  // the filters change only when the unit, the period or the clauses do (a new address may name the same)
  const { unitId, from, to } = scope ?? {};
  const filters: Filters | null = useMemo(
    () => (unitId !== undefined && from !== undefined && to !== undefined ? { unitId, from, to, clauses } : null),
    [unitId, from, to, clauses],
  );
  // the language for the loading messages, read when a load starts and as it goes
  const langRef = useRef(lang);
  useLayoutEffect(() => {
    langRef.current = lang;
  }, [lang]);

  const load = useCallback(async (files: { name: string; bytes: Uint8Array }[], source: string) => {
    const l = langRef.current;
    setBusy({ message: t(l, 'loading'), fraction: null });
    try {
      const outcome = await loadFiles(files, l, (s) => setBusy(stepMessage(l, s)));
      const names = files.map((f) => f.name);
      if (outcome.ok) {
        setDataset({ ctx: makeCtx(await getEngine(), outcome.loaded), source });
        setAttempt({ ok: true, ds: outcome.ds, reasons: [], files: names, timings: outcome.timings });
      } else {
        setAttempt({ ok: false, ds: outcome.ds, reasons: outcome.reasons, files: names });
      }
    } catch (e) {
      setAttempt({ ok: false, ds: null, reasons: [e instanceof Error ? e.message : String(e)], files: files.map((f) => f.name) });
    } finally {
      setBusy(null);
    }
  }, []);

  // a prepared dataset is shown with the load report written when it was prepared
  const showPrepared = useCallback(async (outcome: Extract<LoadOutcome, { ok: true }>, source: string) => {
    setDataset({ ctx: makeCtx(await getEngine(), outcome.loaded), source });
    const files = Object.values(outcome.ds.tables).flatMap((tr) => (tr ? [tr.file] : []));
    setAttempt({ ok: true, ds: outcome.ds, reasons: [], files, timings: outcome.timings });
    setBusy(null);
  }, []);

  // First load: the folder of ?data=, else the bundled sample.
  useEffect(() => {
    const folder = readUrl().data ?? 'data';
    (async () => {
      // the engine starts while the files download
      const engine = getEngine().then(
        () => true,
        (e: unknown) => {
          setFatal(`${t(langRef.current, 'engineFailed')}: ${e instanceof Error ? e.message : String(e)}`);
          setBusy(null);
          return false;
        },
      );
      const fetching = (file: string, fraction?: number) => setBusy({ message: t(langRef.current, 'fetchingFiles', { file }), fraction: fraction ?? null });
      const source = folder === 'data' ? t(langRef.current, 'sample') : folder;
      // a prepared folder (npm run prepare-data) is attached as it is; any other holds files to load
      fetching('manifest.json');
      const prepared = await loadPreparedFolder(folder, fetching);
      if (prepared) {
        if (!(await engine)) return;
        await showPrepared(prepared, source);
        return;
      }
      const files = await fetchFolder(folder, fetching);
      if (!(await engine)) return;
      await load(files, source);
    })().catch((e) => {
      setFatal(e instanceof Error ? e.message : String(e));
      setBusy(null);
    });
  }, [load, showPrepared]);

  useEffect(() => {
    const onPop = () => setUrl(readUrl());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  // A split prepared dataset (a country): looking into a top-level unit, or below it, fetches and
  // attaches the files its figures need; the views wait for them (the summary answers the whole country).
  const [arrived, setArrived] = useState<{ unitId: string; fraction: number } | null>(null);
  const [attachedCount, setAttachedCount] = useState(0);
  const parts = loaded?.parts;
  const wanted = parts && unitId !== undefined && parts.depth(unitId) > 0 && !parts.ready(unitId) ? unitId : null;
  const partMessage = useMemo(() => {
    if (!parts || wanted === null) return null;
    const name = parts.tree.units.get(parts.topOf(wanted) ?? wanted)?.name ?? wanted;
    const bytes = parts.needs(wanted).reduce((sum, top) => sum + (parts.attached.has(top) ? 0 : (parts.parts[top]?.bytes ?? 0)), 0);
    return { name, text: t(lang, 'fetchingPart', { unit: name, size: `${formatNumber(bytes / 1e6, lang)} MB` }) };
  }, [parts, wanted, lang]);
  useEffect(() => {
    if (!loaded || wanted === null) return;
    let live = true;
    attachPartsFor(loaded, wanted, (fraction) => live && setArrived({ unitId: wanted, fraction })).then(
      () => live && setAttachedCount(loaded.parts?.attached.size ?? 0),
      (e: unknown) => {
        const name = loaded.tree.units.get(wanted)?.name ?? wanted;
        if (live) setFatal(t(langRef.current, 'partFailed', { unit: name, reason: e instanceof Error ? e.message : String(e) }));
      },
    );
    return () => {
      live = false;
    };
  }, [loaded, wanted]);
  const shownBusy = busy ?? (partMessage && { message: partMessage.text, fraction: arrived?.unitId === wanted ? arrived.fraction : 0 });
  // the questions about the unit may read only the rows attached for it (see `forUnit`)
  const ctx = useMemo(() => (dataset && unitId !== undefined ? forUnit(dataset.ctx, unitId) : null), [dataset, unitId, attachedCount]); // eslint-disable-line react-hooks/exhaustive-deps -- `attachedCount` says when the parts attached changed

  const state: ViewState | null = scope ? { view: url.view, scope, clauses, years: url.years, lang, present: url.present, theme: url.theme } : null;

  // The address bar always names the view on screen (a corrected or completed URL replaces the entry),
  // also after Back/Forward to an address that names it otherwise (`view=overview`, the default).
  useEffect(() => {
    if (state) writeUrl(state, true);
  }, [JSON.stringify(state), url]); // eslint-disable-line react-hooks/exhaustive-deps -- `state` is a new object each render: its JSON says when it changed

  // Last in the tree, so that its effect runs after the views' own effects of the same commit.
  const signal = <ReadySignal active={!shownBusy && !!filters} stateKey={JSON.stringify(state)} url={url} />;

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t(lang, 'appTitle');
  }, [lang]);

  const onFiles = useCallback(
    async (list: File[]) => {
      const tooBig = tooBigForPage(list, langRef.current);
      if (tooBig.length) {
        setAttempt({ ok: false, ds: null, reasons: tooBig, files: list.map((f) => f.name) });
        return;
      }
      const files = await Promise.all(list.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
      await load(files, files.map((f) => f.name).join(', '));
    },
    [load],
  );

  useEffect(() => {
    const over = (e: DragEvent) => e.preventDefault();
    const drop = (e: DragEvent) => {
      e.preventDefault();
      const files = [...(e.dataTransfer?.files ?? [])];
      if (files.length && !busy) void onFiles(files);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [onFiles, busy]);

  /** A user's change: a new history entry, so Back returns to the previous view. */
  const go = (patch: Partial<ViewState>) => {
    if (!state) return;
    writeUrl({ ...state, ...patch });
    setUrl(readUrl());
  };

  const presets = useMemo(
    () => (loaded ? periodPresets(loaded.dataDate, loaded.firstYear, loaded.termSpans, lang) : []),
    [loaded, lang],
  );
  const unit = loaded && scope ? loaded.tree.units.get(scope.unitId) : undefined;
  const successor = unit?.successorId ? loaded?.tree.units.get(unit.successorId) : undefined;
  const cellType = dims.find((d) => d.id === 'cell_type');
  const View = VIEW_COMPONENTS[url.view];

  const viewProps: ViewProps | null =
    ctx && filters && scope
      ? {
          ctx,
          filters,
          lang,
          stagnantYears: url.years,
          setStagnantYears: (years) => go({ years }),
          drill: (unitId) => go({ scope: { ...scope, unitId } }),
          toggle: (dim, value) => go({ clauses: toggleClause(clauses, dim, value) }),
          setPeriod: (p: Period) => go({ scope: { ...scope, ...p } }),
        }
      : null;

  const present = (slide: number | null) => {
    if (slide === null && document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    go({ present: slide });
  };

  if (viewProps && url.present !== null && wanted === null) {
    return (
      <>
        <Presentation
          {...viewProps}
          slide={url.present}
          theme={url.theme}
          go={present}
          toggleTheme={() => go({ theme: url.theme === 'dark' ? 'light' : 'dark' })}
        />
        {signal}
      </>
    );
  }

  return (
    <div className="app">
      <header className="top">
        <div>
          <h1>{t(lang, 'appTitle')}</h1>
          <p className="subtitle">{t(lang, 'appSubtitle')}</p>
        </div>
        <div className="top-right">
          {dataset && (
            <p className="source">
              {t(lang, 'currentSource')}: {dataset.source}
              {loaded?.dataDate && (
                <>
                  {' · '}
                  {t(lang, 'dataDate')} <span data-testid="data-date">{formatDate(loaded.dataDate, lang)}</span>
                </>
              )}
            </p>
          )}
          {viewProps && (
            <>
              <button
                type="button"
                data-testid="present"
                onClick={() => {
                  // full screen is a nicety: a browser may refuse it, the slides work in the window too
                  void document.documentElement.requestFullscreen?.().catch(() => undefined);
                  present(1);
                }}
              >
                {t(lang, 'present')}
              </button>
              <button type="button" data-testid="print" onClick={() => window.print()}>
                {t(lang, 'print')}
              </button>
              <ExportReport ctx={viewProps.ctx} filters={viewProps.filters} lang={lang} stagnantYears={url.years} />
            </>
          )}
          <button type="button" className="lang" data-testid="lang-switch" onClick={() => go({ lang: lang === 'vi' ? 'en' : 'vi' })}>
            {t(lang, 'language')}
          </button>
        </div>
      </header>

      {fatal && (
        <p className="fatal" role="alert">
          {fatal}
        </p>
      )}
      {shownBusy && (
        <div className="busy" role="progressbar" aria-label={shownBusy.message} data-testid="progress">
          <span>{shownBusy.message}</span>
          <progress value={shownBusy.fraction ?? undefined} max={1} />
        </div>
      )}

      {loaded && scope && viewProps && (
        <>
          <section className="filters">
            <UnitPicker tree={loaded.tree} value={scope.unitId} lang={lang} onChange={(unitId) => go({ scope: { ...scope, unitId } })} />
            <PeriodPicker value={scope} presets={presets} lang={lang} onChange={(p) => go({ scope: { ...scope, ...p } })} />
            {cellType && <DimSelect dim={cellType} values={cellType.values ?? []} chosen={chosenOf('cell_type')} lang={lang} onChange={(v) => go({ clauses: setClause(clauses, 'cell_type', v) })} />}
            {Object.entries(loaded.unitDimValues).map(([col, values]) => {
              const d = dims.find((x) => x.id === `u.${col}`);
              return d && <DimSelect key={col} dim={d} values={values} chosen={chosenOf(d.id)} lang={lang} onChange={(v) => go({ clauses: setClause(clauses, d.id, v) })} />;
            })}
          </section>
          <FilterChips clauses={clauses} dims={dims} lang={lang} onRemove={(dim, value) => go({ clauses: withoutClause(clauses, dim, value) })} onClear={() => go({ clauses: [] })} />
          <nav className="breadcrumb" aria-label={t(lang, 'unit')} data-testid="breadcrumb">
            {unitPath(loaded.tree, scope.unitId).map((u, i, all) => (
              <span key={u.id}>
                {i < all.length - 1 ? (
                  <button type="button" className="link" onClick={() => go({ scope: { ...scope, unitId: u.id } })}>
                    {u.name}
                  </button>
                ) : (
                  <b>{u.name}</b>
                )}
                {i < all.length - 1 && ' › '}
              </span>
            ))}
            <span className="period-label">
              {' · '}
              {formatDate(scope.from, lang)} – {formatDate(scope.to, lang)}
            </span>
          </nav>
          {unit?.activeTo && (
            <p className="notice" data-testid="dissolved">
              {t(lang, 'dissolved', { date: formatDate(unit.activeTo, lang), name: successor?.name ?? unit.successorId ?? '—' })}{' '}
              {successor && (
                <button type="button" className="link" onClick={() => go({ scope: { ...scope, unitId: successor.id } })}>
                  {t(lang, 'openSuccessor')}
                </button>
              )}
            </p>
          )}
          <nav className="tabs" role="tablist" aria-label={t(lang, 'views')}>
            {VIEWS.map((v) => (
              <button
                key={v.id}
                type="button"
                role="tab"
                aria-selected={url.view === v.id}
                data-testid={`tab-${v.id}`}
                className={url.view === v.id ? 'tab active' : 'tab'}
                onClick={() => go({ view: v.id })}
              >
                {v[lang]}
              </button>
            ))}
          </nav>
          <main className="view" data-view={url.view}>
            {wanted === null && <View {...viewProps} />}
          </main>
        </>
      )}

      <LoadPanel lang={lang} attempt={attempt} busy={!!busy} hasData={!!dataset} onFiles={(f) => void onFiles(f)} />
      {signal}
    </div>
  );
}
