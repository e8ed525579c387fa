import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Every setting Rinda reads (src/config.ts) is documented in the README's table.

describe('the README documents every setting', () => {
  it('names each RINDA_* variable of src/config.ts in a table row', () => {
    const config = readFileSync(new URL('../src/config.ts', import.meta.url), 'utf8');
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const names = [...new Set([...config.matchAll(/\b(RINDA_[A-Z0-9_]+)\s*:/g)].map((m) => m[1]!))];
    expect(names.length).toBeGreaterThan(40);
    const missing = names.filter((n) => !readme.includes(`| \`${n}\``));
    expect(missing).toEqual([]);
  });
});
