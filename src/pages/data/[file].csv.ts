/** /data/<name>.csv: the tables people open in a spreadsheet, one row per entry. */
import type { APIRoute } from 'astro';
import { CSV_FILES, dataCsv } from '../../lib/build-time/open-data';
import { dataContext } from '../../lib/render/data-routes';

export function getStaticPaths() {
  return CSV_FILES.map((file) => ({ params: { file } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const { graph, context } = await dataContext(site);
  return new Response(dataCsv(params.file as (typeof CSV_FILES)[number], graph, context.url), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
};
