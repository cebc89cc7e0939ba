/**
 * Long lists split into pages of a fixed size, so that no page grows with the
 * content: the first page at the list's own address, the others at
 * "<address>page/<n>/". Pure.
 */

/** How many meetings a page of meetings lists. */
export const PAGE_SIZE = 50;

/** The number of pages `total` items fill (at least one). */
export const pageCount = (total: number, size = PAGE_SIZE) => Math.max(1, Math.ceil(total / size));

/** The items of page `page` (from 1). */
export function pageItems<T>(items: readonly T[], page: number, size = PAGE_SIZE): T[] {
  return items.slice((page - 1) * size, page * size);
}

/** The path of page `page` of the list at `first` ("/meetings/"): the list itself, or "/meetings/page/2/". */
export const pagePath = (first: string, page: number): string => (page <= 1 ? first : `${first}page/${page}/`);

/** The numbers of the pages after the first, for static paths: [2, 3, …]. */
export const laterPages = (total: number, size = PAGE_SIZE): number[] =>
  Array.from({ length: pageCount(total, size) - 1 }, (_, i) => i + 2);

/** The static paths of a list's later pages, for a route `…/page/[page]`: each with its number as a prop. */
export const laterPageParams = (total: number, size = PAGE_SIZE) =>
  laterPages(total, size).map((page) => ({ params: { page: String(page) }, props: { page } }));
