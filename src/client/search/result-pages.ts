/**
 * The results of the search page, a page at a time: the answers and the
 * first results at once, the rest of the page as their data loads (the list
 * is busy meanwhile), and the next page when asked for.
 */
import type { PagefindResult, PagefindResultData } from './pagefind';
import type { VocabularyEntry } from '../../lib/pure/spelling';
import { renderAnswer, renderResult } from './render';
import { exactNameFirst } from './state';

const PAGE_SIZE = 10;

/** What a search found, as far as the list shows it. */
export interface Shown {
  answers: readonly VocabularyEntry[];
  /** The first results, their data loaded. */
  first: PagefindResultData[];
  /** Every result. */
  results: PagefindResult[];
  /** How many of `results` the first ones stand for. */
  consumed: number;
}

export class ResultPages {
  private shown = 0;
  private current: PagefindResult[] = [];

  constructor(
    private readonly list: HTMLOListElement,
    private readonly more: HTMLButtonElement,
    /** Page types whose entries are anchors on one page: their sub-results are the matches. */
    private readonly anchored: ReadonlySet<string>,
  ) {}

  /** No list: nothing shown, nothing busy, no "more". */
  clear(): void {
    this.current = [];
    this.list.replaceChildren();
    this.list.removeAttribute('aria-busy');
    this.more.hidden = true;
  }

  /** Shows a search's answers and first results, then the rest of the first page unless `stale()` by then. */
  async show(found: Shown, query: string, stale: () => boolean): Promise<void> {
    this.current = found.results;
    this.list.replaceChildren(
      ...found.answers.map(renderAnswer),
      ...exactNameFirst(found.first, query).map((d) => renderResult(d, this.anchored)),
    );
    this.shown = found.consumed;
    const answered = new Set(found.answers.map((a) => a.url));
    const rest = this.current.slice(this.shown, PAGE_SIZE);
    if (rest.length) {
      this.list.setAttribute('aria-busy', 'true');
      this.more.hidden = true;
      const next = await load(rest);
      if (stale()) return;
      this.list.append(...next.filter((d) => !answered.has(d.url)).map((d) => renderResult(d, this.anchored)));
      this.shown += next.length;
    }
    this.list.removeAttribute('aria-busy');
    this.more.hidden = this.shown >= this.current.length;
  }

  /** Adds the next page of results, and moves the focus to the first of them. */
  async showMore(stale: () => boolean): Promise<void> {
    const next = await load(this.current.slice(this.shown, this.shown + PAGE_SIZE));
    if (stale()) return;
    const firstNew = this.list.children.length;
    this.list.append(...next.map((d) => renderResult(d, this.anchored)));
    this.shown += next.length;
    this.more.hidden = this.shown >= this.current.length;
    this.list.children[firstNew]?.querySelector('a')?.focus();
  }
}

const load = (results: PagefindResult[]): Promise<PagefindResultData[]> => Promise.all(results.map((r) => r.data()));
