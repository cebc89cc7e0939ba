/**
 * A remark plugin for content pages: links and images written with a site
 * address ("/bodies/etsi/") are written the one way the site serves them
 * (a trailing slash, no base written twice) and get the site's base path, so
 * they keep working when the site is served under a sub-path.
 */
import { visit } from 'unist-util-visit';
import type { Node } from 'unist';
import { joinBase } from '../pure/base';
import { isSiteLink, normaliseSiteLink } from '../build-time/site-links';

export default function remarkBaseLinks(options: { base: string }) {
  return (tree: Node) => {
    visit(tree, (node: Node & { url?: string }) => {
      if (
        (node.type === 'link' || node.type === 'image' || node.type === 'definition') &&
        node.url &&
        isSiteLink(node.url)
      ) {
        node.url = joinBase(options.base, normaliseSiteLink(node.url, options.base));
      }
    });
  };
}
