/**
 * npm run docs — rewrites the field tables of CONTRIBUTING.md from the
 * schemas: each field, whether it is required, and what it means. Examples
 * written in the tables are kept. A unit test fails when the tables and the
 * schemas disagree (tests/unit/field-docs.test.ts).
 *
 * It also writes the issue forms (.github/ISSUE_TEMPLATE/*.yml) from the
 * schemas and the content's bodies, partners and reports; a project test
 * fails when they drift (tests/project/issue-forms.test.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { readContentFiles, checkSources } from '../src/lib/build-time/content-check';
import { contentDir } from '../src/lib/build-time/project';
import { FORMS_FOLDER, writeForms } from '../src/lib/tools/issue-forms/form-files';
import { contributingBlocks, contributingTables } from '../src/lib/build-time/content-check/field-tables';
import { updateDocument } from '../src/lib/build-time/field-docs';

const file = 'CONTRIBUTING.md';
const before = readFileSync(file, 'utf8');
const { text, missing } = updateDocument(before, contributingTables(), contributingBlocks());
if (missing.length) {
  console.error(
    `${file} has no place for these tables; add <!-- fields: NAME --> and <!-- /fields: NAME --> (or generated: NAME): ${missing.join(', ')}`,
  );
  process.exit(1);
}
writeFileSync(file, text);
console.log(text === before ? `${file} already agrees with the schemas.` : `${file}: field tables updated.`);

const { entries } = checkSources(await readContentFiles(process.cwd(), contentDir()), contentDir());
writeForms(process.cwd(), entries);
console.log(`${FORMS_FOLDER}: the issue forms are written.`);
