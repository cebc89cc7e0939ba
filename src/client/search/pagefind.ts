/** The part of Pagefind's browser API the search uses, and loading it. */
import type { MatchedText } from '../../lib/pure/excerpt';

export interface PagefindResultData extends MatchedText {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results: ({ title: string; url: string; excerpt: string } & MatchedText)[];
}

export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(
    query: string | null,
    options?: { filters?: Record<string, { any: string[] }> },
  ): Promise<PagefindSearch | null>;
}

/** Loads Pagefind's bundle from `bundle` (a URL ending in "/"), for a site whose pages live under `base`. */
export async function loadPagefind(bundle: string, base: string): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
  // Without Pagefind's Web Worker: one file less (12 KB gzip) before the first result, and no slower here.
  await pagefind.options({ baseUrl: base, excerptLength: 24, noWorker: true });
  await pagefind.init();
  return pagefind;
}
