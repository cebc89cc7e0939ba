/** The nodes of a page's MDX tree as the rules read them, and what a rule refuses of one. */
import type { Node } from 'unist';

/** An attribute of an element: `name="text"`, `name={…}`, or a spread `{…}` (mdxJsxExpressionAttribute). */
export interface MdxAttribute {
  type: string;
  name?: string;
  value?: string | { type: string; value: string; data?: { estree?: unknown } } | null;
}

/** A node of an MDX tree, with the fields the rules read. */
export interface MdxNode extends Node {
  name?: string | null;
  value?: string;
  url?: string;
  attributes?: MdxAttribute[];
  data?: Node['data'] & { estree?: { body?: readonly unknown[] } };
}

/** What the compiling plugin takes out for a refusal: the node, one attribute of it, or its address. */
export type Removal = { node: true } | { attribute: MdxAttribute } | { url: true };

export interface Refusal {
  /** Absent where another rule says what is wrong (a kind of picture the build cannot show: pictures.ts). */
  message?: string;
  /** Absent for a refusal that is a mistake but runs nothing (an unknown value, a missing attribute). */
  remove?: Removal;
}
