import { describe, expect, it } from 'vitest';
import { collectionPath, entryPath, joinBase } from '../../src/lib/render/urls';
import { normaliseBase } from '../../src/lib/pure/base';
import remarkBaseLinks from '../../src/lib/render/remark-base-links';
import { normaliseSiteLink, siteTarget } from '../../src/lib/build-time/site-links';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { visit } from 'unist-util-visit';

describe('URLs', () => {
  it('build entry pages and anchors without a base', () => {
    expect(entryPath({ collection: 'bodies', id: 'etsi-tc-cyber' })).toBe('/bodies/etsi-tc-cyber/');
    expect(entryPath({ collection: 'meetings', id: '2016-06-etsi-tc-cyber-7' })).toBe(
      '/meetings/2016-06-etsi-tc-cyber-7/',
    );
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

describe('links written in content', () => {
  const run = (base: string, markdown: string) => {
    const tree = unified().use(remarkParse).parse(markdown);
    remarkBaseLinks({ base })(tree);
    const urls: string[] = [];
    visit(tree, (node: { type: string; url?: string }) => {
      if (node.url) urls.push(node.url);
    });
    return urls;
  };

  it('get the base path when they are site addresses', () => {
    const text =
      '[TC CYBER](/bodies/etsi-tc-cyber/) ![flag](/eu-emblem.svg) [ext](https://etsi.org/) [rel](../x/) [frag](#a) [cdn](//example.org/x)';
    expect(run('/sub/', text)).toEqual([
      '/sub/bodies/etsi-tc-cyber/',
      '/sub/eu-emblem.svg',
      'https://etsi.org/',
      '../x/',
      '#a',
      '//example.org/x',
    ]);
    expect(run('/', text)[0]).toBe('/bodies/etsi-tc-cyber/');
  });

  it('are written the way the site serves them: a trailing slash, and the base only once', () => {
    const text =
      '[a](/bodies/org) [b](/bodies/org#scope) [c](/sub/bodies/org/) [d](/glossary/#eso) [e](/og.png) [f](/sub)';
    expect(run('/sub/', text)).toEqual([
      '/sub/bodies/org/',
      '/sub/bodies/org/#scope',
      '/sub/bodies/org/',
      '/sub/glossary/#eso',
      '/sub/og.png',
      '/sub/',
    ]);
    expect(run('/', '[a](/topics/privacy?x=1)')).toEqual(['/topics/privacy/?x=1']);
  });
});

describe('where a site link goes', () => {
  it('to an entry, an anchor of a data collection, a collection page or another page', () => {
    expect(siteTarget('/bodies/etsi/')).toEqual({ collection: 'bodies', id: 'etsi' });
    expect(siteTarget('/bodies/')).toEqual({ collection: 'bodies', id: undefined });
    expect(siteTarget('/glossary/#coap')).toEqual({ collection: 'glossary', id: 'coap' });
    expect(siteTarget('/glossary/coap/')).toEqual({ page: '/glossary/coap/' });
    expect(siteTarget('/bodies/etsi/more/')).toEqual({ page: '/bodies/etsi/more/' });
    expect(siteTarget('/privacy/')).toEqual({ page: '/privacy/' });
    expect(normaliseSiteLink('/sub', '/sub/')).toBe('/');
  });
});
