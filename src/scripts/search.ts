/**
 * The search page: Pagefind's JavaScript API behind a small interface of our
 * own — a field, facets with counts, and results with their details. The
 * query and filters are kept in the address (?q=coap&type=body), so a search
 * can be shared, reloaded and undone with the back button. Filters can be
 * used without a query, to browse (every meeting of 2016 with ETSI bodies).
 */

import { normaliseName } from '../lib/search-terms';

interface Facet {
  key: string;
  label: string;
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results: { title: string; url: string; excerpt: string }[];
}

interface PagefindSearch {
  results: { id: string; score: number; data: () => Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    query: string | null,
    options?: { filters?: Record<string, { any: string[] }> },
  ): Promise<PagefindSearch | null>;
}

const PAGE_SIZE = 10;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className = '',
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Moves results whose own name (meta "names") is exactly the query to the front, keeping order otherwise. */
export function exactNameFirst<T extends { meta: Record<string, string> }>(results: T[], query: string): T[] {
  const wanted = normaliseName(query);
  if (!wanted) return results;
  const exact = (r: T) => (r.meta.names ?? '').split('|').includes(wanted);
  return [...results.filter(exact), ...results.filter((r) => !exact(r))];
}

export class SearchPage {
  private pagefind?: Pagefind;
  private allFilters: Record<string, Record<string, number>> = {};
  private readonly facets: Facet[];
  /** Page types whose entries are anchors on one page: their sub-results are the matches. */
  private readonly anchored: Set<string>;
  private readonly input: HTMLInputElement;
  private readonly facetsBox: HTMLElement;
  private readonly status: HTMLElement;
  private readonly list: HTMLOListElement;
  private readonly more: HTMLButtonElement;
  private query = '';
  private selected = new Map<string, Set<string>>();
  private run = 0;
  private shown = 0;
  private current: PagefindSearch['results'] = [];
  private typing?: number;
  /** True while the history entry was made by typing: more typing updates it instead of adding entries. */
  private typingEntry = false;

  constructor(private readonly root: HTMLElement) {
    this.facets = JSON.parse(root.dataset.facets ?? '[]');
    this.anchored = new Set(JSON.parse(root.dataset.anchored ?? '[]'));
    this.input = root.querySelector('[data-search-input]')!;
    this.facetsBox = root.querySelector('[data-search-facets]')!;
    this.status = root.querySelector('[data-search-status]')!;
    this.list = root.querySelector('[data-search-results]')!;
    this.more = root.querySelector('[data-search-more]')!;
  }

  async start(): Promise<void> {
    this.readAddress();
    this.input.value = this.query;
    this.status.textContent = 'Loading the search index…';
    try {
      this.pagefind = (await import(/* @vite-ignore */ `${this.root.dataset.bundle}pagefind.js`)) as Pagefind;
      await this.pagefind.options({ baseUrl: this.root.dataset.base, excerptLength: 24 });
      await this.pagefind.init();
      this.allFilters = await this.pagefind.filters();
      // Again, now that the filter values are known: the address may write them in lower case.
      this.readAddress();
    } catch {
      this.status.textContent =
        'The search index could not be loaded. Browse the bodies, meetings, partners and topics instead.';
      return;
    }
    this.root.querySelector('[data-search-form]')!.addEventListener('submit', (event) => {
      event.preventDefault();
      window.clearTimeout(this.typing);
      this.query = this.input.value;
      this.writeAddress(this.typingEntry ? 'replace' : 'push');
      this.typingEntry = false;
      void this.search();
    });
    this.input.addEventListener('input', () => {
      window.clearTimeout(this.typing);
      this.typing = window.setTimeout(() => {
        this.query = this.input.value;
        // The first change after a search or a filter makes a new history entry, so Back returns to it.
        this.writeAddress(this.typingEntry ? 'replace' : 'push');
        this.typingEntry = true;
        void this.search();
      }, 50);
    });
    this.more.addEventListener('click', () => void this.showMore());
    window.addEventListener('popstate', () => {
      this.typingEntry = false;
      this.readAddress();
      this.input.value = this.query;
      void this.search();
    });
    if (!this.query) this.input.focus();
    await this.search();
  }

