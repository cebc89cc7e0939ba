/**
 * The project's collections, one line each, in their order (open data, the
 * footer). Each is a folder of src/collections/ under the same name: its
 * schema, its definition (collection.ts), its entry page (Page.astro), its
 * list (List.astro) and its own components. The framework's generic code
 * reads this list through the registry (src/lib/collection-api/registry.ts),
 * never by importing this file; every type of it is inferred from here.
 */
import { defineCollections } from '../lib/collection-api/registry';
import bodies from './bodies/collection';
import meetings from './meetings/collection';
import partners from './partners/collection';
import topics from './topics/collection';
import standards from './standards/collection';
import reports from './reports/collection';
import results from './results/collection';
import glossary from './glossary/collection';
import references from './references/collection';

const list = { bodies, meetings, partners, topics, standards, reports, results, glossary, references };

/** Each collection's definition by name. */
export type Collections = typeof list;

export default defineCollections(list);
