import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A list's filters and page, kept in the URL's query string so a reload, a
 * shared link and Back show the same list. A value equal to its default is
 * left out of the URL. `set` starts again at page 1 unless it sets the page;
 * `replace` (typing in a search box) does not add a history entry per key.
 */
export function useSearchState<K extends string>(given: Record<K, string>) {
  const [params, setParams] = useSearchParams();
  // The defaults of the screen's first render (a screen passes a literal each render).
  const [defaults] = useState(given);
  const values = useMemo(() => {
    const v = { ...defaults };
    for (const k of Object.keys(defaults) as K[]) {
      const inUrl = params.get(k);
      if (inUrl !== null) v[k] = inUrl;
    }
    return v;
  }, [params, defaults]);
  const page = Math.max(1, Number(params.get('page')) || 1);
  const set = useCallback(
    (patch: Partial<Record<K | 'page', string | number>>, opts: { replace?: boolean } = {}) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (!('page' in patch)) next.delete('page');
          for (const [k, v] of Object.entries(patch) as [K | 'page', string | number][]) {
            const fallback = k === 'page' ? '1' : defaults[k as K];
            if (String(v) === fallback) next.delete(k);
            else next.set(k, String(v));
          }
          return next;
        },
        { replace: opts.replace },
      );
    },
    [setParams, defaults],
  );
  return { values, page, set };
}
