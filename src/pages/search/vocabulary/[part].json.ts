/**
 * /search/vocabulary/<part>.json: the names search answers and corrects typos
 * with (src/lib/search-vocabulary.ts), one file per first character of names
 * and their words (vocabularyPart in src/lib/spelling.ts), so that a search
 * fetches only the part its query needs.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getGraph } from '../../../lib/entries';
import { buildVocabulary } from '../../../lib/search-vocabulary';
import { splitVocabulary, type Vocabulary } from '../../../lib/spelling';
import { entryHref } from '../../../lib/urls';

export const getStaticPaths = (async () =>
  [...splitVocabulary(buildVocabulary(await getGraph(), entryHref))].map(([part, vocabulary]) => ({
    params: { part },
    props: { vocabulary },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ vocabulary: Vocabulary }> = ({ props }) =>
  new Response(JSON.stringify(props.vocabulary), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
