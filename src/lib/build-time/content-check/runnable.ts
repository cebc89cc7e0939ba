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
import type { Node } from 'unist';
import { didYouMean } from '../../pure/suggest';
import { ALLOWED_HTML, ALLOWED_HTML_ATTRIBUTES, CONTENT_COMPONENTS } from './components';
import { PICTURE_EXTENSIONS, extensionOf, isPicture } from './files';
import { sentence } from './validate';

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
  svg: 'drawings written in the text can carry scripts and are not allowed in content — save the drawing as a PNG beside the page and show it with ![What it shows](./drawing.png)',
};

/** Addresses a link may have: the web, e-mail, a fragment, or a path of this site or beside the page. */
const SAFE_URL = /^(https?:|mailto:|#|\/|\.{0,2}\/|[^:]*$)/i;
const UNSAFE_SCHEME = /^\s*(javascript|data|vbscript):/i;

const ESM_MESSAGE =
  "import and export statements are not allowed in content — the project's components are available without importing them";

const components = Object.keys(CONTENT_COMPONENTS);
const allowedList = `components: ${components.join(', ')}; HTML: ${ALLOWED_HTML.join(', ')}`;

interface ComponentRules {
  attributes: Record<string, readonly string[] | null>;
  required?: readonly string[];
}

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

function elementRefusals(node: MdxNode): Refusal[] {
  const name = node.name;
  if (!name) return [{ message: 'empty "<>" tags are not allowed in content — remove them', remove: { node: true } }];
  const tag = `<${name}>`;
  const unsafe = UNSAFE_ELEMENTS[name.toLowerCase()];
  if (unsafe) return [{ message: `${tag} — ${unsafe}`, remove: { node: true } }];
  const component = (CONTENT_COMPONENTS as Record<string, ComponentRules>)[name];
  if (!component && !(ALLOWED_HTML as readonly string[]).includes(name))
    return [
      {
        message: sentence(
          `${tag} is not allowed in content`,
          didYouMean(name, [...components, ...ALLOWED_HTML]),
          `use Markdown, or one of the ${allowedList}`,
        ),
        remove: { node: true },
      },
    ];
  const allowed = component ? Object.keys(component.attributes) : ALLOWED_HTML_ATTRIBUTES;
  const refusals: Refusal[] = [];
  for (const attribute of node.attributes ?? []) {
    const refusal = attributeRefusal(tag, attribute, allowed, component);
    if (refusal) refusals.push(refusal);
  }
  for (const attr of component?.required ?? [])
    if (!(node.attributes ?? []).some((a) => a.name === attr))
      refusals.push({ message: `${tag} needs the attribute ${attr}="…"` });
  return refusals;
}

/** What is wrong with one attribute of `tag`, or undefined when nothing is. */
function attributeRefusal(
  tag: string,
  attribute: MdxAttribute,
  allowed: readonly string[],
  component: ComponentRules | undefined,
): Refusal | undefined {
  const remove = { attribute };
  if (attribute.type !== 'mdxJsxAttribute' || !attribute.name)
    return {
      message: `${tag} has a spread attribute "{${String(attribute.value ?? '…')
        .trim()
        .slice(0, 30)}}", which would run as code — write attributes as name="text"`,
      remove,
    };
  const { name: attr, value } = attribute;
  if (/^on/i.test(attr))
    return {
      message: `${tag} has the event-handler attribute ${attr}= — event handlers run scripts and are not allowed in content`,
      remove,
    };
  if (value && typeof value === 'object')
    return { message: `${tag} ${attr}={…} would run as code — write ${attr}="text"`, remove };
  if (typeof value === 'string' && UNSAFE_SCHEME.test(value))
    return {
      message: `${tag} ${attr}="${value.slice(0, 30)}" is not allowed — javascript: and data: addresses are not allowed in content`,
      remove,
    };
  if (!allowed.includes(attr))
    return {
      message: sentence(
        `${tag} has no attribute "${attr}"`,
        didYouMean(attr, allowed),
        allowed.length ? `allowed: ${allowed.join(', ')}` : 'it takes no attributes',
      ),
      remove,
    };
  const values = component?.attributes[attr];
  if (values && (typeof value !== 'string' || !values.includes(value)))
    return {
      message: sentence(
        `${tag} ${attr}="${value ?? ''}" is not an allowed value`,
        didYouMean(String(value ?? ''), values),
        `allowed: ${values.join(', ')}`,
      ),
    };
  return undefined;
}
