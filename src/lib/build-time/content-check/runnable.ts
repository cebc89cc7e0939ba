/**
 * What in the text of a page could run — as JavaScript while the site is
 * built, or as a script in a visitor's browser — read from the MDX syntax
 * tree, never by matching the text: an expression runs unless its parsed
 * program (remark-mdx's `node.data.estree`) holds comments only.
 *
 * One list of refusals serves twice: the content check reports each one
 * (mdx.ts), and the remark plugin that every page is compiled through
 * (remark-inert.ts) removes what each names before MDX turns the tree into
 * JavaScript, so that a page the check has not spoken on yet (the dev
 * server, a build before the verdict) runs nothing either.
 */
import type { MdxNode, Refusal } from './mdx-nodes';
import { elementRefusals } from './runnable-elements';
import { PICTURE_EXTENSIONS, extensionOf, isPicture } from './content-files';
import { sentence } from './validate';

export type { MdxAttribute, MdxNode, Refusal, Removal } from './mdx-nodes';

/** Addresses a link may have: the web, e-mail, a fragment, or a path of this site or beside the page. */
const SAFE_URL = /^(https?:|mailto:|#|\/|\.{0,2}\/|[^:]*$)/i;

const ESM_MESSAGE =
  "import and export statements are not allowed in content — the project's components are available without importing them";

/**
 * True when an expression holds comments only (`{/* a note *\/}`): its program
 * has no statement. Without a parsed program it is taken for code.
 */
export function isCommentsOnly(node: MdxNode): boolean {
  const body = node.data?.estree?.body;
  return Array.isArray(body) && body.length === 0;
}

/**
 * The code of an expression as it is shown in a message: from its first
 * statement, so that a note before it ("{/* a note *\/ code}") does not hide
 * it, with "… " for what was left out.
 */
function codeOf(node: MdxNode): string {
  const value = node.value ?? '';
  // An expression is parsed as one statement wrapped around it, which starts at the "{": its expression does not.
  const statement = node.data?.estree?.body?.[0] as { start?: number; expression?: { start?: number } } | undefined;
  const first = statement?.expression?.start ?? statement?.start;
  const offset = node.position?.start.offset;
  // The program's offsets are the page text's; the expression's value starts after its "{".
  const start = first !== undefined && offset !== undefined ? first - offset - 1 : 0;
  return start > 0 && start < value.length ? `… ${value.slice(start).trim()}` : value.trim();
}

const hasNote = (node: MdxNode) =>
  ((node.data?.estree as { comments?: readonly unknown[] } | undefined)?.comments?.length ?? 0) > 0;

/** The refusals of one node of a page's MDX tree; none for what may stay. */
export function refusalsOf(node: MdxNode): Refusal[] {
  switch (node.type) {
    case 'mdxjsEsm':
      return [{ message: ESM_MESSAGE, remove: { node: true } }];
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return isCommentsOnly(node)
        ? []
        : [
            {
              message: sentence(
                `"{${codeOf(node).slice(0, 30)}}" would run as code`,
                hasNote(node) ? 'a note {/* … */} may hold nothing but itself between its braces' : '',
                'write \\{ and \\} for literal braces',
              ),
              remove: { node: true },
            },
          ];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return elementRefusals(node);
    case 'html':
      return [{ message: 'raw HTML is not allowed in content — use Markdown', remove: { node: true } }];
    case 'image':
      return [...urlRefusals(node), ...localPictureRefusals(node)];
    case 'imageReference':
      return [
        {
          message:
            'a picture written by reference ("![…][name]") is not allowed in content — write its file in place: ![What it shows](./picture.png)',
          remove: { node: true },
        },
      ];
    case 'link':
    case 'definition':
      return urlRefusals(node);
    default:
      return [];
  }
}

function urlRefusals(node: MdxNode): Refusal[] {
  const url = node.url?.trim();
  if (!url || SAFE_URL.test(url)) return [];
  return [
    {
      message: `the link "${url.slice(0, 40)}" is not allowed — links must be web addresses (https://…) or pages of this site`,
      // A picture with such an address goes; a link keeps its words without it.
      remove: node.type === 'image' ? { node: true } : { url: true },
    },
  ];
}

/**
 * A picture beside the page is imported by the build as a module: only a
 * picture file, without a query ("?raw", "?worker"), may be, or the import
 * would load something else.
 */
function localPictureRefusals(node: MdxNode): Refusal[] {
  const url = node.url?.trim() ?? '';
  if (!url || URL.canParse(url) || url.startsWith('/') || !SAFE_URL.test(url)) return [];
  const file = url.toLowerCase();
  const extension = extensionOf(file);
  if (/[?#]/.test(file))
    return [
      {
        message: `the picture "${url.slice(0, 40)}" has a "?" or "#" after its file name — write the file name alone: ![…](${url.split(/[?#]/)[0]})`,
        remove: { node: true },
      },
    ];
  if (PICTURE_EXTENSIONS.includes(extension)) return [];
  // The pictures rule (pictures.ts) says what to do with a kind of picture it knows; the build shows none of them.
  if (isPicture(file)) return [{ remove: { node: true } }];
  return [
    {
      message: extension
        ? `"${url.slice(0, 40)}" is not a picture — show a JPEG or PNG file saved beside the page`
        : `the picture "${url.slice(0, 40)}" has no extension — write the file's whole name, e.g. ${url}.png`,
      remove: { node: true },
    },
  ];
}
