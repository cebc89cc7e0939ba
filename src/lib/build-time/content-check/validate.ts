/**
 * Validates parsed data against a collection's schema and turns zod's issues
 * into problems written for the person editing the file.
 */
import { z } from 'astro/zod';
import { didYouMean } from '../../pure/suggest';
import { fieldName, type Problem } from './problem';
import type { ParsedSource } from './parse';

/** A schema without its optional, default and effects wrappers. */
function unwrap(s: z.ZodTypeAny): z.ZodTypeAny {
  let current = s;
  for (;;) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodNullable) current = current.unwrap();
    else if (current instanceof z.ZodDefault) current = current._def.innerType;
    else if (current instanceof z.ZodEffects) current = current.innerType();
    else return current;
  }
}

/** The schema of the value at `path` inside `schema`, unwrapped; undefined when the path leaves it. */
function schemaAt(schema: z.ZodTypeAny, path: readonly (string | number)[]): z.ZodTypeAny | undefined {
  let node: z.ZodTypeAny | undefined = unwrap(schema);
  for (const part of path) {
    if (typeof part === 'number' && node instanceof z.ZodArray) node = node.element;
    else if (typeof part === 'string' && node instanceof z.ZodObject) node = node.shape[part];
    else return undefined;
    if (!node) return undefined;
    node = unwrap(node);
  }
  return node;
}

/** The keys an object schema allows at `path` inside `schema`, for "did you mean". */
export function allowedKeys(schema: z.ZodTypeAny, path: readonly (string | number)[]): string[] {
  const node = schemaAt(schema, path);
  return node instanceof z.ZodObject ? Object.keys(node.shape) : [];
}

/** Joins the non-empty parts of a message with dashes. */
export const sentence = (...parts: string[]) => parts.filter(Boolean).join(' — ');

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  array: 'a list (lines starting with "- ", or [a, b])',
  object: 'a group of "field: value" lines',
  date: 'a date',
  null: 'nothing',
  undefined: 'nothing',
};
const word = (type: string) => TYPE_WORDS[type] ?? type;

/** What one zod issue says, per field; `path` when the field is deeper than the issue's own path. */
interface Described {
  field: string;
  message: string;
  path?: (string | number)[];
}

/**
 * The message for one zod issue. Long on purpose: one case per kind of issue,
 * each turning zod's words into the editor's, side by side so they read alike.
 */
function describeIssue(issue: z.ZodIssue, schema: z.ZodTypeAny, source: ParsedSource): Described[] {
  const field = fieldName(issue.path);
  switch (issue.code) {
    case z.ZodIssueCode.invalid_type: {
      if (issue.received === 'undefined') {
        const node = schemaAt(schema, issue.path);
        const values = node instanceof z.ZodEnum ? ` — allowed: ${(node.options as string[]).join(', ')}` : '';
        return [{ field, message: `this required field is missing${values}` }];
      }
      const written = source.sourceOf(issue.path);
      if (issue.received === 'date' && written !== undefined) {
        return [
          {
            field,
            message: `the date ${written} is not in quotes — write it as "${written}" (a real calendar date, "YYYY-MM-DD")`,
          },
        ];
      }
      const expected =
        issue.message && !issue.message.startsWith('Expected ') ? issue.message : `expected ${word(issue.expected)}`;
      return [{ field, message: `${expected} — found ${word(issue.received)}` }];
    }
    case z.ZodIssueCode.invalid_enum_value: {
      const options = issue.options.map(String);
      const received = String(issue.received);
      return [
        {
          field,
          message: sentence(
            `"${received}" is not an allowed value`,
            didYouMean(received, options),
            `allowed: ${options.join(', ')}`,
          ),
        },
      ];
    }
    case z.ZodIssueCode.unrecognized_keys: {
      const allowed = allowedKeys(schema, issue.path);
      return issue.keys.map((key) => ({
        field: fieldName([...issue.path, key]),
        path: [...issue.path, key],
        message: sentence(
          `unknown field "${key}"`,
          didYouMean(key, allowed),
          `allowed fields here: ${allowed.join(', ')}`,
        ),
      }));
    }
    case z.ZodIssueCode.invalid_string:
    case z.ZodIssueCode.too_small:
    case z.ZodIssueCode.too_big:
    case z.ZodIssueCode.custom: {
      // Messages of the form "is not …" read after the value as written in the file.
      if (issue.message.startsWith('is ')) {
        const written = source.sourceOf(issue.path);
        const value = written === undefined ? 'the value' : `"${written.replace(/^["']|["']$/g, '')}"`;
        return [{ field, message: `${value} ${issue.message}` }];
      }
      const message = /^(String|Number|Array) must/.test(issue.message)
        ? `the value does not fit: ${issue.message.toLowerCase()}`
        : issue.message;
      return [{ field, message }];
    }
    default:
      return [{ field, message: issue.message }];
  }
}

export interface Validated {
  data?: unknown;
  problems: Problem[];
}

/** Parses `data` with `schema`; problems carry the file, line and field. */
export function validate(
  file: string,
  schema: z.ZodTypeAny,
  source: ParsedSource,
  prefix: readonly (string | number)[] = [],
): Validated {
  const result = schema.safeParse(prefix.length ? getIn(source.data, prefix) : source.data);
  if (result.success) return { data: result.data, problems: [] };
  const problems = result.error.issues.flatMap((issue) => {
    const absolute = { ...issue, path: [...prefix, ...issue.path] } as z.ZodIssue;
    return describeIssue(absolute, prefix.length ? wrap(schema, prefix) : schema, source).map(
      ({ field, message, path }) => ({
        file,
        line: source.lineOf(path ?? absolute.path),
        field: prefix.length ? fieldName((path ?? absolute.path).slice(prefix.length)) : field,
        message,
      }),
    );
  });
  return { problems };
}

function getIn(value: unknown, path: readonly (string | number)[]): unknown {
  let current = value as Record<string | number, unknown> | undefined;
  for (const part of path) current = current?.[part] as Record<string | number, unknown> | undefined;
  return current;
}

/** Nests `schema` under `path` so allowedKeys() can walk an absolute path. */
function wrap(schema: z.ZodTypeAny, path: readonly (string | number)[]): z.ZodTypeAny {
  return [...path]
    .reverse()
    .reduce<z.ZodTypeAny>(
      (inner, part) => (typeof part === 'number' ? z.array(inner) : z.object({ [part]: inner })),
      schema,
    );
}
