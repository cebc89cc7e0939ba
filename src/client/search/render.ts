/** The DOM of search: results, answers, the note on a corrected query, and the facets with their counts. */
import type { FilterCounts, PagefindResultData } from './pagefind';
import type { VocabularyEntry } from '../../lib/pure/spelling';
import type { Suggestion } from './engine';
import { escapeHtml, indexOnlyStart, pageExcerpt } from '../../lib/pure/excerpt';
import { count } from '../../lib/pure/count';

export interface Facet {
  key: string;
  label: string;
}

/** The element `selector` finds in `root`; an error naming it when the page lacks it. */
export function required<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`the page has no ${selector}`);
  return found;
}

export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className = '',
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

const MARKED = 'text-slate-700 dark:text-slate-300 [&_mark]:bg-amber-200 [&_mark]:text-slate-950';

/** Where the page's hidden line of other names starts, in words. */
const hiddenFrom = (data: PagefindResultData) => indexOnlyStart((data.raw_content ?? '').split(/[^\S\uFEFF]+/));

/** The excerpt of a result from the page's own text, or its summary when only its other names matched. */
export function excerptOf(data: PagefindResultData, length?: number): string {
  return pageExcerpt(data, length) ?? (data.meta.summary ? escapeHtml(data.meta.summary) : data.excerpt);
}

/** A name with its expansion: "PUF — Physical Unclonable Function". */
export const answerTitle = (entry: VocabularyEntry) =>
  entry.expansion ? `${entry.name} — ${entry.expansion}` : entry.name;

/** A badge with the type of a result. */
export const typeBadge = (type: string) =>
  element(
    'span',
    'badge border-brand-200 bg-brand-50 text-brand-800 dark:border-brand-700 dark:bg-brand-900 dark:text-brand-100',
    type,
  );

/** An entry the query names exactly, first among the results: its name, expansion and one line on it. */
export function renderAnswer(entry: VocabularyEntry): HTMLLIElement {
  const item = element(
    'li',
    'rounded-md border border-brand-200 bg-brand-50/60 p-4 dark:border-brand-800 dark:bg-brand-950/40',
  );
  item.dataset.url = entry.url;
  item.dataset.answer = '';
  const meta = element('p', 'flex flex-wrap items-center gap-2 text-xs text-slate-600 dark:text-slate-400');
  meta.append(typeBadge(entry.type));
  const heading = element('h2', 'mt-1 text-lg font-semibold');
  const link = element('a', 'link', answerTitle(entry));
  link.href = entry.url;
  heading.append(link);
  item.append(meta, heading);
  if (entry.line) item.append(element('p', 'mt-1 text-sm text-slate-700 dark:text-slate-300', entry.line));
  return item;
}

/**
 * "Showing results for WELMEC — search instead for welmek": the corrected
 * name, and a link that searches the words as typed.
 */
export function renderCorrection(corrected: string, typed: string, asTypedHref: string, onAsTyped: () => void) {
  const note = element('p', 'text-sm text-slate-700 dark:text-slate-300');
  const searchInstead = searchLink(typed, asTypedHref, onAsTyped);
  note.append('Showing results for ', element('strong', 'font-semibold', corrected), ' — search instead for ');
  note.append(searchInstead);
  note.dataset.correction = corrected;
  return note;
}

/** A link that searches `query` on the search page, in place when the page handles it (`onChoose`). */
export function searchLink(query: string, href: string, onChoose: () => void): HTMLAnchorElement {
  const link = element('a', 'link', query);
  link.href = href;
  link.addEventListener('click', (event) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    onChoose();
  });
  return link;
}

/**
 * "Nearest searches with results: legal metrology (4 results) · …", under
 * the status that says nothing was found: what the query may have meant.
 */
export function renderSuggestions(
  suggestions: readonly Suggestion[],
  hrefOf: (query: string) => string,
  onChoose: (query: string) => void,
): HTMLParagraphElement {
  const note = element('p', 'text-sm text-slate-700 dark:text-slate-300');
  note.dataset.suggestions = '';
  note.append('Nearest searches with results: ');
  suggestions.forEach((s, i) => {
    if (i) note.append(' · ');
    note.append(
      searchLink(s.query, hrefOf(s.query), () => onChoose(s.query)),
      ` (${count(s.count, 'result')})`,
    );
  });
  return note;
}

