/**
 * Everything about the site that is specific to one project and is not
 * content: its name, funding, repository. Replace this file and content/ to
 * reuse the site for another project.
 */
export interface SiteConfig {
  /** Short name, shown in the header. */
  name: string;
  /** Full title of the site. */
  title: string;
  /** One sentence for search engines and link previews. */
  description: string;
  /** A short line for the shared-link picture (public/og-image.png, made by `npm run og-image`). */
  tagline: string;
  /** The project's own words about itself, shown on the home page (one paragraph each). */
  intro: string[];
  /** How the project approaches standardisation, shown on the home page. */
  approach: string[];
  /** The report the site's content is transcribed from, by id. */
  currentReport: string;
  funding: {
    programme: string;
    grantAgreement: string;
    /** The acknowledgement printed in the footer, word for word. */
    acknowledgement: string;
    disclaimer: string;
  };
  /**
   * Where the source lives, for "Edit this page" links: a GitHub repository URL
   * and its default branch. Set SITE_REPOSITORY (and SITE_BRANCH) when building;
   * the deploy workflow does.
   */
  repository?: { url: string; branch: string };
  /** Language of the content. */
  lang: string;
  /** When the accessibility of the site was last assessed ("YYYY-MM-DD"), for the accessibility statement. */
  accessibilityReviewed: string;
}

export const site: SiteConfig = {
  name: 'SUCCESS',
  title: 'SUCCESS standardisation',
  description:
    'Standardisation work of SUCCESS, an EU Horizon 2020 project on real-time, secure smart metering: the standards bodies, meetings, partners and topics it engages with.',
  tagline: 'Standards bodies, meetings, partners and topics of a project on real-time, secure smart metering.',
  intro: [
    'SUCCESS deals with improved security in the Smart Grid by investigating the contribution brought by intelligent smart meters and other real-time observational devices involved in smart metering processes. It plans to deliver a new framework that includes New-generation Open Real-time smart Meter (NORM) devices and a pan-European security service infrastructure, which require interoperability with pre-existing and new Smart Grid infrastructures.',
    'In SUCCESS, contribution to standardisation is perceived as an important outcome of the project. In the context of smart metering and security, standardisation and dissemination in the respective user associations is paramount for the adoption of the SUCCESS results.',
  ],
  approach: [
    'The partners pursue active participation in standardisation meetings and promote new work items towards specifying and standardising interfaces, APIs and gateways for secure, seamless and interoperable communications within and between elements of Smart Grid networks.',
    'The project first introduces the relevant bodies to its general work, then brings specific technical contributions as its results mature. The selection of bodies is re-evaluated during the project to ensure the best placement and uptake of its results.',
  ],
  currentReport: 'd6-4-v1',
  repository: process.env.SITE_REPOSITORY
    ? { url: process.env.SITE_REPOSITORY.replace(/\/$/, ''), branch: process.env.SITE_BRANCH || 'main' }
    : undefined,
  funding: {
    programme: 'Horizon 2020',
    grantAgreement: '700416',
    acknowledgement:
      "This project has received funding from the European Union's Horizon 2020 research and innovation programme under grant agreement No 700416.",
    disclaimer:
      'The content of this site reflects only the authors’ view. The European Commission is not responsible for any use that may be made of the information it contains.',
  },
  lang: 'en',
  accessibilityReviewed: '2026-11-26',
};
