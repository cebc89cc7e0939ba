import { describe, expect, it } from 'vitest';
import { laterPages, pageCount, pageItems, pagePath } from '../../src/lib/pure/pagination';
import { shownValues, type FacetValue } from '../../src/collections/meetings/facets';

describe('pages of a long list', () => {
  it('splits a list into pages of a fixed size, with one page at least', () => {
    const items = Array.from({ length: 120 }, (_, i) => i);
    expect(pageCount(120, 50)).toBe(3);
    expect(pageCount(0, 50)).toBe(1);
    expect(pageItems(items, 1, 50)).toHaveLength(50);
    expect(pageItems(items, 3, 50)).toEqual(items.slice(100));
    expect(laterPages(120, 50)).toEqual([2, 3]);
    expect(laterPages(50, 50)).toEqual([]);
  });

  it('puts the first page at the list itself and the others under page/', () => {
    expect(pagePath('/meetings/', 1)).toBe('/meetings/');
    expect(pagePath('/meetings/by/year/2016/', 2)).toBe('/meetings/by/year/2016/page/2/');
  });
});

describe('facet values offered on a page of meetings', () => {
  const value = (name: string, meetings: number): FacetValue => ({
    value: name,
    label: name,
    ids: Array.from({ length: meetings }, (_, i) => `${name}-${i}`),
  });
  const values = [value('a', 1), value('b', 5), value('c', 2), value('d', 9), value('e', 1)];

  it('offers every value when there are few', () => {
    expect(shownValues(values, undefined, 5)).toEqual({ shown: values, more: 0 });
  });

  it('offers those with the most meetings, in the facet order, and the current one', () => {
    expect(shownValues(values, undefined, 2)).toEqual({ shown: [values[1], values[3]], more: 3 });
    expect(shownValues(values, 'e', 2).shown.map((v) => v.value)).toEqual(['b', 'd', 'e']);
  });
});
