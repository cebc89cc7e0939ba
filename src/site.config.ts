/**
 * Everything about the site that is specific to this project and is not
 * content: its name, funding, repository, the home page's words. Replace this
 * file and content/ to reuse the site for another project (examples/minimal
 * is one, built with SITE_PROJECT=examples/minimal).
 */
import { repositoryFromEnv, type SiteConfig } from './lib/build-time/site-config';

export type { SiteConfig };

export const site: SiteConfig = {
  name: 'SUCCESS',
  title: 'SUCCESS standardisation',
  description:
    'Standardisation work of SUCCESS, an EU Horizon 2020 project on real-time, secure smart metering: the standards bodies, meetings, partners and topics it engages with.',
  tagline: 'Standards bodies, meetings, partners and topics of a project on real-time, secure smart metering.',
  shareImage: 'og-image.png',
  intro: [
    'SUCCESS deals with improved security in the Smart Grid by investigating the contribution brought by intelligent smart meters and other real-time observational devices involved in smart metering processes. It plans to deliver a new framework that includes New-generation Open Real-time smart Meter (NORM) devices and a pan-European security service infrastructure, which require interoperability with pre-existing and new Smart Grid infrastructures.',
    'In SUCCESS, contribution to standardisation is perceived as an important outcome of the project. In the context of smart metering and security, standardisation and dissemination in the respective user associations is paramount for the adoption of the SUCCESS results.',
  ],
  approach: [
    'The partners will pursue active participation in standardisation meetings and will promote new work items towards specifying and standardising interfaces, APIs and gateways for secure, seamless and interoperable communications within and between elements of Smart Grid networks.',
    'The project first introduces the relevant bodies to its general work, then brings specific technical contributions as its results mature. The selection of bodies is re-evaluated during the project to ensure the best placement and uptake of its results.',
  ],
  currentReport: 'd6-4-v1',
  // The project's website, its contact route (a form or a functional mailbox, never a person's address) and its
  // logo go in `website`, `contact` and `logo`; the report gives none of them, so they are left out until the
  // consortium sets them.
  repository: repositoryFromEnv(),
  eyebrow: 'Horizon 2020 project · grant agreement 700416',
  funding: {
    programme: 'Horizon 2020',
    grantAgreement: '700416',
    funder: 'European Commission',
    acknowledgement:
      "This project has received funding from the European Union's Horizon 2020 research and innovation programme under grant agreement No 700416.",
    disclaimer:
      'The content of this site reflects only the authors’ view. The European Commission is not responsible for any use that may be made of the information it contains.',
    emblem: {
      src: 'eu-emblem.svg',
      alt: 'Flag of the European Union',
      width: 72,
      height: 48,
      caption: 'Funded by the European Union',
    },
  },
  locale: 'en-GB',
  dataLicence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  accessibilityReviewed: '2026-11-26',
};
