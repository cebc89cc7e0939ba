/** The generated parts of CONTRIBUTING.md, from the schemas the content check uses. */
import { COLLECTION_NAMES, collectionSpec } from '../site-collections';
import { modelTables, type FieldDoc } from '../field-docs';
import { checkRef } from '.';

/** The field tables of every collection. */
export function contributingTables(): Map<string, FieldDoc[]> {
  return modelTables(COLLECTION_NAMES.map((name) => ({ name, schema: collectionSpec(name).schema(checkRef) })));
}

/** The other generated blocks, as the collections' definitions write them (`docs`): the status scale … */
export function contributingBlocks(): Map<string, string> {
  const blocks = new Map<string, string>();
  for (const name of COLLECTION_NAMES)
    for (const [marker, write] of Object.entries(collectionSpec(name).docs ?? {})) {
      if (blocks.has(marker)) throw new Error(`two collections write the block "${marker}" of CONTRIBUTING.md`);
      blocks.set(marker, write());
    }
  return blocks;
}
