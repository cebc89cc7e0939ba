/** The static paths of the assembled documents: one per report, its entry as a prop. */
import { getEntries } from '../../../lib/build-time/entries';

export async function documentPaths() {
  return (await getEntries('reports')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
