/**
 * A remark plugin for every page's text: a citation marker as the reports
 * write it, "[2]", becomes a link to that reference on the references page
 * (/references/#ref-2), where each reference has an anchor by its number.
 * Markers inside links, code and headings are left as they are.
 */
import type { Node, Parent } from 'unist';
import { visit, SKIP } from 'unist-util-visit';

const MARKER = /\[(\d+)\]/g;
const HAS_MARKER = /\[\d+\]/;

interface Text extends Node {
  type: 'text';
  value: string;
}

/** The anchor of reference number `n` on the references page. */
export const referenceAnchor = (n: number | string) => `ref-${n}`;

/** `path` is the references page's path without base ("/references/"); the base links plugin adds the base. */
export default function remarkCitations(options: { path: string }) {
  return (tree: Node) => {
    visit(tree, (node, index, parent: Parent | undefined) => {
      if (['link', 'linkReference', 'inlineCode', 'code', 'heading', 'definition'].includes(node.type)) return SKIP;
      if (node.type !== 'text' || !parent || index === undefined) return;
      const { value } = node as Text;
      if (!HAS_MARKER.test(value)) return;
      const parts: Node[] = [];
      let last = 0;
      for (const match of value.matchAll(MARKER)) {
        const at = match.index ?? 0;
        if (at > last) parts.push({ type: 'text', value: value.slice(last, at) } as Text);
        parts.push({
          type: 'link',
          url: `${options.path}#${referenceAnchor(match[1] ?? '')}`,
          title: null,
          children: [{ type: 'text', value: match[0] } as Text],
        } as Node);
        last = at + match[0].length;
      }
      if (last < value.length) parts.push({ type: 'text', value: value.slice(last) } as Text);
      parent.children.splice(index, 1, ...parts);
      return [SKIP, index + parts.length];
    });
  };
}
