/**
 * Synthetic content in the site's own format, at any size, for the scale
 * benchmark (npm run bench:scale): about 60 % meetings and 25 % bodies, the
 * rest partners, topics and standards, with one report whose text every
 * status and relevance note quotes, cross-references of every kind, and MDX
 * prose with a table and a content component. It passes the content check.
 * Deterministic: the same size gives the same files.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify as toYaml } from 'yaml';
import { BODY_KINDS } from '../../src/collections/bodies/schema';
import { CONTRIBUTION_KINDS } from '../../src/collections/meetings/schema';
import { STANDARD_KINDS } from '../../src/collections/standards/schema';
import { random } from './random';

const WORDS = [
  'metering',
  'security',
  'grid',
  'protocol',
  'interface',
  'privacy',
  'resilience',
  'measurement',
  'data',
  'architecture',
  'testing',
  'certification',
  'interoperability',
  'communication',
  'control',
  'automation',
] as const;
const PLACES = ['Brussels', 'Sophia Antipolis', 'Berlin', 'Vienna', 'Lisbon', 'Prague', 'Dublin', 'Helsinki'];

/** How many entries of each kind make `size` entries. */
export function composition(size: number) {
  const meetings = Math.round(size * 0.6);
  const bodies = Math.max(2, Math.round(size * 0.25));
  const rest = Math.max(6, size - meetings - bodies);
  const partners = Math.max(2, Math.round(rest / 3));
  const topics = Math.max(2, Math.round(rest / 3));
  const standards = Math.max(2, rest - partners - topics);
  return { meetings, bodies, partners, topics, standards };
}

