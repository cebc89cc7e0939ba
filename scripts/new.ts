/**
 * npm run new -- meeting|body|partner|topic [--title "…"] [--start YYYY-MM-DD] …
 *
 * Writes a new content file that builds at once. In a terminal it asks for
 * what the flags do not give; in scripts, give the flags or pipe the answers
 * in, one line per question in the order a terminal would ask them. A flag is
 * a field's name in kebab case (--legal-name for legalName); lists are
 * comma-separated (--bodies a,b; --partners for a meeting's partnersPresent).
 * Also --id (the file name) and --content (the content folder).
 */
import { existsSync, fstatSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import {
  TO_BE_WRITTEN,
  questions,
  scaffold,
  type Answers,
  type Question,
  type ScaffoldModel,
} from '../src/lib/pure/scaffold';
import { didYouMean } from '../src/lib/pure/suggest';
import type { z } from 'astro/zod';
import { fieldRows } from '../src/lib/build-time/field-docs';
import {
  checkRef,
  checkSources,
  formatProblems,
  isWarning,
  readContentFiles,
} from '../src/lib/build-time/content-check';
import { REGISTRY, idsIn, scaffoldable, type CollectionName } from '../src/lib/build-time/site-collections';
import { contentDir } from '../src/lib/build-time/project';

const kinds = scaffoldable();
const kebab = (field: string) => field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
// Every field any template asks for, and their other names, as string flags.
const flagNames = new Set(kinds.flatMap(({ template }) => [...template.ask, ...Object.keys(template.aliases ?? {})]));
const usage = [
  `Usage: npm run new -- ${kinds.map((k) => k.noun).join('|')} [--field value …]`,
  'Example: npm run new -- meeting --title "TC 9 plenary" --start 2017-02-14 --bodies body-id --partners partner-id',
  `Fields: ${[...flagNames].map((name) => `--${kebab(name)}`).join(' ')} --id --content`,
  'Without the required fields, it asks for them in a terminal; answers may also be piped in, one line per question.',
].join('\n');

let parsed: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      ...Object.fromEntries([...flagNames, 'id', 'content'].map((name) => [kebab(name), { type: 'string' as const }])),
      help: { type: 'boolean', short: 'h' },
    },
  });
}
try {
  parsed = parse();
} catch (error) {
  // An unknown flag, or one without its value: say so, and how to call it.
  console.error(`${(error as Error).message}\n\n${usage}`);
  process.exit(2);
}
const { positionals } = parsed;
const flags = parsed.values as Record<string, string | boolean | undefined>;
if (flags.help) {
  console.log(usage);
  process.exit(0);
}

const chosen = kinds.find((k) => k.noun === positionals[0]);
if (!chosen) {
  console.error(usage);
  process.exit(2);
}
const { template, collection } = chosen;
const root = process.cwd();
const content = typeof flags.content === 'string' ? flags.content : contentDir();
const model: ScaffoldModel<CollectionName> = {
  fields: fieldRows(REGISTRY[collection].schema(checkRef)),
  ids: (c) => idsIn(c, content),
};
const asked = questions(template, model);

const split = (v: string) =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
const answers: Answers = { id: typeof flags.id === 'string' ? flags.id : undefined };
for (const question of asked) {
  const alias = Object.entries(template.aliases ?? {}).find(([, field]) => field === question.field)?.[0];
  const given = flags[kebab(question.field)] ?? (alias ? flags[kebab(alias)] : undefined);
  if (typeof given === 'string') answers[question.field] = question.list ? split(given) : given;
}

// What a typed answer may be: one of the allowed values, or ids that exist.
const existing = await readContentFiles(root, content);
const known = checkSources(existing, content).entries;
const schema = REGISTRY[collection].schema(checkRef) as z.ZodObject<z.ZodRawShape>;
function mistake(question: Question, reply: string): string | undefined {
  if (!question.values && !question.collection) {
    // Dates, times, addresses: the schema says what is wrong, as the content check would.
    const result = schema.shape[question.field]?.safeParse(reply);
    return result && !result.success ? `"${reply}" ${result.error.issues[0]?.message ?? 'does not fit'}` : undefined;
  }
  const allowed = question.values ?? known.filter((e) => e.collection === question.collection).map((e) => e.id);
  // Every wrong value of a list at once, so that one answer is corrected in one go.
  const wrong = (question.list ? split(reply) : [reply]).filter((value) => !allowed.includes(value));
  if (wrong.length === 0) return undefined;
  return wrong
    .map((value) =>
      [`"${value}" is not ${question.values ? 'allowed' : 'a known id'}`, didYouMean(value, allowed)]
        .filter(Boolean)
        .join(' — '),
    )
    .join('; ');
}

