/**
 * /search/vocabulary/<part>.json: the names search answers and corrects typos
 * with (src/lib/search/search-vocabulary.ts), one file per first character of names
 * and their words (vocabularyPart in src/lib/pure/spelling.ts), so that a first
 * search fetches only the part its query needs; /search/vocabulary/all.json
 * holds every name, for the queries after it. Written packed (PackedVocabulary
 * in spelling.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getGraph } from '../../../lib/render/entries';
import { buildVocabulary } from '../../../lib/search/search-vocabulary';
import { packVocabulary, splitVocabulary, type Vocabulary } from '../../../lib/pure/spelling';
import { entryHref } from '../../../lib/render/urls';

export const getStaticPaths = (async () => {
  const whole = buildVocabulary(await getGraph(), entryHref);
  return [...splitVocabulary(whole), ['all', whole] as const].map(([part, vocabulary]) => ({
    params: { part },
    props: { vocabulary },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ vocabulary: Vocabulary }> = ({ props }) =>
  new Response(JSON.stringify(packVocabulary(props.vocabulary)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
