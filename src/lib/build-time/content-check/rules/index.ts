/**
 * The rules that span fields or files, run over the entries that could be
 * read: the generic ones below, then each collection's own (its definition's
 * `rules`). Pure: they see parsed entries, not files.
 */
import { COLLECTION_NAMES, collectionSpec, type CollectionName, type Ref } from '../../site-collections';
import type { CheckedEntry } from '../../../collection-api/checked-entry';
import type { Problem } from '../problem';
import { claims } from './claims';
import { noEmail } from './email';
import { fromElsewhere } from './from-elsewhere';
import { placeholders } from './placeholders';
import { quotations } from './quotations';
import { references } from './references';
import type { Rule, RuleContext } from '../../../collection-api/rule';
import { collectInto } from './collect';
import { siteLinks } from './links-to-site';

/** The rules every entry is held to, whatever its collection. */
export const GENERIC_RULES: readonly Rule[] = [
  references,
  noEmail,
  siteLinks,
  placeholders,
  fromElsewhere,
  claims,
  quotations,
];

/**
 * The problems the rules find. `broken` names entries whose files exist but
 * could not be read (id "*": a whole data file): references to them are not
 * reported again, since their own problem is.
 */
export function checkRules(
  entries: readonly CheckedEntry[],
  broken: readonly Ref[] = [],
  contentDir = 'content',
): Problem[] {
  const problems: Problem[] = [];
  const ids = new Map<CollectionName, string[]>(COLLECTION_NAMES.map((c) => [c, []]));
  for (const entry of entries) ids.get(entry.collection)?.push(entry.id);
  const context: RuleContext = {
    entries,
    all: entries,
    ids,
    isBroken: (ref) => broken.some((b) => b.collection === ref.collection && (b.id === ref.id || b.id === '*')),
    incomplete: broken.length > 0,
    contentDir,
    report: collectInto(problems),
  };
  for (const rule of GENERIC_RULES) rule.check(context);
  for (const collection of COLLECTION_NAMES) {
    const own = entries.filter((e) => e.collection === collection);
    for (const rule of collectionSpec(collection).rules ?? []) (rule as Rule).check({ ...context, entries: own });
  }
  return problems;
}
