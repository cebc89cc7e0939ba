/**
 * The site's vocabulary for search, built once per build into small JSON
 * files, one per first character (/search/vocabulary/<part>.json, see
 * splitVocabulary in spelling.ts): every name a visitor may type — titles,
 * acronyms, aliases, glossary terms and their expansions — with the entry it
 * names and its address. The browser answers exact names with it and corrects
 * typos against it (spelling.ts). A part is fetched before a first search, so
 * it holds names only: an answer's one-line summary comes from the page's own
 * search data. The names are those the search index finds each entry by
 * (`names` of its collection's definition); a collection whose definition
 * sets `vocabulary: false` is left out (meetings: they are found by their
 * bodies' names, and they are most of the content).
 */
import { COLLECTION_NAMES, collectionSpec, type Ref } from '../build-time/site-collections';
import type { SiteGraph } from '../build-time/graph';
import { namesOf } from './search-index';
import type { Vocabulary, VocabularyEntry } from '../pure/spelling';

const unique = (names: readonly (string | undefined)[], except: string) => [
  ...new Set(names.filter((n): n is string => Boolean(n && n.trim()) && n !== except)),
];

/** Builds the vocabulary from the graph; `url` gives the address of an entry (with the site's base). */
export function buildVocabulary(graph: SiteGraph, url: (ref: Ref) => string): Vocabulary {
  const entries: VocabularyEntry[] = [];
  for (const collection of COLLECTION_NAMES) {
    const spec = collectionSpec(collection);
    if (spec.vocabulary === false || !spec.names) continue;
    for (const node of graph[collection].values()) {
      const { names, expansion } = namesOf(collection, node);
      const name = names.find((n): n is string => Boolean(n?.trim())) ?? node.label;
      entries.push({
        name,
        also: unique(names, name),
        ...(expansion && expansion !== name ? { expansion } : {}),
        type: spec.searchType,
        url: url({ collection, id: node.id }),
      });
    }
  }
  return { entries };
}
