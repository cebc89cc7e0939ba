/** What holds for a glossary entry beyond its fields: it links to one page at most. */
import type { Rule } from '../../lib/collection-api/rule';
import type { GlossaryData } from './schema';

/** The fields that link a glossary entry to a page, in the order they are named. */
const LINKS = ['body', 'standard', 'topic', 'partner', 'result'] as const;

const onePage: Rule<GlossaryData> = {
  holds: 'a glossary entry links to one page at most',
  check({ entries, report }) {
    for (const entry of entries) {
      const links = LINKS.filter((k) => entry.data[k] !== undefined);
      const second = links[1];
      if (second)
        report.field(entry, [second], `link a glossary entry to one page at most — it links to ${links.join(' and ')}`);
    }
  },
};

export const GLOSSARY_RULES: readonly Rule<GlossaryData>[] = [onePage];
