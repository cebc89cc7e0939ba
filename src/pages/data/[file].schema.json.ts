/** /data/<collection>.schema.json: the JSON Schema of the file, generated from the content schema. */
import type { APIRoute } from 'astro';
import { DATA_FILES, dataSchema, type DataFile } from '../../lib/build-time/open-data';
import { dataContext, json } from '../../lib/render/data-routes';

export function getStaticPaths() {
  return DATA_FILES.map((file) => ({ params: { file } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const { context } = await dataContext(site);
  return json(dataSchema(params.file as DataFile, context));
};
