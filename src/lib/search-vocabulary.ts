/**
 * The site's vocabulary for search, built once per build into small JSON
 * files, one per first character (/search/vocabulary/<part>.json, see
 * splitVocabulary in spelling.ts): every name a visitor may type — titles,
 * acronyms, aliases, glossary terms and their expansions — with the entry it
 * names and its address. The browser answers exact names with it and corrects
 * typos against it (spelling.ts). A part is fetched before a first search, so
 * it holds names only: an answer's one-line summary comes from the page's own
 * search data. Meetings are left out: they are found by their bodies' names,
 * and they are most of the content.
 */
import { REGISTRY, type CollectionName, type Ref } from '../registry';
import type { SiteGraph } from './graph';
import type { Vocabulary, VocabularyEntry } from './spelling';

const unique = (names: readonly (string | undefined)[], except: string) => [
  ...new Set(names.filter((n): n is string => Boolean(n && n.trim()) && n !== except)),
];

/** Builds the vocabulary from the graph; `url` gives the address of an entry (with the site's base). */
export function buildVocabulary(graph: SiteGraph, url: (ref: Ref) => string): Vocabulary {
  const entries: VocabularyEntry[] = [];
  const add = (
    collection: CollectionName,
    id: string,
    name: string,
    others: readonly (string | undefined)[],
    expansion: string | undefined,
  ) =>
    entries.push({
      name,
      also: unique(others, name),
      ...(expansion && expansion !== name ? { expansion } : {}),
      type: REGISTRY[collection].searchType,
      url: url({ collection, id }),
    });

  for (const b of graph.bodies.values())
    add('bodies', b.id, b.label, [b.data.acronym, b.data.name, ...b.data.aliases], b.data.name);
  for (const s of graph.standards.values())
    add('standards', s.id, s.label, [s.data.acronym, s.data.name, ...s.data.aliases], s.data.name);
  for (const t of graph.topics.values()) add('topics', t.id, t.label, t.data.aliases, undefined);
  for (const p of graph.partners.values())
    add('partners', p.id, p.label, [p.data.legalName, ...p.data.aliases], p.data.legalName);
  for (const r of graph.reports.values()) add('reports', r.id, r.label, [r.data.number, r.data.title], r.data.title);
  for (const r of graph.results.values()) add('results', r.id, r.label, [r.data.name], r.data.name);
  for (const g of graph.glossary.values()) add('glossary', g.id, g.data.term, [g.data.expansion], g.data.expansion);
  return { entries };
}
