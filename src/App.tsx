import { useCallback, useEffect, useRef, useState } from 'react';
import { fetchFolder } from './app/import-files';
import { loadFiles, getEngine, type LoadStep } from './app/session';
import { readUrl, writeUrl, type UrlState } from './app/url-state';
import type { Lang } from './dataset/types';
import { lastFullYear } from './filters/period';
import { scopeFromParams } from './filters/scope';
import { formatCount, formatDate } from './i18n/format';
import { t } from './i18n/strings';
import { computeKpis, type Kpis } from './indicators/kpis';
import type { Scope } from './indicators/types';
import type { LoadedDataset } from './model/store';
import { unitPath } from './model/tree';
import { KpiTiles } from './ui/KpiTiles';
import { LoadPanel, type LoadAttempt } from './ui/LoadPanel';
import { PeriodPicker } from './ui/PeriodPicker';
import { UnitPicker } from './ui/UnitPicker';

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

const sameScope = (a: Scope, b: Scope) => a.unitId === b.unitId && a.from === b.from && a.to === b.to;

function stepMessage(lang: Lang, s: LoadStep): Busy {
  if (s.step === 'engine') return { message: t(lang, 'startingEngine'), fraction: null };
  if (s.step === 'tables') return { message: t(lang, 'buildingTables'), fraction: null };
  const p = s.progress;
  return {
    message: t(lang, 'readingRows', { file: p.file, rows: formatCount(p.rows, lang) }),
    fraction: p.totalBytes ? p.bytes / p.totalBytes : null,
  };
}

export function App() {
  const [url, setUrl] = useState<UrlState>(() => readUrl());
  const lang = url.lang;
  const [dataset, setDataset] = useState<{ loaded: LoadedDataset; source: string } | null>(null);
  const [busy, setBusy] = useState<Busy | null>({ message: t(lang, 'loading'), fraction: null });
  const [fatal, setFatal] = useState<string | null>(null);
  const [attempt, setAttempt] = useState<LoadAttempt | null>(null);
  const [shown, setShown] = useState<{ scope: Scope; kpis: Kpis } | null>(null);
  const scope = dataset ? scopeOf(url, dataset.loaded) : null;
  const langRef = useRef(lang);
  langRef.current = lang;

  const load = useCallback(async (files: { name: string; bytes: Uint8Array }[], source: string) => {
    const l = langRef.current;
    setBusy({ message: t(l, 'loading'), fraction: null });
    try {
      const outcome = await loadFiles(files, l, (s) => setBusy(stepMessage(l, s)));
      const names = files.map((f) => f.name);
      if (outcome.ok) {
        setDataset({ loaded: outcome.loaded, source });
        setAttempt({ ok: true, ds: outcome.ds, reasons: [], files: names });
      } else {
        setAttempt({ ok: false, ds: outcome.ds, reasons: outcome.reasons, files: names });
      }
    } catch (e) {
      setAttempt({ ok: false, ds: null, reasons: [e instanceof Error ? e.message : String(e)], files: files.map((f) => f.name) });
    } finally {
      setBusy(null);
    }
  }, []);

  // First load: the folder of ?data=, else the bundled sample.
  useEffect(() => {
    const folder = readUrl().data ?? 'data';
    (async () => {
      try {
        await getEngine();
      } catch (e) {
        setFatal(`${t(langRef.current, 'engineFailed')}: ${e instanceof Error ? e.message : String(e)}`);
        setBusy(null);
        return;
      }
      const files = await fetchFolder(folder, (file) => setBusy({ message: t(langRef.current, 'fetchingFiles', { file }), fraction: null }));
      await load(files, folder === 'data' ? t(langRef.current, 'sample') : folder);
    })().catch((e) => {
      setFatal(e instanceof Error ? e.message : String(e));
      setBusy(null);
    });
  }, [load]);

  useEffect(() => {
    const onPop = () => setUrl(readUrl());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  // The address bar always names the view on screen.
  useEffect(() => {
    if (scope) writeUrl(scope, lang, true);
  }, [scope?.unitId, scope?.from, scope?.to, lang]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    if (!dataset || !scope) return;
    let live = true;
    (async () => {
      const kpis = await computeKpis(await getEngine(), dataset.loaded.tree, scope);
      if (live) setShown({ scope, kpis });
    })().catch((e) => live && setFatal(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [dataset, scope?.unitId, scope?.from, scope?.to]); // eslint-disable-line react-hooks/exhaustive-deps

  const ready = !busy && !!scope && !!shown && sameScope(shown.scope, scope);
  useEffect(() => {
    if (ready) document.body.dataset.ready = '1';
    else delete document.body.dataset.ready;
  }, [ready]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t(lang, 'appTitle');
  }, [lang]);

  const onFiles = useCallback(
    async (list: File[]) => {
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

  const go = (next: Scope, nextLang: Lang = lang) => {
    writeUrl(next, nextLang);
    setUrl(readUrl());
  };

  const loaded = dataset?.loaded;
  const unit = loaded && scope ? loaded.tree.units.get(scope.unitId) : undefined;
  const successor = unit?.successorId ? loaded?.tree.units.get(unit.successorId) : undefined;
  const lastYear = loaded?.dataDate ? Number(loaded.dataDate.slice(0, 4)) : lastFullYear(null);

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
          <button type="button" className="lang" data-testid="lang-switch" onClick={() => scope && go(scope, lang === 'vi' ? 'en' : 'vi')}>
            {t(lang, 'language')}
          </button>
        </div>
      </header>

      {fatal && (
        <p className="fatal" role="alert">
          {fatal}
        </p>
      )}
      {busy && (
        <div className="busy" role="progressbar" aria-label={busy.message} data-testid="progress">
          <span>{busy.message}</span>
          <progress value={busy.fraction ?? undefined} max={1} />
        </div>
      )}

      {loaded && scope && (
        <>
          <section className="filters">
            <UnitPicker tree={loaded.tree} value={scope.unitId} lang={lang} onChange={(unitId) => go({ ...scope, unitId })} />
            <PeriodPicker
              value={scope}
              firstYear={loaded.firstYear ?? lastYear}
              lastYear={lastYear}
              lang={lang}
              onChange={(p) => go({ ...scope, ...p })}
            />
          </section>
          <nav className="breadcrumb" aria-label={t(lang, 'unit')} data-testid="breadcrumb">
            {unitPath(loaded.tree, scope.unitId).map((u, i, all) => (
              <span key={u.id}>
                {i < all.length - 1 ? (
                  <button type="button" className="link" onClick={() => go({ ...scope, unitId: u.id })}>
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
              {t(lang, 'dissolved', { date: formatDate(unit.activeTo, lang), name: successor?.name ?? unit.successorId ?? '—' })}
            </p>
          )}
          {shown && <KpiTiles kpis={shown.kpis} lang={lang} />}
        </>
      )}

      <LoadPanel lang={lang} attempt={attempt} busy={!!busy} onFiles={(f) => void onFiles(f)} />
    </div>
  );
}