/** The prompt of a question: its meaning, whether it may be left empty, and what an empty answer gives. */
function prompt(question: Question): string {
  const chosen = template.defaults(answers)[question.field];
  const empty =
    typeof chosen === 'string' && !chosen.endsWith(TO_BE_WRITTEN)
      ? ` (empty: ${chosen})`
      : question.required
        ? ''
        : ' (optional)';
  return `${question.prompt}${empty}: `;
}

const take = (question: Question, reply: string) => {
  if (reply) answers[question.field] = question.list ? split(reply) : reply;
};
const missing = asked.filter((question) => answers[question.field] === undefined);
// Answers piped in (`npm run new -- meeting < answers.txt`): one line per question, in order; empty skips.
const stdin = fstatSync(0);
const piped = !process.stdin.isTTY && (stdin.isFIFO() || stdin.isFile());
if (missing.length && (process.stdin.isTTY || piped)) {
  if (piped) {
    // Read whole, not through readline: under vite-node, a process whose readline has met the end of its
    // input exits at its next wait, before the file is written.
    const lines = readFileSync(0, 'utf8')
      .split(/\r?\n/)
      .map((line) => line.trim());
    const problems = missing.flatMap((question, index) => {
      const reply = lines[index] ?? '';
      const problem = reply ? mistake(question, reply) : undefined;
      if (!problem) take(question, reply);
      return problem ? [`  line ${index + 1} (${question.field}): ${problem}`] : [];
    });
    if (problems.length) {
      console.error(`Nothing was written: some answers do not fit.\n${problems.join('\n')}`);
      process.exit(2);
    }
  } else {
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    for (const question of missing) {
      for (;;) {
        const reply = (await rl.question(prompt(question))).trim();
        const problem = reply ? mistake(question, reply) : undefined;
        if (problem) {
          console.log(`  ${problem}${problem.endsWith('?') ? '' : '.'} Try again, or leave it empty to skip.`);
          continue;
        }
        take(question, reply);
        break;
      }
    }
    rl.close();
  }
}
// What an unanswered question was given, said, so that nothing changes silently.
for (const question of asked.filter((q) => answers[q.field] === undefined)) {
  const chosen = template.defaults(answers)[question.field];
  if (typeof chosen === 'string' && !chosen.endsWith(TO_BE_WRITTEN))
    console.log(
      `${question.field}: ${chosen}${question.field === 'kind' && collection === 'meetings' ? (answers.bodies?.length ? ' (bodies were given)' : ' (no bodies were given)') : ''} — pass --${kebab(question.field)} to choose another`,
    );
}
const stillMissing = asked.filter((question) => question.required && !answers[question.field]);
if (stillMissing.length) {
  console.error(`Missing: ${stillMissing.map((q) => `--${kebab(q.field)} (${q.prompt})`).join(', ')}`);
  process.exit(2);
}

const file = scaffold(template, answers, model);
const target = path.join(root, content, collection, `${file.id}.mdx`);
if (existsSync(target)) {
  console.error(`${path.relative(root, target)} already exists — choose another name with --id`);
  process.exit(1);
}
// Checked with the rest of the content before anything is written.
const relative = path.relative(root, target).split(path.sep).join('/');
const { problems } = checkSources([...existing, { path: relative, source: file.source }], content);
// The words left to replace are the point of a new file; anything else would not build.
const mine = problems.filter((problem) => problem.file === relative && !isWarning(problem));
if (mine.length) {
  console.error(`Nothing was written: ${relative} would not build.\n${formatProblems(mine)}`);
  process.exit(1);
}
await mkdir(path.dirname(target), { recursive: true });
await writeFile(target, file.source);
console.log(`Wrote ${relative}`);
console.log(
  'Now write its summary and text where it says so, fill in the commented fields you need, then run "npm run check:content" and "npm start".',
);
