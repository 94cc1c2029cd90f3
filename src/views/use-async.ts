import { useEffect, useState, useSyncExternalStore } from 'react';

let pending = 0;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

/** How many view queries are running now (read in an effect, after this commit's queries started). */
export const pendingNow = () => pending;

/** How many view queries are running: the page is "ready" only at 0. */
export function usePending(): number {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => pending,
  );
}

/**
 * Runs a query when its key changes and keeps the last result; a result that
 * arrives after the key moved on is dropped. Running queries hold the page's
 * `data-ready` signal down.
 */
export function useAsync<T>(key: string, run: () => Promise<T>): { data: T | undefined; error: string | null; stale: boolean } {
  const [state, setState] = useState<{ key: string; data?: T; error: string | null }>({ key: '', error: null });
  useEffect(() => {
    let live = true;
    pending++;
    emit();
    run()
      .then((data) => live && setState({ key, data, error: null }))
      .catch((e: unknown) => live && setState({ key, error: e instanceof Error ? e.message : String(e) }))
      .finally(() => {
        pending--;
        emit();
      });
    return () => {
      live = false;
    };
  }, [key]); // eslint-disable-line react-hooks/exhaustive-deps
  return { data: state.data, error: state.error, stale: state.key !== key };
}
