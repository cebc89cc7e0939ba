/**
 * The site configuration of TIDEWAY, a fictional project that shows the site
 * serving content other than its first project's. Build it with
 * SITE_PROJECT=examples/minimal npm run build.
 */
import { repositoryFromEnv, type SiteConfig } from '../../src/lib/build-time/site-config';

export const site: SiteConfig = {
  name: 'TIDEWAY',
  title: 'TIDEWAY standards',
  description:
    'The standardisation work of TIDEWAY, a fictional project on open data for small harbours: the bodies, meetings, partners and topics it engages with.',
  tagline: 'Standards bodies and meetings of a fictional project on open harbour data.',
  intro: [
    'TIDEWAY is a fictional research project on open data for small harbours, invented to show this site with content of its own. Every body, meeting and partner here is made up.',
  ],
  approach: [
    'The partners bring the project’s data model to one forum and one industry association, and report on it once a year.',
  ],
  currentReport: 'standards-report-v1',
  funding: {
    programme: 'Example Programme',
    grantAgreement: '000000',
    funder: 'Example Foundation',
    acknowledgement: 'TIDEWAY is a fictional project; no real funding is acknowledged here.',
    disclaimer: 'Everything on this example site is invented.',
  },
  repository: repositoryFromEnv(),
  logo: { src: 'favicon.svg', width: 32, height: 32 },
  website: 'https://tideway.example.org/',
  contact: { label: 'the TIDEWAY project office', href: 'https://tideway.example.org/contact/' },
  locale: 'en-US',
  accessibilityReviewed: '2026-11-26',
};
