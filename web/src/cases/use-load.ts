import { useCallback, useEffect, useState } from 'react';
import { api } from '../api.js';
type ListPage<T> = { items: T[]; total: number };

/** GETs `path` (null: nothing yet) and keeps the answer; `reload` asks again. */
export function useLoad<T>(path: string | null) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (!path) return;
    let live = true;
    api
      .get<T>(path)
      .then((d) => live && (setData(d), setError(null)))
      .catch((e) => live && setError(e));
    return () => {
      live = false;
    };
  }, [path, tick]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { data, error, reload, setData };
}

/**
 * GETs a list a page at a time (the server pages every list); `reload` goes
 * back to the first page, where a new record shows (lists are newest first).
 */
export function usePagedLoad<T>(path: string, pageSize = 20) {
  const [page, setPage] = useState(1);
  const load = useLoad<ListPage<T>>(`${path}${path.includes('?') ? '&' : '?'}page=${page}&pageSize=${pageSize}`);
  const { reload: again } = load;
  const reload = useCallback(() => {
    setPage(1);
    again();
  }, [again]);
  return { ...load, reload, page, pageSize, setPage };
}

/** Runs a change (POST, PUT…) with a busy flag and the error to show. */
export function useSubmit() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = useCallback(async <T,>(work: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setError(null);
    try {
      return await work();
    } catch (e) {
      setError(e);
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, run, setError };
}
