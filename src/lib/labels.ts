/** Human labels for the enum values of the data model. */
import type { BodyData, Contribution, MeetingData, StandardData } from '../schemas';

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

/** "1 meeting", "3 meetings". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