  /** Reads the query and filters from the address; filter values match case-insensitively. */
  private readAddress(): void {
    const params = new URLSearchParams(window.location.search);
    this.query = params.get('q') ?? '';
    this.selected = new Map();
    for (const facet of this.facets) {
      const known = Object.keys(this.allFilters[facet.key] ?? {});
      const values = params.getAll(facet.key).map((v) => known.find((k) => k.toLowerCase() === v.toLowerCase()) ?? v);
      if (values.length) this.selected.set(facet.key, new Set(values));
    }
  }

  private writeAddress(mode: 'push' | 'replace'): void {
    const params = new URLSearchParams();
    if (this.query.trim()) params.set('q', this.query.trim());
    for (const [key, values] of this.selected) for (const value of values) params.append(key, value.toLowerCase());
    const url = `${window.location.pathname}${params.size ? `?${params}` : ''}`;
    if (url === `${window.location.pathname}${window.location.search}`) return;
    history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
  }

  private filterOptions(): Record<string, { any: string[] }> {
    const filters: Record<string, { any: string[] }> = {};
    for (const [key, values] of this.selected) if (values.size) filters[key] = { any: [...values] };
    return filters;
  }

  private async search(): Promise<void> {
    if (!this.pagefind) return;
    const run = ++this.run;
    const query = this.query.trim();
    const filters = this.filterOptions();
    const browsing = !query && Object.keys(filters).length === 0;
    if (browsing) {
      this.renderFacets(this.allFilters, true);
      this.list.replaceChildren();
      this.more.hidden = true;
      this.status.textContent = 'Type a name, an acronym or a theme, or choose filters to browse.';
      return;
    }
    const result = await this.pagefind.search(query || null, { filters });
    if (run !== this.run || !result) return;
    const first = await this.load(result.results.slice(0, PAGE_SIZE));
    if (run !== this.run) return;
    // Facets, count and results change together, in one frame, so that nothing jumps twice.
    this.current = result.results;
    this.renderFacets(result.filters);
    const n = result.results.length;
    const what = query ? ` for “${query}”` : '';
    const narrowed = Object.keys(filters).length ? ' with the chosen filters' : '';
    this.status.textContent =
      n === 0 ? `No results${what}${narrowed}.` : `${n} result${n === 1 ? '' : 's'}${what}${narrowed}.`;
    this.list.replaceChildren(...exactNameFirst(first, query).map((d) => this.renderResult(d)));
    this.shown = first.length;
    this.more.hidden = this.shown >= this.current.length;
  }

  private load(results: PagefindSearch['results']): Promise<PagefindResultData[]> {
    return Promise.all(results.map((r) => r.data()));
  }

  private async showMore(): Promise<void> {
    const run = this.run;
    const next = await this.load(this.current.slice(this.shown, this.shown + PAGE_SIZE));
    if (run !== this.run) return;
    const firstNew = this.shown;
    this.list.append(...next.map((d) => this.renderResult(d)));
    this.shown += next.length;
    this.more.hidden = this.shown >= this.current.length;
    this.list.children[firstNew]?.querySelector('a')?.focus();
  }

