// A page of a list (src/http/paging.schemas.ts has the rule and the query fields).

export type Paging = { page: number; pageSize: number };

/** The rows a page skips. */
export const offsetOf = (p: Paging) => (p.page - 1) * p.pageSize;
