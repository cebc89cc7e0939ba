/** The small modules of src/lib/pure/ that no other unit test reaches. */
import { describe, expect, it } from 'vitest';
import { count } from '../../src/lib/pure/count';
import { elsewhere } from '../../src/lib/pure/elsewhere';
import { policy } from '../../src/lib/pure/security';
import { ID_PATTERN, slugify } from '../../src/lib/pure/slug';

describe('count', () => {
  it('says one in the singular and any other number in the plural, regular or given', () => {
    expect(count(1, 'meeting')).toBe('1 meeting');
    expect(count(0, 'meeting')).toBe('0 meetings');
    expect(count(3, 'body', 'bodies')).toBe('3 bodies');
  });
});

describe('slugify', () => {
  it('makes an id of any title, accents and punctuation aside', () => {
    const cases: [string, string][] = [
      ['ETSI TC CYBER #9', 'etsi-tc-cyber-9'],
      ['Réunion à Sophia-Antipolis', 'reunion-a-sophia-antipolis'],
      ['  --CEN/CENELEC  TC 215-- ', 'cen-cenelec-tc-215'],
    ];
    for (const [title, id] of cases) {
      expect(slugify(title)).toBe(id);
      expect(slugify(title)).toMatch(ID_PATTERN);
    }
  });
});

describe('elsewhere', () => {
  it('gives the source of a field marked as from elsewhere, and nothing for the others', () => {
    const data = { fromElsewhere: [{ field: 'country', source: 'the partner’s website' }] };
    expect(elsewhere(data, 'country')).toBe('the partner’s website');
    expect(elsewhere(data, 'name')).toBeUndefined();
    expect(elsewhere({}, 'country')).toBeUndefined();
  });
});

describe('the security policy', () => {
  it('leaves out of the <meta> element what browsers read only as a header', () => {
    expect(policy('header')).toContain("frame-ancestors 'none'");
    expect(policy('meta')).not.toContain('frame-ancestors');
    expect(policy('meta')).not.toContain('upgrade-insecure-requests');
    expect(policy('meta')).not.toContain('unsafe-inline');
    expect(policy('meta')).toContain("script-src 'self' 'wasm-unsafe-eval'");
  });
});
