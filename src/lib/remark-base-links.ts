/**
 * A remark plugin for content pages: links and images written with a
 * site address ("/bodies/etsi/") get the site's base path, so they keep
 * working when the site is served under a sub-path.
 */
import { visit } from 'unist-util-visit';
import type { Node } from 'unist';
import { joinBase } from './base';

export default function remarkBaseLinks(options: { base: string }) {
  return (tree: Node) => {
    if (options.base === '/') return;
    visit(tree, (node: Node & { url?: string }) => {
      if (
        (node.type === 'link' || node.type === 'image' || node.type === 'definition') &&
        node.url?.startsWith('/') &&
        !node.url.startsWith('//')
      ) {
        node.url = joinBase(options.base, node.url);
      }
    });
  };
}
