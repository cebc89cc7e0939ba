/** /search/vocabulary.json: the names search answers and corrects typos with (src/lib/search-vocabulary.ts). */
import type { APIRoute } from 'astro';
import { getGraph } from '../../lib/entries';
import { buildVocabulary } from '../../lib/search-vocabulary';
import { entryHref } from '../../lib/urls';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(buildVocabulary(await getGraph(), entryHref)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
