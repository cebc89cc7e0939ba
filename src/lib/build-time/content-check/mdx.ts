/**
 * Checks the text of an MDX page: it must parse, and may hold Markdown, the
 * project's components and a few inline HTML elements only — no scripts,
 * frames, styles, event handlers, code expressions, imports or exports, and
 * no javascript: or data: links.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import type { Node } from 'unist';
import { ALLOWED_HTML, ALLOWED_HTML_ATTRIBUTES, CONTENT_COMPONENTS } from './components';
import type { Problem } from './problem';
import { pastedCharacters } from './parse';
import { didYouMean } from '../../pure/suggest';
import { isSiteLink } from '../site-links';
import { sentence } from './validate';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

const UNSAFE_ELEMENTS: Record<string, string> = {
  script: 'scripts are not allowed in content',
  iframe: 'embedded frames are not allowed in content',
  style: 'style sheets are not allowed in content — the site styles every page',
  object: 'embedded objects are not allowed in content',
  embed: 'embedded objects are not allowed in content',
  form: 'forms are not allowed in content',
  link: 'links to style sheets or scripts are not allowed in content',
  meta: 'meta tags are not allowed in content',
  base: 'base tags are not allowed in content',
};

const SAFE_URL = /^(https?:|mailto:|#|\/|\.{0,2}\/|[^:]*$)/i;
const COMMENT = /^\s*\/\*[\s\S]*\*\/\s*$/;

interface Attribute {
  type: string;
  name?: string;
  value?: string | { type: string; value: string } | null;
}

interface MdxNode extends Node {
  name?: string | null;
  value?: string;
  url?: string;
  attributes?: Attribute[];
}

const components = Object.keys(CONTENT_COMPONENTS);
const allowedList = `components: ${components.join(', ')}; HTML: ${ALLOWED_HTML.join(', ')}`;

/** A link to a page of the site, with its line, for the rules to resolve (rules/site-links.ts). */
export interface SiteLinkAt {
  url: string;
  line: number;
}

/** What the check learns from a page's text: its problems, its links to site pages and its prose. */
export interface MdxText {
  problems: Problem[];
  links: SiteLinkAt[];
  /** The text of each paragraph, heading and table cell, without Markdown: what quotations are checked against. */
  prose: string[];
  /** The pictures of its own (not web addresses), for their files to be found. */
  pictures: PictureAt[];
}

/** Blocks whose text is prose a quotation may come from. */
const PROSE_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

export function checkMdxText(file: string, text: string, textLine: number): MdxText {
  const problems: Problem[] = [];
  const links: SiteLinkAt[] = [];
  const prose: string[] = [];
  const pictures: PictureAt[] = [];
  const lineOf = (node: Node | undefined) => (node?.position ? node.position.start.line + textLine - 1 : textLine);
  const at = (node: Node | undefined, field: string, message: string) =>
    problems.push({ file, line: lineOf(node), field, message });

  // Characters pasted from a word processor or a PDF that the page would not show as meant.
  problems.push(...pastedCharacters(file, text, textLine, { frontMatter: false }));
  // What Markdown allows and MDX does not, said for what it is, not as the parse error it would cause.
  // The rest of the text is still read, without those lines, so that one round of fixes is enough.
  const markdownOnly = markdownOnlySyntax(file, text, textLine);
  problems.push(...markdownOnly);
  const skipped = new Set(markdownOnly.map((p) => (p.line ?? 0) - textLine));
  const readable = skipped.size
    ? text
        .split(/\r?\n/)
        .map((line, i) => (skipped.has(i) ? '' : line))
        .join('\n')
    : text;

  let tree: Node;
  try {
    tree = parser.parse(readable);
  } catch (error) {
    const e = error as { line?: number; column?: number; reason?: string; message: string };
    const line = e.line ? e.line + textLine - 1 : textLine;
    problems.push({ file, line, field: '(page text)', message: syntaxMessage(e.reason ?? e.message, e.column) });
    return { problems, links, prose, pictures };
  }

  visit(tree, (node: MdxNode) => {
    if (PROSE_BLOCKS.has(node.type)) prose.push(toString(node));
    switch (node.type) {
      case 'mdxjsEsm':
        at(
          node,
          '(page text)',
          "import and export statements are not allowed in content — the project's components are available without importing them",
        );
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!COMMENT.test(node.value ?? '')) {
          at(
            node,
            '(page text)',
            `"{${(node.value ?? '').trim().slice(0, 30)}}" would run as code — write \\{ and \\} for literal braces`,
          );
        }
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, at);
        break;
      case 'heading':
        if ((node as MdxNode & { depth?: number }).depth === 1) {
          const title = toString(node);
          at(
            node,
            '(page text)',
            `the heading "# ${title}" (one "#") would be a second title on the page, whose title is the entry's name — start a section with two: "## ${title}"`,
          );
        }
        break;
      case 'image':
        checkPicture(node as MdxNode & { alt?: string | null }, lineOf(node), at, pictures);
      // falls through: a picture's address is checked as a link's.
      case 'link':
      case 'definition':
        if (node.url && isSiteLink(node.url.trim())) links.push({ url: node.url.trim(), line: lineOf(node) });
        if (node.url && !SAFE_URL.test(node.url.trim())) {
          at(
            node,
            '(page text)',
            `the link "${node.url.slice(0, 40)}" is not allowed — links must be web addresses (https://…) or pages of this site`,
          );
        }
        break;
      case 'html':
        at(node, '(page text)', 'raw HTML is not allowed in content — use Markdown');
        break;
    }
  });
  return { problems, links, prose, pictures };
}

