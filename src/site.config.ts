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
  // The project's own words, from its report (wordsFrom): each paragraph is one of the report's, as printed.
  intro: [
    'The SUCCESS project deals with the improved security in Smart Grid by investigating the contribution brought by Intelligent Smart Meters and/or by other Real Time observational devices/sensors involved in Smart Metering processes.',
    'The SUCCESS project plans to deliver a new framework that includes New-generation Open Real-time smart Meter (NORM) devices and a pan-European Security service infrastructure that require interoperability with pre-existing and new Smart Grid infrastructures. Interoperability is thus an important aspect. In turn the interoperability calls for the standardisation actions.',
  ],
  approach: [
    'SUCCESS will pursue active participation in standardisation meetings and will promote new work items towards specifying and standardizing interfaces, Application Programming Interfaces (APIs), and gateways to achieve secure, seamless and interoperable communications and operation within and between elements in Smart Grid networks.',
    'The process of discussion and decision on the individual contributions and standardisation organizations (or respectively user associations) and the subsequent effective contribution requires both a mature and considered approach as well as preliminary work in order to introduce the related bodies to the general work of SUCCESS before presenting specific technical contributions.',
    'This selection will be reevaluated within a process of specification and focusing of the content during the course of the project to ensure the best placement and uptake of emerging results.',
  ],
  wordsFrom: 'd6-4-v1',
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
