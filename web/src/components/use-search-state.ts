import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A list's filters and page, kept in the URL's query string so a reload, a
 * shared link and Back show the same list. A value equal to its default is
 * left out of the URL. `set` starts again at page 1 unless it sets the page;
 * `replace` (typing in a search box) does not add a history entry per key.
 */
export function useSearchState<K extends string>(defaults: Record<K, string>) {
  const [params, setParams] = useSearchParams();
  const values = useMemo(() => {
    const v = { ...defaults };
    for (const k of Object.keys(defaults) as K[]) {
      const given = params.get(k);
      if (given !== null) v[k] = given;
    }
    return v;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- defaults are a literal per screen
  }, [params]);
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
    // eslint-disable-next-line react-hooks/exhaustive-deps -- defaults are a literal per screen
    [setParams],
  );
  return { values, page, set };
}
