/**
 * Facts that do not come from the reports. An entry lists them under
 * `fromElsewhere:`; every page and list that shows such a field marks it
 * with the source.
 */

interface WithElsewhere {
  fromElsewhere?: readonly { field: string; source: string }[];
}

/** Where the fact in `field` comes from, when it does not come from the reports; undefined when it does. */
export function elsewhere(data: WithElsewhere, field: string): string | undefined {
  return data.fromElsewhere?.find((f) => f.field === field)?.source;
}

/** The words that mark a fact from elsewhere, for text outside the page (search results, feeds, data). */
export const NOT_FROM_THE_REPORT = 'not from the report';
