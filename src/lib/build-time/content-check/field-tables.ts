/** The generated parts of CONTRIBUTING.md, from the schemas the content check uses. */
import { COLLECTION_NAMES, collectionSpec } from '../../../collections';
import { modelTables, type FieldDoc } from '../field-docs';
import { ENGAGEMENT_STATUSES } from '../../../collections/bodies/schema';
import { STATUS_SCALE } from '../../../collections/bodies/status';
import { checkRef } from '.';

/** The field tables of every collection. */
export function contributingTables(): Map<string, FieldDoc[]> {
  return modelTables(COLLECTION_NAMES.map((name) => ({ name, schema: collectionSpec(name).schema(checkRef) })));
}

/** The other generated blocks: the status scale with its definitions. */
export function contributingBlocks(): Map<string, string> {
  const rows = ENGAGEMENT_STATUSES.map(
    (status) => `| \`${status}\` | ${STATUS_SCALE[status].label} | ${STATUS_SCALE[status].description} |`,
  );
  return new Map([
    ['statuses', ['| value | label on the site | when it applies |', '| --- | --- | --- |', ...rows].join('\n')],
  ]);
}
