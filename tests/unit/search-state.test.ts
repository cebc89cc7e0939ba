import { describe, expect, it } from 'vitest';
import {
  addressOf,
  exactNameFirst,
  filterOptions,
  isBrowsing,
  readState,
  statusText,
  toggle,
} from '../../src/client/search/state';

const FACETS = ['type', 'year'];
const KNOWN = { type: { Body: 3, Meeting: 2 }, year: { '2016': 2 } };

describe('the search page state and its address', () => {
  it('reads the query and filters, matching filter values whatever their case', () => {
    const state = readState('?q=coap&type=body&type=meeting&year=2016&unknown=x', FACETS, KNOWN);
    expect(state.query).toBe('coap');
    expect([...state.selected.get('type')!]).toEqual(['Body', 'Meeting']);
    expect([...state.selected.get('year')!]).toEqual(['2016']);
    expect(state.selected.has('unknown')).toBe(false);
    // Before the filter values are known, the address's own spelling is kept.
    expect([...readState('?type=body', FACETS).selected.get('type')!]).toEqual(['body']);
  });

  it('writes the state back, in lower case, and the bare path when there is nothing to keep', () => {
    const state = readState('?q=+coap+&type=Body', FACETS, KNOWN);
    expect(addressOf(state, '/sub/search/')).toBe('/sub/search/?q=coap&type=body');
    expect(addressOf(readState('', FACETS), '/search/')).toBe('/search/');
    const round = readState(addressOf(state, '/search/').split('?')[1]!, FACETS, KNOWN);
    expect(round).toEqual({ query: 'coap', asTyped: false, selected: state.selected });
  });

  it('keeps a query from being corrected in the address, and only with a query', () => {
    const state = readState('?q=welmek&as-typed=1', FACETS, KNOWN);
    expect(state.asTyped).toBe(true);
    expect(addressOf(state, '/search/')).toBe('/search/?q=welmek&as-typed=1');
    expect(addressOf({ ...state, query: '' }, '/search/')).toBe('/search/');
    expect(readState('?q=welmek', FACETS, KNOWN).asTyped).toBe(false);
  });

  it('toggles a filter without changing the state it came from', () => {
    const before = readState('?q=x', FACETS, KNOWN);
    const after = toggle(before, 'type', 'Body', true);
    expect(filterOptions(after)).toEqual({ type: { any: ['Body'] } });
    expect(filterOptions(before)).toEqual({});
    expect(filterOptions(toggle(after, 'type', 'Body', false))).toEqual({});
  });

  it('tells browsing from searching, and says what was found', () => {
    expect(isBrowsing(readState('?q=++', FACETS))).toBe(true);
    expect(isBrowsing(readState('?type=body', FACETS, KNOWN))).toBe(false);
    expect(statusText(0, readState('?q=welmek', FACETS))).toBe('No results for “welmek”.');
    expect(statusText(1, readState('?q=coap&type=body', FACETS, KNOWN))).toBe(
      '1 result for “coap” with the chosen filters.',
    );
    expect(statusText(4, readState('?year=2016', FACETS, KNOWN))).toBe('4 results with the chosen filters.');
  });

  it('puts the results whose own name is the query first, keeping the order otherwise', () => {
    const r = (url: string, names = '') => ({ url, meta: { names } });
    const results = [r('a'), r('b', 'tc215|cenelectc215'), r('c'), r('d', 'tc215')];
    expect(exactNameFirst(results, 'TC-215').map((x) => x.url)).toEqual(['b', 'd', 'a', 'c']);
    expect(exactNameFirst(results, ' ').map((x) => x.url)).toEqual(['a', 'b', 'c', 'd']);
  });
});
