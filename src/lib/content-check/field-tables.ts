/** The field tables of every collection, from the schemas the content check uses. */
import { COLLECTION_NAMES, collectionSpec } from '../../registry';
import { modelTables, type FieldDoc } from '../field-docs';
import { checkRef } from './index';

export function contributingTables(): Map<string, FieldDoc[]> {
  return modelTables(COLLECTION_NAMES.map((name) => ({ name, schema: collectionSpec(name).schema(checkRef) })));
}
