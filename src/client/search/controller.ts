/**
 * The search page: Pagefind's index behind a field, facets with counts and
 * results with their details. It keeps the state (state.ts) in the address,
 * asks Pagefind, and draws what comes back (render.ts). Filters work without
 * a query, to browse (every meeting of a year, with one organisation's bodies).
 */
import type { FilterCounts } from './pagefind';
import { SearchEngine } from './engine';
import { renderCorrection, renderFacets, renderSuggestions, required, type Facet } from './render';
import { ResultPages } from './result-pages';
import * as searchState from './state';

/**
 * How many results are drawn first; the rest of the page follows as its data
 * loads, so that a slow connection shows the best results sooner.
 */
const FIRST_DRAWN = 5;
/** How long typing pauses before the search runs. */
const TYPING_PAUSE = 50;

export class SearchPage {
  private readonly engine: SearchEngine;
  private ready = false;
  private allFilters: FilterCounts = {};
  private readonly facets: Facet[];
  private readonly input: HTMLInputElement;
  private readonly facetsBox: HTMLElement;
  private readonly status: HTMLElement;
  private readonly note: HTMLElement;
  private readonly results: ResultPages;
  private state: searchState.SearchState = { query: '', selected: new Map() };
  /** Counts searches, so that an answer to an older one is dropped. */
  private run = 0;
  private typing?: number;
  /** True while the history entry was made by typing: more typing updates it instead of adding entries. */
  private typingEntry = false;

  constructor(private readonly root: HTMLElement) {
    this.facets = JSON.parse(root.dataset.facets ?? '[]');
    this.input = required(root, '[data-search-input]');
    this.facetsBox = required(root, '[data-search-facets]');
    this.status = required(root, '[data-search-status]');
    this.note = required(root, '[data-search-note]');
    const { bundle = 'pagefind/', base = '/', vocabulary = 'vocabulary/', words = 'words/' } = root.dataset;
    this.engine = new SearchEngine({ bundle, base, vocabulary, words });
    this.results = new ResultPages(
      required(root, '[data-search-results]'),
      required(root, '[data-search-more]'),
      new Set(JSON.parse(root.dataset.anchored ?? '[]')),
    );
  }

  async start(): Promise<void> {
    this.readAddress();
    // What a visitor typed before this script ran wins over the address.
    if (!this.input.value) this.input.value = this.state.query;
    this.status.textContent = 'Loading the search index…';
    // Listening before the index loads keeps every key typed meanwhile; search() waits for the index.
    this.listen();
    try {
      await this.engine.ready(this.input.value);
      // Filter values are needed first only to browse or to read filters from the address; otherwise
      // they load after the first results (a file per facet, large on a large site).
      if (searchState.isBrowsing(this.state) || this.state.selected.size) {
        await this.loadFilters();
        // Again, now that the filter values are known: the address may write them in lower case.
        this.readAddress();
      }
      this.ready = true;
    } catch {
      this.status.textContent = 'The search index could not be loaded. Browse the pages from the menu instead.';
      return;
    }
    // Whatever the field holds now is the query, even if it was typed while the index loaded.
    if (this.input.value !== this.state.query) {
      this.state = { ...this.state, query: this.input.value, asTyped: false };
      this.writeAddress('replace');
    }
    // The field takes the focus only if nothing else has it: never while someone types elsewhere.
    const idle = !document.activeElement || document.activeElement === document.body;
    if (!this.state.query && idle) this.input.focus();
    await this.search();
    if (!this.filtersLoaded) {
      await this.loadFilters();
      await this.refreshFacets();
    }
  }

  /** Draws the facets of the results shown, now that every value is known; the results stay as they are. */
  private async refreshFacets(): Promise<void> {
    const run = this.run;
    const found = await this.find();
    if (run === this.run) this.drawFacets(found.filters, false);
  }

  private find() {
    const run = this.run;
    return this.engine.find(this.state.query, {
      filters: searchState.filterOptions(this.state),
      count: FIRST_DRAWN,
      asTyped: this.state.asTyped,
      stale: () => run !== this.run,
    });
  }

  private filtersLoaded = false;

