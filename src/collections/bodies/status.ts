/** The engagement statuses of a body as the site shows them: label, definition, anchor. */
import { ENGAGEMENT_STATUSES, type EngagementStatus } from './schema';

/**
 * The status scale, from the weakest engagement to the strongest, then "no
 * overlap". Each status is defined by what a report must say for it to apply;
 * the quotation beside every status is the report saying it.
 */
export const STATUS_SCALE: Record<EngagementStatus, { label: string; description: string }> = {
  named: {
    label: 'Named',
    description:
      'The report names the body among those where contributions will be considered, and says nothing more about the engagement.',
  },
  monitoring: {
    label: 'Monitoring',
    description: "The report says the project follows, or will keep following, the body's work.",
  },
  'if-needed': {
    label: 'If a need arises',
    description:
      'The report says results will be brought to the body if a gap, a need or an enhancement is found; none is reported yet.',
  },
  considering: {
    label: 'Considering',
    description: 'The report says a contribution or a participation is being considered, or will be.',
  },
  intended: {
    label: 'Intended',
    description:
      'The report says the project intends, plans or aspires to contact the body, to contribute to it or to disseminate results in it.',
  },
  'contact-sought': {
    label: 'Seeking contact',
    description: 'The report says the project is seeking contact with the body.',
  },
  'in-contact': {
    label: 'In contact',
    description: 'The report says partners have held discussions with the body or with people active in it.',
  },
  promoting: {
    label: 'Promoting',
    description: "The report says partners have presented or promoted the project at the body's meetings.",
  },
  contributing: {
    label: 'Contributing',
    description: 'The report says partners have brought technical contributions (documents, work items) to the body.',
  },
  'no-overlap': {
    label: 'No overlap',
    description: "The report says there is no overlap between the body's work and the project's.",
  },
};

/** What a body without any assessment shows in place of a status. */
export const NOT_ASSESSED = { label: 'Not assessed', description: 'No report has assessed the engagement yet.' };

/** The label of a status, or "Not assessed". */
export const statusLabel = (status: EngagementStatus | undefined): string =>
  status ? STATUS_SCALE[status].label : NOT_ASSESSED.label;

/** The id of a status's entry in the legend of the bodies page, which every badge links to. */
export const statusAnchor = (status: EngagementStatus | undefined): string => `status-${status ?? 'not-assessed'}`;

/** The scale as CONTRIBUTING.md lists it (`npm run docs`): each value with its label and when it applies. */
export const statusTable = (): string =>
  [
    '| value | label on the site | when it applies |',
    '| --- | --- | --- |',
    ...ENGAGEMENT_STATUSES.map(
      (status) => `| \`${status}\` | ${STATUS_SCALE[status].label} | ${STATUS_SCALE[status].description} |`,
    ),
  ].join('\n');
