/** `text` for a LIKE or ILIKE pattern with LIKE's wildcards (% and _) and its escape (\) taken literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, '\\$&');
}
