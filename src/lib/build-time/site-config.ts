/**
 * The shape of a project's site configuration: everything about the site
 * that is specific to one project and is not content. The default project's
 * is src/site.config.ts; another project's is <folder>/site.config.ts, chosen
 * with SITE_PROJECT (see src/lib/build-time/project.ts). The schema is checked with the
 * content (src/lib/build-time/content-check/check-site-config.ts), so a mistake in it is
 * reported as one in a content file is: file, line, field, what is expected.
 */
import { z } from 'astro/zod';
import { tryParsePartialDate } from '../pure/dates';
import { ID_PATTERN } from '../pure/slug';

const text = (meaning: string) => z.string().trim().min(1, 'is empty — write the text').describe(meaning);

const webAddress = (meaning: string) =>
  z
    .string()
    .refine((value) => /^https:\/\/[^\s/]+\.[^\s]+$/.test(value), {
      message: 'is not a web address — expected one starting with https://',
    })
    .describe(meaning);

/** A file of the project's public folder, named as it is there: "og-image.png". */
const publicFile = (meaning: string) =>
  z
    .string()
    .refine((value) => value.length > 0 && !/^(\/|\.\/|https?:)/.test(value), {
      message: 'is not a file name — expected the name of a file in the public folder, without a leading "/"',
    })
    .describe(meaning);

const size = z.number().int('is not a whole number of pixels').positive('must be more than 0 pixels');

export const siteConfigSchema = z
  .object({
    name: text('Short name, shown in the header.'),
    title: text('Full title of the site.'),
    description: text('One sentence for search engines and link previews.'),
    tagline: text('A short line for the shared-link picture (made by `npm run og-image`).'),
    shareImage: publicFile(
      'The picture shown when a page is shared, 1200 × 630 pixels: a file in the project’s public folder.',
    ).optional(),
    intro: z
      .array(text('One paragraph.'))
      .min(1, 'is empty — write at least one paragraph')
      .describe('The project’s own words about itself, shown on the home page (one paragraph each).'),
    approach: z
      .array(text('One paragraph.'))
      .min(1, 'is empty — write at least one paragraph')
      .describe('How the project approaches standardisation, shown on the home page.'),
    currentReport: z
      .string()
      .regex(ID_PATTERN, 'is not an id — expected the file name of a report, without .mdx')
      .describe('The report the site’s content is transcribed from, by id (its file name in content/reports/).'),
    wordsFrom: z
      .string()
      .regex(ID_PATTERN, 'is not an id — expected the file name of a report, without .mdx')
      .optional()
      .describe(
        'The report whose words `intro` and `approach` are, each paragraph copied exactly from one of its paragraphs (… for words left out): the check finds them there, and the home page names it. Without it, they are the site’s own words.',
      ),
    eyebrow: text('The line above the home page’s title, e.g. the programme and grant.').optional(),
    funding: z
      .object({
        programme: text('The funding programme, e.g. "Horizon 2020".'),
        grantAgreement: text('The number of the grant agreement.'),
        funder: text('The organisation that funds the project, named in the reports’ structured data.'),
        acknowledgement: text('The acknowledgement printed in the footer, word for word.'),
        disclaimer: text('The disclaimer printed in the footer.'),
        emblem: z
          .object({
            src: publicFile('A file in the project’s public folder.'),
            alt: text('Its text alternative.'),
            width: size,
            height: size,
            caption: text('The words printed beside it on the shared-link picture.').optional(),
          })
          .strict()
          .optional()
          .describe('The funder’s emblem shown beside the acknowledgement.'),
      })
      .strict(),
    repository: z
      .object({ url: webAddress('The repository’s address.'), branch: text('Its default branch.') })
      .strict()
      .optional()
      .describe(
        'Where the source lives, for "Edit this page" links. Set SITE_REPOSITORY (and SITE_BRANCH) when building; the deploy workflow does.',
      ),
    locale: z
      .string()
      .regex(/^[a-z]{2,3}-[A-Z]{2}$/, 'is not a language with its region — expected a tag such as "en-GB"')
      .describe('Language of the content, as a BCP 47 tag with its region: "en-GB".'),
    logo: z
      .object({ src: publicFile('A file in the project’s public folder.'), width: size, height: size })
      .strict()
      .optional()
      .describe(
        'The project’s logo, shown before its name in the header; its text alternative is the name beside it, so it is marked decorative.',
      ),
    website: webAddress('The project’s own website, shown in the footer.').optional(),
    contact: z
      .object({
        label: text('The words of the link.'),
        href: z.string().refine((value) => /^(https:\/\/|mailto:)\S+$/.test(value), {
          message: 'is not a link — expected a web address (https://…) or a functional mailbox (mailto:…)',
        }),
      })
      .strict()
      .optional()
      .describe(
        'How to reach the project: a contact page, a form or a functional mailbox (`mailto:info@…`), never a person’s address. Shown in the footer and the accessibility statement.',
      ),
    dataLicence: z
      .object({ name: text('The licence’s name: "CC BY 4.0".'), url: webAddress('Its text.') })
      .strict()
      .optional()
      .describe(
        'The licence under which the content may be reused as data (/data/); without it, the data page says none is set.',
      ),
    accessibilityReviewed: z
      .string()
      .refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && tryParsePartialDate(value) !== undefined, {
        message: 'is not a real calendar date — expected "YYYY-MM-DD"',
      })
      .describe(
        'When the accessibility of the site was last assessed ("YYYY-MM-DD"), for the accessibility statement.',
      ),
  })
  .strict();

export type SiteConfig = z.output<typeof siteConfigSchema>;

/** The repository for "Edit this page" links, from SITE_REPOSITORY and SITE_BRANCH; undefined when not set. */
export function repositoryFromEnv(env: Record<string, string | undefined> = process.env): SiteConfig['repository'] {
  return env.SITE_REPOSITORY
    ? { url: env.SITE_REPOSITORY.replace(/\/$/, ''), branch: env.SITE_BRANCH || 'main' }
    : undefined;
}
