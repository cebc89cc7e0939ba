/**
 * The shape of a project's site configuration: everything about the site
 * that is specific to one project and is not content. The default project's
 * is src/site.config.ts; another project's is <folder>/site.config.ts, chosen
 * with SITE_PROJECT (see src/lib/project.ts).
 */
export interface SiteConfig {
  /** Short name, shown in the header. */
  name: string;
  /** Full title of the site. */
  title: string;
  /** One sentence for search engines and link previews. */
  description: string;
  /** A short line for the shared-link picture (made by `npm run og-image`). */
  tagline: string;
  /** The picture shown when a page is shared, 1200 × 630 pixels: a file in the project's public folder. */
  shareImage?: string;
  /** The project's own words about itself, shown on the home page (one paragraph each). */
  intro: string[];
  /** How the project approaches standardisation, shown on the home page. */
  approach: string[];
  /** The report the site's content is transcribed from, by id. */
  currentReport: string;
  /** The line above the home page's title, e.g. the programme and grant. */
  eyebrow?: string;
  funding: {
    /** The funding programme, e.g. "Horizon 2020". */
    programme: string;
    grantAgreement: string;
    /** The organisation that funds the project, named in the reports' structured data. */
    funder: string;
    /** The acknowledgement printed in the footer, word for word. */
    acknowledgement: string;
    disclaimer: string;
    /**
     * The funder's emblem shown beside the acknowledgement: a file in the project's public folder, its text
     * alternative, its size, and the words printed beside it on the shared-link picture.
     */
    emblem?: { src: string; alt: string; width: number; height: number; caption?: string };
  };
  /**
   * Where the source lives, for "Edit this page" links: a GitHub repository URL
   * and its default branch. Set SITE_REPOSITORY (and SITE_BRANCH) when building;
   * the deploy workflow does.
   */
  repository?: { url: string; branch: string };
  /** Language of the content, as a BCP 47 tag with its region: "en-GB". */
  locale: string;
  /**
   * The project's logo, shown before its name in the header: a file in the project's public folder, with its
   * size. Its text alternative is the name beside it, so it is marked decorative.
   */
  logo?: { src: string; width: number; height: number };
  /** The project's own website, shown in the footer. */
  website?: string;
  /**
   * How to reach the project: an organisation's contact page, a form or a functional mailbox
   * (`mailto:info@…`), never a person's address. Shown in the footer and the accessibility statement.
   */
  contact?: { label: string; href: string };
  /**
   * The licence under which the content may be reused as data (/data/), named and linked; without it, the
   * data page says that no licence has been set.
   */
  dataLicence?: { name: string; url: string };
  /** When the accessibility of the site was last assessed ("YYYY-MM-DD"), for the accessibility statement. */
  accessibilityReviewed: string;
}

/** The repository for "Edit this page" links, from SITE_REPOSITORY and SITE_BRANCH; undefined when not set. */
export function repositoryFromEnv(env: Record<string, string | undefined> = process.env): SiteConfig['repository'] {
  return env.SITE_REPOSITORY
    ? { url: env.SITE_REPOSITORY.replace(/\/$/, ''), branch: env.SITE_BRANCH || 'main' }
    : undefined;
}