/** Fenced code, where anything may be written. */
const FENCE_LINE = /^\s*(```|~~~)/;

/**
 * Markdown that MDX reads otherwise, line by line outside fenced code: an
 * HTML comment, and a web address between angle brackets as the report
 * writes them ("<https://www.iab.org/…>"), which MDX reads as a tag.
 */
function markdownOnlySyntax(file: string, text: string, textLine: number): Problem[] {
  const problems: Problem[] = [];
  let fenced = false;
  text.split(/\r?\n/).forEach((line, index) => {
    if (FENCE_LINE.test(line)) fenced = !fenced;
    if (fenced) return;
    const report = (message: string) => problems.push({ file, line: textLine + index, field: '(page text)', message });
    if (line.includes('<!--'))
      report(
        'an HTML comment ("<!--") cannot be used in the page text — delete it, or write the note as {/* … */}, which is not published',
      );
    const address = /<((?:https?:\/\/|mailto:|www\.)[^\s<>]+)>/.exec(line)?.[1];
    if (address)
      report(
        `the web address "<${address}>" is between angle brackets, which the page text reads as a tag — write it without them: ${address} becomes a link by itself`,
      );
  });
  return problems;
}

/** A picture in page text, with its line, for the rule that finds its file (rules/pictures.ts). */
export interface PictureAt {
  url: string;
  line: number;
}

/** A picture needs a description (its alt text); a picture of its own folder is listed for its file to be found. */
function checkPicture(
  node: MdxNode & { alt?: string | null },
  line: number,
  at: (node: Node | undefined, field: string, message: string) => void,
  pictures: PictureAt[],
): void {
  const url = (node.url ?? '').trim();
  if (!node.alt?.trim())
    at(
      node,
      '(page text)',
      `the picture "${url}" has no description — write what it shows between the brackets, for those who cannot see it: ![What the picture shows](${url})`,
    );
  if (url && !/^[a-z]+:/i.test(url)) pictures.push({ url, line });
}

/** Says what an MDX parse error means in words a partner can act on. */
function syntaxMessage(reason: string, column?: number): string {
  const where = column ? ` at column ${column}` : '';
  if (/expression|acorn|brace/i.test(reason)) {
    return `the text cannot be read${where}: a "{" starts code that is not closed or not valid — write \\{ and \\} for the characters themselves`;
  }
  if (/tag|attribute|closing|element|before name|after name/i.test(reason)) {
    return `the text cannot be read${where}: a "<" starts a tag that is not closed or not valid — write \\< for the character itself, or close the tag`;
  }
  return `the text cannot be read${where} (${(reason.split(/[,;]/)[0] ?? reason).trim()}) — check for an unclosed "<" or "{"`;
}

interface ComponentRules {
  attributes: Record<string, readonly string[] | null>;
  required?: readonly string[];
}

/** What is wrong with one attribute of `tag`, or undefined when nothing is. */
function attributeProblem(
  tag: string,
  attribute: Attribute,
  allowed: readonly string[],
  component: ComponentRules | undefined,
): string | undefined {
  if (attribute.type !== 'mdxJsxAttribute' || !attribute.name)
    return `${tag} has a "{…}" attribute, which would run as code — write attributes as name="text"`;
  const { name: attr, value } = attribute;
  if (/^on/i.test(attr))
    return `${tag} has the event-handler attribute ${attr}= — event handlers run scripts and are not allowed in content`;
  if (value && typeof value === 'object') return `${tag} ${attr}={…} would run as code — write ${attr}="text"`;
  if (typeof value === 'string' && /^\s*(javascript|data|vbscript):/i.test(value))
    return `${tag} ${attr}="${value.slice(0, 30)}" is not allowed — javascript: and data: addresses are not allowed in content`;
  if (!allowed.includes(attr))
    return sentence(
      `${tag} has no attribute "${attr}"`,
      didYouMean(attr, allowed),
      allowed.length ? `allowed: ${allowed.join(', ')}` : 'it takes no attributes',
    );
  const values = component?.attributes[attr];
  if (values && (typeof value !== 'string' || !values.includes(value)))
    return sentence(
      `${tag} ${attr}="${value ?? ''}" is not an allowed value`,
      didYouMean(String(value ?? ''), values),
      `allowed: ${values.join(', ')}`,
    );
  return undefined;
}

function checkElement(node: MdxNode, at: (node: Node, field: string, message: string) => void) {
  const name = node.name;
  if (!name) {
    at(node, '(page text)', 'empty "<>" tags are not allowed in content — remove them');
    return;
  }
  const tag = `<${name}>`;
  const lower = name.toLowerCase();
  if (UNSAFE_ELEMENTS[lower]) {
    at(node, '(page text)', `${tag} — ${UNSAFE_ELEMENTS[lower]}`);
    return;
  }
  const component = (CONTENT_COMPONENTS as Record<string, ComponentRules>)[name];
  if (!component && !(ALLOWED_HTML as readonly string[]).includes(name)) {
    const message = sentence(
      `${tag} is not allowed in content`,
      didYouMean(name, [...components, ...ALLOWED_HTML]),
      `use Markdown, or one of the ${allowedList}`,
    );
    at(node, '(page text)', message);
    return;
  }
  const allowed = component ? Object.keys(component.attributes) : ALLOWED_HTML_ATTRIBUTES;
  for (const attribute of node.attributes ?? []) {
    const problem = attributeProblem(tag, attribute, allowed, component);
    if (problem) at(node, '(page text)', problem);
  }
  for (const attr of component?.required ?? []) {
    if (!(node.attributes ?? []).some((a) => a.name === attr))
      at(node, '(page text)', `${tag} needs the attribute ${attr}="…"`);
  }
}