  private async loadFilters(): Promise<void> {
    this.allFilters = await this.engine.filters();
    this.filtersLoaded = true;
  }

  private listen(): void {
    required(this.root, '[data-search-form]').addEventListener('submit', (event) => {
      event.preventDefault();
      window.clearTimeout(this.typing);
      this.commitQuery(this.typingEntry ? 'replace' : 'push');
      this.typingEntry = false;
    });
    this.input.addEventListener('input', () => {
      window.clearTimeout(this.typing);
      this.typing = window.setTimeout(() => {
        // The first change after a search or a filter makes a new history entry, so Back returns to it.
        this.commitQuery(this.typingEntry ? 'replace' : 'push');
        this.typingEntry = true;
      }, TYPING_PAUSE);
    });
    required(this.root, '[data-search-more]').addEventListener('click', () => {
      const run = this.run;
      void this.results.showMore(() => run !== this.run);
    });
    window.addEventListener('popstate', () => {
      this.typingEntry = false;
      this.readAddress();
      this.input.value = this.state.query;
      void this.search();
    });
  }

  /** Takes the field's text as the query, records it in the address and searches. */
  private commitQuery(mode: 'push' | 'replace'): void {
    this.state = { ...this.state, query: this.input.value, asTyped: false };
    this.writeAddress(mode);
    void this.search();
  }

  private readAddress(): void {
    this.state = searchState.readState(
      window.location.search,
      this.facets.map((f) => f.key),
      this.allFilters,
    );
  }

  private writeAddress(mode: 'push' | 'replace'): void {
    const url = searchState.addressOf(this.state, window.location.pathname);
    if (url === `${window.location.pathname}${window.location.search}`) return;
    history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
  }

  private async search(): Promise<void> {
    if (!this.ready) return;
    const run = ++this.run;
    if (searchState.isBrowsing(this.state)) {
      if (!this.filtersLoaded) await this.loadFilters();
      if (run !== this.run) return;
      this.drawFacets(this.allFilters, true);
      this.note.replaceChildren();
      this.results.clear();
      this.status.textContent = 'Type a name, an acronym or a theme, or choose filters to browse.';
      return;
    }
    const found = await this.find();
    if (run !== this.run) return;
    const query = found.corrected ?? this.state.query.trim();
    // Facets, note, count and results change together, in one frame, so that nothing jumps twice.
    this.drawFacets(found.filters, false);
    this.note.replaceChildren(
      ...(found.corrected
        ? [
            renderCorrection(
              found.corrected,
              found.typed.trim(),
              searchState.addressOf({ ...this.state, asTyped: true }, window.location.pathname),
              () => {
                this.state = { ...this.state, asTyped: true };
                this.writeAddress('push');
                this.typingEntry = false;
                void this.search();
              },
            ),
          ]
        : found.suggestions.length
          ? [
              renderSuggestions(
                found.suggestions,
                (query) => searchState.addressOf({ ...this.state, query, asTyped: false }, window.location.pathname),
                (query) => {
                  this.input.value = query;
                  this.typingEntry = false;
                  this.commitQuery('push');
                },
              ),
            ]
          : []),
    );
    this.status.textContent = searchState.statusText(found.results.length, { ...this.state, query });
    await this.results.show(found, query, () => run !== this.run);
  }

  private drawFacets(counts: FilterCounts, browsing: boolean): void {
    // Keep keyboard focus on the checkbox that was just used.
    const active = document.activeElement;
    const focused = active instanceof HTMLInputElement && this.facetsBox.contains(active) ? active : undefined;
    this.facetsBox.replaceChildren(
      ...renderFacets({
        facets: this.facets,
        all: this.allFilters,
        counts,
        selected: this.state.selected,
        browsing,
        onChange: (facet, value, chosen) => {
          this.state = searchState.toggle(this.state, facet, value, chosen);
          this.writeAddress('push');
          this.typingEntry = false;
          void this.search();
        },
      }),
    );
    if (focused)
      this.facetsBox
        .querySelector<HTMLInputElement>(`input[name="${focused.name}"][value="${CSS.escape(focused.value)}"]`)
        ?.focus();
  }
}