  private renderResult(data: PagefindResultData): HTMLLIElement {
    const item = element('li', 'border-b border-slate-200 pb-5 dark:border-slate-800');
    item.dataset.url = data.url;
    const type = data.meta.type ?? 'Page';
    const details = [
      data.meta.date,
      data.meta.bodies,
      data.meta.organisation,
      data.meta.status,
      data.meta.maintainer,
      data.meta.country,
      data.meta.version,
    ].filter(Boolean);
    const meta = element('p', 'flex flex-wrap items-center gap-2 text-xs text-slate-600 dark:text-slate-400');
    meta.append(
      element(
        'span',
        'badge border-brand-200 bg-brand-50 text-brand-800 dark:border-brand-700 dark:bg-brand-900 dark:text-brand-100',
        type,
      ),
    );
    if (details.length) meta.append(element('span', '', details.join(' · ')));
    const heading = element('h2', 'mt-1 text-lg font-semibold');
    const link = element('a', 'link', data.meta.title ?? data.url);
    link.href = data.url;
    heading.append(link);
    const excerpt = element(
      'p',
      'mt-1 text-sm text-slate-700 dark:text-slate-300 [&_mark]:bg-amber-200 [&_mark]:text-slate-950',
    );
    excerpt.innerHTML = data.excerpt;
    item.append(meta, heading, excerpt);
    const anchored = data.sub_results.filter((s) => s.url.includes('#'));
    if (this.anchored.has(type) && anchored.length) {
      const subs = element('ul', 'mt-2 space-y-1 border-l-2 border-slate-200 pl-3 text-sm dark:border-slate-700');
      for (const sub of anchored.slice(0, 3)) {
        const li = element('li');
        const a = element('a', 'link font-medium', sub.title);
        a.href = sub.url;
        const text = element(
          'span',
          'block text-slate-700 dark:text-slate-300 [&_mark]:bg-amber-200 [&_mark]:text-slate-950',
        );
        text.innerHTML = sub.excerpt;
        li.append(a, text);
        subs.append(li);
      }
      item.append(subs);
    }
    return item;
  }

  private renderFacets(counts: Record<string, Record<string, number>>, browsing = false): void {
    const boxes = this.facets.map((facet) => {
      // While browsing everything shows; once a search narrows, values with no results are left out.
      const shown = (value: string) =>
        browsing || (counts[facet.key]?.[value] ?? 0) > 0 || (this.selected.get(facet.key)?.has(value) ?? false);
      const values = Object.keys(this.allFilters[facet.key] ?? {})
        .filter(shown)
        .sort((a, b) => (facet.key === 'year' ? b.localeCompare(a) : a.localeCompare(b)));
      if (!values.length) return undefined;
      const set = element('fieldset', '');
      set.append(element('legend', 'mb-1 font-semibold', facet.label));
      const list = element('ul', 'space-y-0.5');
      for (const value of values) {
        const chosen = this.selected.get(facet.key)?.has(value) ?? false;
        const count = counts[facet.key]?.[value] ?? 0;
        const li = element('li');
        const label = element(
          'label',
          `flex min-h-7 cursor-pointer items-center gap-2 py-0.5 ${count === 0 && !chosen ? 'text-slate-600 dark:text-slate-400' : ''}`,
        );
        const box = element('input', 'h-4 w-4 accent-brand-700');
        box.type = 'checkbox';
        box.name = facet.key;
        box.value = value;
        box.checked = chosen;
        box.addEventListener('change', () => {
          const values = this.selected.get(facet.key) ?? new Set<string>();
          if (box.checked) values.add(value);
          else values.delete(value);
          this.selected.set(facet.key, values);
          this.writeAddress('push');
          this.typingEntry = false;
          void this.search();
        });
        label.append(
          box,
          element('span', '', value),
          element('span', 'ml-auto tabular-nums text-slate-600 dark:text-slate-400', String(count)),
        );
        label.dataset.count = String(count);
        li.append(label);
        list.append(li);
      }
      set.append(list);
      return set;
    });
    // Keep keyboard focus on the checkbox that was just used.
    const focused =
      document.activeElement instanceof HTMLInputElement && this.facetsBox.contains(document.activeElement)
        ? { name: document.activeElement.name, value: document.activeElement.value }
        : undefined;
    this.facetsBox.replaceChildren(...boxes.filter((b): b is HTMLFieldSetElement => b !== undefined));
    if (focused)
      this.facetsBox
        .querySelector<HTMLInputElement>(`input[name="${focused.name}"][value="${CSS.escape(focused.value)}"]`)
        ?.focus();
  }
}
