/** Structured data without its empty values: a schema.org object, as the definitions describe their pages. */
export type Thing = Record<string, unknown>;

/** `thing` without its undefined values and empty lists. */
export const compact = (thing: Thing): Thing =>
  Object.fromEntries(Object.entries(thing).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)));
