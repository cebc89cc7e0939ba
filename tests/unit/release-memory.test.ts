import { describe, expect, it } from 'vitest';
import { collectGarbage } from '../../src/integrations/release-memory';

describe('collectGarbage', () => {
  it('frees memory that nothing refers to any more', () => {
    let held: number[][] | undefined = Array.from({ length: 20 }, () => new Array<number>(1_000_000).fill(0.5));
    expect(held).toHaveLength(20);
    held = undefined;
    const before = process.memoryUsage().heapUsed;
    expect(collectGarbage()).toBe(true);
    const after = process.memoryUsage().heapUsed;
    // Twenty arrays of a million numbers are 160 MB.
    expect(before - after).toBeGreaterThan(100 * 1024 * 1024);
  });
});
