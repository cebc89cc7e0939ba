/** What the /data/ endpoints share: the graph, and the context every file is written with. */
import { getGraph } from './entries';
import { absoluteUrl } from './urls';
import { site } from '../../site.config';
import type { DataContext } from '../build-time/open-data';

export async function dataContext(
  siteUrl: URL | undefined,
): Promise<{ context: DataContext; graph: Awaited<ReturnType<typeof getGraph>> }> {
  return {
    graph: await getGraph(),
    context: { url: absoluteUrl(siteUrl), licence: site.dataLicence, title: site.title },
  };
}

/** A JSON response, indented so that people can read it. */
export const json = (value: unknown) =>
  new Response(`${JSON.stringify(value, null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
