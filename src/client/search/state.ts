/**
 * The state of the search page — the query and the chosen filter values —
 * and how it is written in the address (?q=coap&type=body), so that a search
 * can be shared, reloaded and undone with the back button. Pure: no DOM.
 */
import { normaliseName } from '../../lib/pure/search-terms';
import { count } from '../../lib/pure/count';

/** The address parameter that keeps a query from being corrected. */
export const AS_TYPED = 'as-typed';

export interface SearchState {
  query: string;
  /** True to search the words as typed, without correcting a likely typo ("as-typed=1" in the address). */
  asTyped?: boolean;
  /** Facet key → chosen values, as Pagefind spells them. */
  selected: Map<string, Set<string>>;
}

/**
 * Reads a state from an address's query string. Filter values match the
 * known ones case-insensitively, since the address writes them in lower case.
 */
export function readState(
  search: string,
  facets: readonly string[],
  known: Record<string, Record<string, number>> = {},
): SearchState {
  const params = new URLSearchParams(search);
  const selected = new Map<string, Set<string>>();
  for (const facet of facets) {
    const values = Object.keys(known[facet] ?? {});
    const chosen = params.getAll(facet).map((v) => values.find((k) => k.toLowerCase() === v.toLowerCase()) ?? v);
    if (chosen.length) selected.set(facet, new Set(chosen));
  }
  return { query: params.get('q') ?? '', asTyped: params.get(AS_TYPED) === '1', selected };
}

/** The address of a state: "/search/?q=coap&type=body", or the bare path when there is nothing to keep. */
export function addressOf(state: SearchState, pathname: string): string {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  if (state.query.trim() && state.asTyped) params.set(AS_TYPED, '1');
  for (const [key, values] of state.selected) for (const value of values) params.append(key, value.toLowerCase());
  const query = params.toString();
  return query ? `${pathname}?${query}` : pathname;
}

/** The filters to give Pagefind: only facets with a value chosen. */
export function filterOptions(state: SearchState): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const [key, values] of state.selected) if (values.size) filters[key] = { any: [...values] };
  return filters;
}

/** A copy of `state` with `value` of `facet` chosen or not. */
export function toggle(state: SearchState, facet: string, value: string, chosen: boolean): SearchState {
  const selected = new Map([...state.selected].map(([k, v]) => [k, new Set(v)]));
  const values = selected.get(facet) ?? new Set<string>();
  if (chosen) values.add(value);
  else values.delete(value);
  selected.set(facet, values);
  return { ...state, selected };
}

/** Moves results whose own name (meta "names") is exactly the query to the front, keeping order otherwise. */
export function exactNameFirst<T extends { meta: Record<string, string> }>(results: T[], query: string): T[] {
  const wanted = normaliseName(query);
  if (!wanted) return results;
  const exact = (r: T) => (r.meta.names ?? '').split('|').includes(wanted);
  return [...results.filter(exact), ...results.filter((r) => !exact(r))];
}

/** The line announced with the results: "3 results for “coap” with the chosen filters." */
export function statusText(found: number, state: SearchState): string {
  const query = state.query.trim();
  const what = query ? ` for “${query}”` : '';
  const narrowed = Object.keys(filterOptions(state)).length ? ' with the chosen filters' : '';
  return found === 0 ? `No results${what}${narrowed}.` : `${count(found, 'result')}${what}${narrowed}.`;
}

/** True when there is neither a query nor a filter: the page shows every facet to browse. */
export const isBrowsing = (state: SearchState) => !state.query.trim() && Object.keys(filterOptions(state)).length === 0;
