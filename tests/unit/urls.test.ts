import { describe, expect, it } from 'vitest';
import { collectionPath, entryPath, joinBase } from '../../src/lib/urls';
import { normaliseBase } from '../../src/lib/base';

describe('URLs', () => {
  it('build entry pages and anchors without a base', () => {
    expect(entryPath({ collection: 'bodies', id: 'etsi-tc-cyber' })).toBe('/bodies/etsi-tc-cyber/');
    expect(entryPath({ collection: 'meetings', id: '2016-06-etsi-tc-cyber-7' })).toBe('/meetings/2016-06-etsi-tc-cyber-7/');
    expect(entryPath({ collection: 'glossary', id: 'coap' })).toBe('/glossary/#coap');
    expect(entryPath({ collection: 'references', id: 'etsi-cyber-tor' })).toBe('/references/#etsi-cyber-tor');
    expect(collectionPath('topics')).toBe('/topics/');
  });

  it('prefix every path with the base, at the root or under a sub-path', () => {
    expect(joinBase('/', '/bodies/etsi/')).toBe('/bodies/etsi/');
    expect(joinBase('/', '')).toBe('/');
    expect(joinBase('/sub/', '/bodies/etsi/')).toBe('/sub/bodies/etsi/');
    expect(joinBase('/sub', 'bodies/etsi/')).toBe('/sub/bodies/etsi/');
    expect(joinBase('/sub/', '')).toBe('/sub/');
    expect(joinBase('/sub/', '/glossary/#coap')).toBe('/sub/glossary/#coap');
    expect(joinBase('/sub/', 'search/?q=coap')).toBe('/sub/search/?q=coap');
  });

  it('normalise SITE_BASE however it is written', () => {
    expect(normaliseBase(undefined)).toBe('/');
    expect(normaliseBase('')).toBe('/');
    expect(normaliseBase('/')).toBe('/');
    expect(normaliseBase('sub')).toBe('/sub/');
    expect(normaliseBase('/success')).toBe('/success/');
    expect(normaliseBase('/a/b/')).toBe('/a/b/');
  });
});
