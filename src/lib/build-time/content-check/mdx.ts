/**
 * Checks the text of an MDX page: it must parse, and may hold Markdown, the
 * project's components and a few inline HTML elements only — nothing that
 * could run (runnable.ts: scripts, frames, styles, event handlers, code
 * expressions, imports or exports, javascript: or data: links) — and its
 * pictures are its own, never another site's.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import type { Node } from 'unist';
import type { Problem } from './problem';
import { pastedCharacters } from './pasted';
import { isSiteLink } from '../site-links';
import { refusalsOf, type MdxNode } from './runnable';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

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
  /** What could run, said by name (runnable.ts); the compiler's plugin takes the same things out. */
  const refuse = (node: MdxNode) => {
    for (const { message } of refusalsOf(node)) if (message) at(node, '(page text)', message);
  };

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
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
      case 'html':
      case 'imageReference':
        refuse(node);
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
        refuse(node);
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
  if (/^(https?:)?\/\//i.test(url)) {
    const name = url.split(/[?#]/)[0]?.split('/').pop() || 'picture.png';
    at(
      node,
      '(page text)',
      `the picture "${url.slice(0, 60)}" is on another site: every visitor's browser would fetch it from there, telling that site who reads the page — download it, save it beside this page and show that file: ![${node.alt?.trim() || 'What it shows'}](./${name})`,
    );
  } else if (url && !/^[a-z]+:/i.test(url)) pictures.push({ url, line });
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
