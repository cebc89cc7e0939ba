import { describe, expect, it } from 'vitest';
import { compact } from '../../src/lib/pure/compact';

describe('compact', () => {
  it('leaves out undefined values and empty lists, and keeps every other value as it is', () => {
    const thing = { a: undefined, b: [], c: [1], d: null, e: '', f: 0, g: false, h: { i: undefined } };
    expect(compact(thing)).toEqual({ c: [1], d: null, e: '', f: 0, g: false, h: { i: undefined } });
  });
});
