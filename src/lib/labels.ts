/** Human labels for the enum values of the data model. */
import type { BodyData, Contribution, EngagementStatus, MeetingData, StandardData } from '../schemas';

export const BODY_KIND_LABELS: Record<BodyData['kind'], string> = {
  organisation: 'Organisation',
  'technical-committee': 'Technical committee',
  'working-group': 'Working group',
  'study-committee': 'Study committee',
  'expert-group': 'Expert group',
  'specialist-task-force': 'Specialist task force',
  'industry-specification-group': 'Industry specification group',
  'partnership-project': 'Partnership project',
  programme: 'Programme',
  'coordination-group': 'Coordination group',
  'joint-groups': 'Joint groups',
  'user-association': 'User association',
  'industry-association': 'Industry association',
  cooperation: 'Cooperation',
  network: 'Network',
};

export const MEETING_KIND_LABELS: Record<MeetingData['kind'], string> = {
  'standards-meeting': 'Standards meeting',
  workshop: 'Workshop',
  'project-meeting': 'Project meeting',
};

export const CONTRIBUTION_KIND_LABELS: Record<Contribution['kind'], string> = {
  presentation: 'Presentation',
  promotion: 'Promotion',
  information: 'Information',
  discussion: 'Discussion',
  suggestion: 'Suggestion',
  preparation: 'Preparation',
  'work-item-proposal': 'Work-item proposal',
};

export const STANDARD_KIND_LABELS: Record<StandardData['kind'], string> = {
  protocol: 'Protocol',
  standard: 'Standard',
  specification: 'Specification',
  'internet-draft': 'Internet-Draft',
  'data-model': 'Data model',
  guide: 'Guide',
  directive: 'Directive',
  mandate: 'Mandate',
};

/** Statuses in order of closeness, with what each means, for lists and legends. */
export const STATUS_LABELS: Record<EngagementStatus, { label: string; description: string }> = {
  contributing: { label: 'Contributing', description: 'Partners attend its meetings and have brought contributions.' },
  'in-contact': { label: 'In contact', description: 'Contact is established; no contribution yet.' },
  'contact-sought': { label: 'Contact sought', description: 'The project is seeking contact with the body.' },
  planned: {
    label: 'Planned',
    description: 'The project intends to contact it, contribute or disseminate results there.',
  },
  considered: { label: 'Considered', description: 'Contributions are being considered.' },
  monitoring: { label: 'Monitoring', description: 'The project follows its work.' },
  'no-overlap': {
    label: 'No overlap identified',
    description: 'Assessed: no overlap with the project identified so far.',
  },
  listed: {
    label: 'Listed',
    description: 'Named among the bodies the partners will consider; not assessed further yet.',
  },
};

/** What a body without any assessment shows in place of a status. */
export const NOT_ASSESSED = { label: 'Not assessed', description: 'No report has assessed the engagement yet.' };

/** The label of a status, or "Not assessed". */
export const statusLabel = (status: EngagementStatus | undefined): string =>
  status ? STATUS_LABELS[status].label : NOT_ASSESSED.label;
