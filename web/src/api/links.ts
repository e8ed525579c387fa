/** A link to a file the API serves (a CSV, a PDF), with the non-empty `params` as its query string. */
export function apiHref(path: string, params: Record<string, string | number | boolean | null | undefined> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  }
  const s = q.toString();
  return `/api/v1${path}${s ? `?${s}` : ''}`;
}