/** The details a result shows after its type, in this order. */
const DETAILS = ['date', 'bodies', 'organisation', 'status', 'maintainer', 'country', 'version'];

/**
 * One result: its type and details, its linked title and an excerpt; for
 * `anchored` types (entries on a shared page) the matching entries themselves.
 */
export function renderResult(data: PagefindResultData, anchored: ReadonlySet<string>): HTMLLIElement {
  const item = element('li', 'border-b border-slate-200 pb-5 dark:border-slate-800');
  item.dataset.url = data.url;
  const type = data.meta.type ?? 'Page';
  const details = DETAILS.map((key) => data.meta[key]).filter(Boolean);
  const meta = element('p', 'flex flex-wrap items-center gap-2 text-xs text-slate-600 dark:text-slate-400');
  meta.append(typeBadge(type));
  if (details.length) meta.append(element('span', '', details.join(' · ')));
  const heading = element('h2', 'mt-1 text-lg font-semibold');
  const link = element('a', 'link', data.meta.title ?? data.url);
  link.href = data.url;
  heading.append(link);
  const excerpt = element('p', `mt-1 text-sm ${MARKED}`);
  excerpt.innerHTML = excerptOf(data);
  item.append(meta, heading, excerpt);
  const hidden = hiddenFrom(data);
  const entries = data.sub_results.filter(
    (s) => s.url.includes('#') && (s.locations ?? []).some((location) => location < hidden),
  );
  if (anchored.has(type) && entries.length) {
    const subs = element('ul', 'mt-2 space-y-1 border-l-2 border-slate-200 pl-3 text-sm dark:border-slate-700');
    for (const sub of entries.slice(0, 3)) {
      const li = element('li');
      const a = element('a', 'link font-medium', sub.title);
      a.href = sub.url;
      const text = element('span', `block ${MARKED}`);
      text.innerHTML = sub.excerpt;
      li.append(a, text);
      subs.append(li);
    }
    item.append(subs);
  }
  return item;
}

export interface FacetView {
  facets: readonly Facet[];
  /** Every value of every facet, from the whole index. */
  all: FilterCounts;
  /** The counts under the current search. */
  counts: FilterCounts;
  selected: ReadonlyMap<string, ReadonlySet<string>>;
  /** True with neither query nor filter: every value shows. */
  browsing: boolean;
  onChange(facet: string, value: string, chosen: boolean): void;
}

/** One fieldset of checkboxes per facet that has values to show. */
export function renderFacets(view: FacetView): HTMLFieldSetElement[] {
  return view.facets.flatMap((facet) => {
    const isChosen = (value: string) => view.selected.get(facet.key)?.has(value) ?? false;
    const count = (value: string) => view.counts[facet.key]?.[value] ?? 0;
    // While browsing everything shows; once a search narrows, values with no results are left out.
    const values = Object.keys(view.all[facet.key] ?? {})
      .filter((value) => view.browsing || count(value) > 0 || isChosen(value))
      .sort((a, b) => (facet.key === 'year' ? b.localeCompare(a) : a.localeCompare(b)));
    if (!values.length) return [];
    const set = element('fieldset');
    set.append(element('legend', 'mb-1 font-semibold', facet.label));
    const list = element('ul', 'space-y-0.5');
    for (const value of values) {
      const n = count(value);
      const label = element(
        'label',
        `flex min-h-7 cursor-pointer items-center gap-2 py-0.5 ${n === 0 && !isChosen(value) ? 'text-slate-600 dark:text-slate-400' : ''}`,
      );
      label.dataset.count = String(n);
      const box = element('input', 'h-4 w-4 accent-brand-700');
      box.type = 'checkbox';
      box.name = facet.key;
      box.value = value;
      box.checked = isChosen(value);
      box.addEventListener('change', () => view.onChange(facet.key, value, box.checked));
      label.append(
        box,
        element('span', '', value),
        element('span', 'ml-auto tabular-nums text-slate-600 dark:text-slate-400', String(n)),
      );
      const li = element('li');
      li.append(label);
      list.append(li);
    }
    set.append(list);
    return [set];
  });
}
