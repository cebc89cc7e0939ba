/**
 * What of an element in a page's text could run or is not allowed: an unsafe
 * element (a script, a frame, a drawing), an element that is neither one of
 * the project's components nor allowed HTML, and its attributes (spreads,
 * code, event handlers, javascript: addresses, names and values it has not).
 */
import { didYouMean } from '../../pure/suggest';
import { ALLOWED_HTML, ALLOWED_HTML_ATTRIBUTES, CONTENT_COMPONENTS } from './components';
import { sentence } from './validate';
import type { MdxAttribute, MdxNode, Refusal } from './mdx-nodes';

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

const UNSAFE_SCHEME = /^\s*(javascript|data|vbscript):/i;

const components = Object.keys(CONTENT_COMPONENTS);
const allowedList = `components: ${components.join(', ')}; HTML: ${ALLOWED_HTML.join(', ')}`;

interface ComponentRules {
  attributes: Record<string, readonly string[] | null>;
  required?: readonly string[];
}

export function elementRefusals(node: MdxNode): Refusal[] {
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