/** YAML as partners write it: every text in double quotes, so that dates stay text. */
const stringify = (value: unknown) => toYaml(value, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
const front = (data: Record<string, unknown>, body: string) => `---\n${stringify(data)}---\n\n${body}\n`;
const pad = (n: number) => String(n).padStart(4, '0');

/**
 * The files of a synthetic project of `size` entries: paths relative to the
 * project folder → text; `siteConfigModule` is the site configuration's types
 * module as the project's site.config.ts imports it.
 */
export function syntheticProject(
  size: number,
  siteConfigModule = '../../src/lib/build-time/site-config',
): Map<string, string> {
  const rnd = random(size);
  const count = composition(size);
  const files = new Map<string, string>();
  const ids = {
    bodies: Array.from({ length: count.bodies }, (_, i) => `body-${pad(i)}`),
    partners: Array.from({ length: count.partners }, (_, i) => `partner-${pad(i)}`),
    topics: Array.from({ length: count.topics }, (_, i) => `topic-${pad(i)}`),
    standards: Array.from({ length: count.standards }, (_, i) => `standard-${pad(i)}`),
    results: ['meter', 'security-service', 'pmu', 'testing', 'cloud'],
  };
  // Every tenth body is an organisation; the others belong to one.
  const organisations = ids.bodies.filter((_, i) => i % 10 === 0);
  const report = 'report-v1';
  const sentences = Array.from(
    { length: 40 },
    (_, i) => `The project will present its ${WORDS[i % WORDS.length]} results to the bodies of group ${i + 1}.`,
  );

  files.set(
    `content/reports/${report}.mdx`,
    front(
      {
        number: 'D9.9',
        title: 'Synthetic Standards Report',
        version: '1.0',
        dueDate: 'Month 12',
        deliveryDate: '2026-06-30',
        workPackage: 'WP9 – Standards',
        nature: 'R',
        dissemination: 'PU',
        contributors: ids.partners.slice(0, 2),
        abstract: 'A synthetic report for measuring the site at scale.',
        // Its list of abbreviations: the glossary's entries below.
        abbreviations: ids.bodies.slice(0, 40).map((_, i) => `tc${i}`),
        history: [
          {
            date: '2026-06-30',
            revision: '1.0',
            comment: 'First version',
            author: 'Example',
            affiliation: 'Partner 1',
          },
        ],
      },
      `## Executive summary\n\nThe project works with ${count.bodies} bodies.\n\n## Work with standards bodies\n\n${sentences.join(' ')}`,
    ),
  );
  files.set(
    'content/results.yaml',
    stringify(
      Object.fromEntries(
        ids.results.map((id, i) => [
          id,
          { name: `Result ${i + 1}: ${id.replace(/-/g, ' ')}`, summary: `What result ${id} is.` },
        ]),
      ),
    ),
  );
  files.set(
    'content/glossary.yaml',
    stringify(
      Object.fromEntries(
        ids.bodies
          .slice(0, 40)
          .map((id, i) => [`tc${i}`, { term: `TC${i}`, expansion: `Technical Committee ${i}`, body: id }]),
      ),
    ),
  );
  files.set(
    'content/references.yaml',
    stringify(
      Object.fromEntries(
        Array.from({ length: 20 }, (_, i) => [
          `ref-${i + 1}`,
          {
            number: i + 1,
            author: 'Example body',
            title: `Reference document ${i + 1}`,
            url: `https://example.org/ref/${i + 1}`,
            accessed: '2026-05-01',
          },
        ]),
      ),
    ),
  );

  ids.partners.forEach((id, i) =>
    files.set(
      `content/partners/${id}.mdx`,
      front(
        {
          name: `Partner ${i + 1}`,
          legalName: `Partner ${i + 1} Research Ltd`,
          role: `Works on ${rnd.pick(WORDS)}.`,
          people: [`Person ${i + 1}`],
        },
        `Partner ${i + 1} builds part of the project's ${rnd.pick(WORDS)} platform.`,
      ),
    ),
  );
  ids.topics.forEach((id, i) =>
    files.set(
      `content/topics/${id}.mdx`,
      front(
        {
          name: `Topic ${i + 1} ${WORDS[i % WORDS.length]}`,
          summary: `The theme of ${WORDS[i % WORDS.length]}, number ${i + 1}.`,
          aliases: [`Theme ${i + 1}`],
          related: rnd.some(
            ids.topics.filter((t) => t !== id),
            2,
          ),
        },
        `Topic ${i + 1} cuts across several bodies and standards.`,
      ),
    ),
  );
  ids.bodies.forEach((id, i) => {
    const sentence = rnd.int(sentences.length);
    const isOrganisation = i % 10 === 0;
    files.set(
      `content/bodies/${id}.mdx`,
      front(
        {
          name: isOrganisation ? `Organisation ${i / 10 + 1}` : `Technical Committee ${i}`,
          acronym: isOrganisation ? `ORG${i / 10 + 1}` : `TC ${i}`,
          aliases: [`TC-${i}`],
          kind: isOrganisation ? 'organisation' : rnd.pick(BODY_KINDS.filter((k) => k !== 'organisation')),
          ...(isOrganisation ? {} : { parent: organisations[Math.floor(i / 10)] }),
          summary: `A body that works on ${rnd.pick(WORDS)} and ${rnd.pick(WORDS)}, number ${i}.`,
          scope: [`${rnd.pick(WORDS)} requirements`, `${rnd.pick(WORDS)} profiles`],
          relevance: [{ result: rnd.pick(ids.results), quote: sentences[sentence] }],
          engagement: [{ status: 'intended', assessed: '2026-06-30', report, quote: sentences[sentence] }],
          partners: rnd.some(ids.partners, 2),
          topics: rnd.some(ids.topics, 2),
          planned: [`A contribution on ${rnd.pick(WORDS)}.`],
          citations: rnd.some(
            Array.from({ length: 20 }, (_, n) => `ref-${n + 1}`),
            1,
          ),
          sources: [{ report, section: '2' }],
          basis: [
            { field: 'kind', quote: sentences[sentence] },
            { field: 'partners', quote: sentences[sentence] },
          ],
        },
        [
          `## Why it matters\n\nThe body decides how ${rnd.pick(WORDS)} is written down; the project depends on it.`,
          '| Year | Work item | State |\n|---|---|---|\n| 2025 | Requirements | Published |\n| 2026 | Profiles | In preparation |',
          `<Callout title="Next step">The project plans a contribution on ${rnd.pick(WORDS)}.</Callout>`,
        ].join('\n\n'),
      ),
    );
  });
  ids.standards.forEach((id, i) =>
    files.set(
      `content/standards/${id}.mdx`,
      front(
        {
          name: `Standard ${i + 1} on ${rnd.pick(WORDS)}`,
          acronym: `STD${i + 1}`,
          kind: rnd.pick(STANDARD_KINDS),
          maintainer: rnd.pick(ids.bodies),
          topics: rnd.some(ids.topics, 2),
          partners: rnd.some(ids.partners, 1),
          summary: `A standard on ${rnd.pick(WORDS)}.`,
          fromElsewhere: [
            { field: 'kind', source: 'the standard’s own title page' },
            { field: 'maintainer', source: 'the maintainer’s website' },
            { field: 'partners', source: 'the partners’ own publications' },
          ],
        },
        `The project implements standard ${i + 1} in its platform.`,
      ),
    ),
  );
  for (let i = 0; i < count.meetings; i++) {
    // Spread over eleven years, two meetings a day at most.
    const day = new Date(
      Date.UTC(2016, 0, 1) + Math.floor(i / 2) * 86_400_000 * Math.max(1, Math.floor(4000 / count.meetings)),
    );
    const date = day.toISOString().slice(0, 10);
    const bodies = rnd.some(ids.bodies, 2);
    const partners = rnd.some(ids.partners, 2);
    files.set(
      `content/meetings/${date}-meeting-${pad(i)}.mdx`,
      front(
        {
          title: `Meeting ${i + 1} on ${rnd.pick(WORDS)}`,
          kind: 'standards-meeting',
          start: date,
          place: rnd.pick(PLACES),
          summary: `The partners presented the project's ${rnd.pick(WORDS)} work.`,
          bodies,
          partnersPresent: partners,
          contributions: partners.map((partner) => ({
            text: `A contribution on ${rnd.pick(WORDS)}.`,
            kind: rnd.pick(CONTRIBUTION_KINDS),
            partner,
            ...(bodies.length > 1 ? { body: rnd.pick(bodies) } : {}),
          })),
          sources: [{ report, section: '2' }],
        },
        [
          `The meeting discussed ${rnd.pick(WORDS)} and ${rnd.pick(WORDS)}; the body asked for a written proposal.`,
          '| Item | Outcome |\n|---|---|\n| Presentation | Noted |\n| Proposal | Requested |',
        ].join('\n\n'),
      ),
    );
  }
  files.set(
    'site.config.ts',
    `import { type SiteConfig } from '${siteConfigModule}';

export const site: SiteConfig = {
  name: 'SYNTHETIC',
  title: 'Synthetic standards',
  description: 'Synthetic content for measuring the site at scale.',
  tagline: 'Synthetic content for measuring the site at scale.',
  intro: ['Everything here is generated.'],
  approach: ['Generated content.'],
  currentReport: '${report}',
  funding: {
    programme: 'Example Programme',
    grantAgreement: '000000',
    funder: 'Example Foundation',
    acknowledgement: 'Synthetic content; no funding is acknowledged.',
    disclaimer: 'Everything on this site is generated.',
  },
  locale: 'en-GB',
  accessibilityReviewed: '2026-11-26',
};
`,
  );
  return files;
}

/** Writes a synthetic project of `size` entries into `dir` (emptied first). */
export async function writeSyntheticProject(dir: string, size: number): Promise<number> {
  await rm(dir, { recursive: true, force: true });
  const module = path.relative(dir, path.resolve('src/lib/build-time/site-config')).split(path.sep).join('/');
  const files = syntheticProject(size, module.startsWith('.') ? module : `./${module}`);
  for (const [file, text] of files) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  return files.size;
}
