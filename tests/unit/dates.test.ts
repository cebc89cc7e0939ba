import { describe, expect, it } from 'vitest';
import {
  compareDates,
  formatDate,
  formatDateRange,
  isOrdered,
  parsePartialDate,
  toIso,
} from '../../src/lib/pure/dates';
import { isCalendarDate } from '../../src/lib/collection-api/fields';

describe('partial dates', () => {
  it('keeps month precision: June 2016 is not shown as 1 June', () => {
    const june = parsePartialDate('2016-06');
    expect(june).toEqual({ year: 2016, month: 6 });
    expect(formatDate(june)).toBe('June 2016');
    expect(toIso(june)).toBe('2016-06');
  });

  it('formats days and ranges the way people write them', () => {
    expect(formatDate(parsePartialDate('2016-09-13'))).toBe('13 September 2016');
    expect(formatDateRange(parsePartialDate('2016-05-19'), parsePartialDate('2016-05-20'))).toBe('19–20 May 2016');
    expect(formatDateRange(parsePartialDate('2016-09-30'), parsePartialDate('2016-10-02'))).toBe(
      '30 September – 2 October 2016',
    );
    expect(formatDateRange(parsePartialDate('2016-12-30'), parsePartialDate('2017-01-02'))).toBe(
      '30 December 2016 – 2 January 2017',
    );
    expect(formatDateRange(parsePartialDate('2016-06'), parsePartialDate('2016-06'))).toBe('June 2016');
  });

  it('rejects days and months that do not exist', () => {
    expect(() => parsePartialDate('2016-13-45')).toThrow(/no month 13/);
    expect(() => parsePartialDate('2016-02-30')).toThrow(/does not exist/);
    expect(() => parsePartialDate('13/09/2016')).toThrow(/YYYY-MM-DD/);
    expect(parsePartialDate('2016-02-29')).toEqual({ year: 2016, month: 2, day: 29 });
    expect(() => parsePartialDate('2015-02-29')).toThrow();
  });

  it('validates calendar dates for the schemas, with or without month precision', () => {
    expect(isCalendarDate('2016-09-13')).toBe(true);
    expect(isCalendarDate('2016-06')).toBe(true);
    expect(isCalendarDate('2016-06', false)).toBe(false);
    expect(isCalendarDate('2016-13-45')).toBe(false);
    expect(isCalendarDate('2016-04-31')).toBe(false);
    expect(isCalendarDate('2016-9-1')).toBe(false);
  });

  it('orders a span whatever the precision of its ends', () => {
    expect(isOrdered(parsePartialDate('2016-05-19'), parsePartialDate('2016-05-20'))).toBe(true);
    expect(isOrdered(parsePartialDate('2016-05-20'), parsePartialDate('2016-05-19'))).toBe(false);
    expect(isOrdered(parsePartialDate('2016-09-13'), parsePartialDate('2016-09'))).toBe(true);
    expect(isOrdered(parsePartialDate('2016-09'), parsePartialDate('2016-08-31'))).toBe(false);
  });

  it('sorts a month after the known days inside it', () => {
    const dates = ['2016-09', '2016-06', '2016-09-27', '2016-09-13', '2016-05-19'].map(parsePartialDate);
    expect(dates.sort(compareDates).map(toIso)).toEqual([
      '2016-05-19',
      '2016-06',
      '2016-09-13',
      '2016-09-27',
      '2016-09',
    ]);
  });
});
