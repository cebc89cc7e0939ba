/**
 * npm run new -- meeting|body|partner|topic [--title "…"] [--start YYYY-MM-DD] …
 *
 * Writes a new content file that builds at once. In a terminal it asks for
 * what the flags do not give; in scripts, give the required flags.
 * Flags: --title --start --end --kind --place --bodies a,b --partners a,b
 *        --summary --name --acronym --parent --legal-name --country --role
 *        --id (file name) --content (content folder, default "content")
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { scaffold, type Answers } from '../src/lib/scaffold';
import { fieldTables } from '../src/lib/field-docs';
import { checkRef, checkSources, formatProblems, readContentFiles } from '../src/lib/content-check';
import { REGISTRY, idsIn, scaffoldable } from '../src/registry';
import { contentDir } from '../src/lib/project';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    title: { type: 'string' },
    start: { type: 'string' },
    end: { type: 'string' },
    kind: { type: 'string' },
    place: { type: 'string' },
    bodies: { type: 'string' },
    partners: { type: 'string' },
    summary: { type: 'string' },
    name: { type: 'string' },
    acronym: { type: 'string' },
    parent: { type: 'string' },
    'legal-name': { type: 'string' },
    country: { type: 'string' },
    role: { type: 'string' },
    id: { type: 'string' },
    content: { type: 'string', default: contentDir() },
  },
});

const kinds = scaffoldable();
const chosen = kinds.find((k) => k.noun === positionals[0]);
if (!chosen) {
  console.error(
    `Usage: npm run new -- ${kinds.map((k) => k.noun).join('|')} [--flags]\nExample: npm run new -- meeting --title "TC 9 plenary" --start 2017-02-14 --bodies body-id --partners partner-id`,
  );
  process.exit(2);
}
const { template, collection } = chosen;

const split = (v?: string) =>
  v
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
const answers: Answers = {
  title: values.title,
  start: values.start,
  end: values.end,
  kind: values.kind,
  place: values.place,
  bodies: split(values.bodies),
  partners: split(values.partners),
  summary: values.summary,
  name: values.name,
  acronym: values.acronym,
  parent: values.parent,
  legalName: values['legal-name'],
  country: values.country,
  role: values.role,
  id: values.id,
};

const missing = template.questions.filter((question) => answers[question.key] === undefined);
if (process.stdin.isTTY && missing.length) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  for (const question of missing) {
    const reply = (await rl.question(`${question.prompt}${question.required ? '' : ' (optional)'}: `)).trim();
    if (!reply) continue;
    (answers as Record<string, unknown>)[question.key] = question.list ? split(reply) : reply;
  }
  rl.close();
}
const stillMissing = template.questions.filter((question) => question.required && !answers[question.key]);
if (stillMissing.length) {
  console.error(`Missing: ${stillMissing.map((question) => `--${question.key} (${question.prompt})`).join(', ')}`);
  process.exit(2);
}

const root = process.cwd();
const [fields] = fieldTables(REGISTRY[collection].schema(checkRef));
const file = scaffold(template, answers, { fields: fields!.rows, ids: (c) => idsIn(c, values.content) });
const target = path.join(root, values.content!, REGISTRY[collection].folder, `${file.id}.mdx`);
if (existsSync(target)) {
  console.error(`${path.relative(root, target)} already exists — choose another name with --id`);
  process.exit(1);
}
// Checked with the rest of the content before anything is written.
const relative = path.relative(root, target).split(path.sep).join('/');
const { problems } = checkSources(
  [...(await readContentFiles(root, values.content)), { path: relative, source: file.source }],
  values.content,
);
const mine = problems.filter((problem) => problem.file === relative);
if (mine.length) {
  console.error(`Nothing was written: ${relative} would not build.\n${formatProblems(mine)}`);
  process.exit(1);
}
await mkdir(path.dirname(target), { recursive: true });
await writeFile(target, file.source);
console.log(`Wrote ${relative}`);
console.log('It is valid. Fill in the commented fields you need, then run "npm run check:content" and "npm start".');
