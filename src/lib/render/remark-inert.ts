/**
 * A remark plugin that every page is compiled through, first: it takes out
 * of the text whatever could run (content-check/runnable.ts) before MDX
 * turns the tree into JavaScript — an import or export, an expression that
 * is more than a comment, an element or attribute that is not allowed, an
 * address that is a script. The content check names each of them, and a
 * build stops on them; this makes sure that until it has (the dev server
 * shows pages with problems, a build compiles pages while the check runs),
 * and should it ever miss one, the text of a page still runs nothing.
 *
 * It runs before every other plugin, so what the site's own plugins and
 * Astro add to the tree (citation links, picture imports) is not touched.
 */
import { SKIP, visit } from 'unist-util-visit';
import type { Node, Parent } from 'unist';
import { refusalsOf, type MdxNode } from '../build-time/content-check/runnable';

/** Takes out of `node` what its refusals name; true when the node itself goes. */
function disarm(node: MdxNode): boolean {
  let remove = false;
  for (const { remove: what } of refusalsOf(node)) {
    if (!what) continue;
    if ('node' in what) remove = true;
    else if ('attribute' in what) node.attributes = (node.attributes ?? []).filter((a) => a !== what.attribute);
    else node.url = '';
  }
  return remove;
}

export default function remarkInert() {
  return (tree: Node) => {
    visit(tree, (node: Node, index, parent: Parent | undefined) => {
      if (!disarm(node as MdxNode) || !parent || index === undefined) return undefined;
      parent.children.splice(index, 1);
      // The next node is now at this index.
      return [SKIP, index];
    });
  };
}
