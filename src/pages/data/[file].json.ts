/** /data/<collection>.json: every entry of a collection, references as id and URL. */
import type { APIRoute } from 'astro';
import { DATA_FILES, dataDocument, type DataFile } from '../../lib/build-time/open-data';
import { dataContext, json } from '../../lib/render/data-routes';

export function getStaticPaths() {
  return DATA_FILES.map((file) => ({ params: { file } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const { graph, context } = await dataContext(site);
  return json(dataDocument(params.file as DataFile, graph, context));
};
