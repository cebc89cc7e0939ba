import { describe, expect, it } from 'vitest';
import { closest, didYouMean } from '../../src/lib/pure/suggest';

const bodies = ['etsi', 'etsi-tc-cyber', 'etsi-tc-m2m', 'etsi-stf-516', 'cenelec-tc-215', 'cigre-sc-b5', 'cigre-sc-b3'];

describe('did you mean', () => {
  it('suggests the closest ids for a typo', () => {
    expect(closest('etsi-tc-cybr', bodies)[0]).toBe('etsi-tc-cyber');
    expect(closest('cenelec-tc215', bodies)[0]).toBe('cenelec-tc-215');
    expect(closest('cigre-sc-b4', bodies)).toEqual(['cigre-sc-b3', 'cigre-sc-b5']);
    expect(didYouMean('etsi-stf-51', bodies)).toBe('did you mean "etsi-stf-516"?');
  });

  it('says nothing when nothing is close', () => {
    expect(closest('welmec', bodies)).toEqual([]);
    expect(didYouMean('welmec', bodies)).toBe('');
  });
});
