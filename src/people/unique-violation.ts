/** Did a write fail on the given unique index (PostgreSQL and PGlite both report SQLSTATE 23505)? */
export function isUniqueViolation(err: unknown, index: string): boolean {
  const e = err as { code?: string; constraint?: string; message?: string } | null;
  if (!e || e.code !== '23505') return false;
  return e.constraint === index || (e.message ?? '').includes(index);
}
