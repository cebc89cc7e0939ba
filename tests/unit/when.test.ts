/** Upcoming and past meetings, and the build date they are decided on. */
import { describe, expect, it } from 'vitest';
import { buildDay, isUpcoming, upcomingAndPast } from '../../src/lib/render/when';

describe('upcoming meetings', () => {
  it('counts a meeting as upcoming until its last day has passed, a month-only date until its month has', () => {
    expect(isUpcoming({ start: '2026-11-25', end: '2026-11-27' }, '2026-11-26')).toBe(true);
    expect(isUpcoming({ start: '2026-11-25', end: '2026-11-27' }, '2026-11-28')).toBe(false);
    expect(isUpcoming({ start: '2026-11-26' }, '2026-11-26')).toBe(true);
    expect(isUpcoming({ start: '2026-11' }, '2026-11-30')).toBe(true);
    expect(isUpcoming({ start: '2026-11' }, '2026-12-01')).toBe(false);
  });

  it('lists the upcoming soonest first and the past newest first', () => {
    const dates: Record<string, { start: string }> = {
      a: { start: '2027-03-01' },
      b: { start: '2027-01-10' },
      c: { start: '2026-05-01' },
      d: { start: '2016-09-13' },
    };
    expect(upcomingAndPast(['a', 'b', 'c', 'd'], (id) => dates[id]!, '2026-11-26')).toEqual({
      upcoming: ['b', 'a'],
      past: ['c', 'd'],
    });
  });

  it('takes the build date from SITE_BUILD_DATE, and refuses one that is not a day', () => {
    expect(buildDay({ SITE_BUILD_DATE: '2030-01-02' })).toBe('2030-01-02');
    expect(buildDay({}, new Date('2026-11-26T23:59:00Z'))).toBe('2026-11-26');
    expect(() => buildDay({ SITE_BUILD_DATE: '2030-02-30' })).toThrow(/SITE_BUILD_DATE must be a day/);
  });
});
