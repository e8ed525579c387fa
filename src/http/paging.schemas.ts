import { z } from 'zod';

// One paging rule for every list Rinda answers: a list is read a page at a
// time, never whole, and the client cannot ask for unbounded work. The page
// number has an upper bound as well as the size: an OFFSET of millions is a
// scan of millions (issue 9, item 12). Past the last allowed page, narrow the
// filter. Out-of-range, negative or non-numeric values are refused with 400
// naming the field (querystring.page, querystring.pageSize).

/** The highest page number any list accepts. */
export const MAX_PAGE = 1000;

/** The paging fields of a list's query string, to spread into its zod object. */
export function pageQuery(opts: { defaultSize?: number; maxSize?: number } = {}) {
  const maxSize = opts.maxSize ?? 200;
  return {
    page: z.coerce
      .number()
      .int()
      .min(1)
      .max(MAX_PAGE)
      .default(1)
      .meta({ description: `1 to ${MAX_PAGE}` }),
    pageSize: z.coerce
      .number()
      .int()
      .min(1)
      .max(maxSize)
      .default(opts.defaultSize ?? 50)
      .meta({ description: `1 to ${maxSize}` }),
  };
}

/** The query string of a list that has no other filter. */
export const pageQuerySchema = z.object(pageQuery());

/** The paging fields of a list's answer: the page given back, and the total count over all pages. */
export const pageResult = {
  total: z.number().int().meta({ description: 'Items over all pages' }),
  page: z.number().int(),
  pageSize: z.number().int(),
};
