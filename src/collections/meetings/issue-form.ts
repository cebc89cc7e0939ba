/**
 * "Report a meeting": the issue form through which a partner adds a meeting
 * without writing YAML, and how its answers become the meeting's file.
 */
import {
  dropdown,
  idOfOption,
  idsOf,
  input,
  textarea,
  type AnswerProblem,
  type IssueFormDefinition,
} from '../../lib/collection-api/issue-form';
import { CONTRIBUTION_KINDS, MEETING_KINDS } from './schema';

/** The line format of a contribution in the form: "partner, body, kind: what was contributed". */
export const CONTRIBUTION_LINE = 'partner, body, kind: what was contributed';

const CONTRIBUTION = /^([^,:]+),\s*([^,:]+),\s*([^,:]+):\s*(.+)$/;

/** The contributions of the answer, one a line, and a problem for each line that is not one. */
function contributionsOf(answer: string, problems: AnswerProblem[]) {
  return answer
    .split('\n')
    .map((line, index) => ({ line: line.trim(), index }))
    .filter(({ line }) => line)
    .flatMap(({ line, index }) => {
      const match = CONTRIBUTION.exec(line);
      if (!match) {
        problems.push({
          question: 'contributions',
          line: index + 1,
          message: `write each contribution as "${CONTRIBUTION_LINE}" — "${line.slice(0, 60)}" is not`,
        });
        return [];
      }
      const [, partner = '', body = '', kind = '', text = ''] = match;
      return [{ text: text.trim(), kind: kind.trim(), partner: idOfOption(partner), body: idOfOption(body) }];
    });
}

export const meetingForm: IssueFormDefinition = {
  file: 'report-a-meeting.yml',
  name: 'Report a meeting',
  description: 'A meeting of a standards body, a workshop or a project meeting, with what the partners contributed.',
  title: 'Meeting: ',
  labels: ['meeting report'],

  questions: ({ describe, options, next }) => [
    { type: 'markdown', attributes: { value: `Fill in what you know; leave the rest empty. ${next}` } },
    input('title', 'Title', describe('title'), true, 'ETSI TC CYBER #9'),
    dropdown('kind', 'Kind', describe('kind'), MEETING_KINDS, true),
    input('start', 'First day', describe('start'), true, 'YYYY-MM-DD'),
    input('end', 'Last day', describe('end'), false, 'YYYY-MM-DD'),
    input('place', 'Place', describe('place'), false, 'Sophia Antipolis'),
    dropdown('bodies', 'Bodies', describe('bodies'), options('bodies'), false, true),
    dropdown('partnersPresent', 'Partners present', describe('partnersPresent'), options('partners'), false, true),
    textarea('summary', 'Summary', describe('summary'), true),
    textarea(
      'contributions',
      'Contributions',
      `${describe('contributions')}. One per line: \`${CONTRIBUTION_LINE}\`, each by its id as the lists above show it in brackets; the kind is one of ${CONTRIBUTION_KINDS.map((k) => `\`${k}\``).join(', ')}. ${describe('text', 'contributions')}.`,
      false,
      'p3c, etsi-tc-cyber, presentation: Presentation of the SUCCESS project',
    ),
    dropdown(
      'report',
      'Report',
      `The report that states the meeting, if one does. ${describe('sources')}.`,
      options('reports'),
      false,
    ),
    input('section', 'Section of the report', 'The section number in that report, e.g. 2.1.', false, '2.1'),
    textarea(
      'text',
      'Page text',
      'What happened at the meeting, in a few paragraphs: its context, what was presented or discussed, what follows. Markdown works (## for a heading).',
      false,
    ),
  ],

  write(a, { path, existing, newId }) {
    const problems: AnswerProblem[] = [];
    const contributions = contributionsOf(a.contributions ?? '', problems);
    const id = newId({ start: a.start ?? '', title: a.title ?? '' });
    if (existing(id))
      problems.push({
        question: 'title',
        message: `a meeting with this first day and title is already on the site (${path(id)}) — edit that file instead, or tell this meeting apart in its title`,
      });
    if (problems.length) return { problems };
    const front: Record<string, unknown> = {
      title: a.title,
      kind: a.kind,
      start: a.start,
      ...(a.end ? { end: a.end } : {}),
      ...(a.place ? { place: a.place } : {}),
      summary: a.summary,
      bodies: idsOf(a.bodies ?? ''),
      partnersPresent: idsOf(a.partnersPresent ?? ''),
      ...(contributions.length ? { contributions } : {}),
      ...(a.report
        ? { sources: [{ report: idOfOption(a.report), ...(a.section ? { section: a.section } : {}) }] }
        : {}),
    };
    return { entry: { id, front, text: (a.text ?? '').trim() }, problems };
  },

  questionOf([field, item, inner]) {
    const index = /^item (\d+)$/.exec(item ?? '')?.[1];
    // A contribution's line in the answer is its place among the contributions.
    if (field === 'contributions' && index) return { question: 'contributions', line: Number(index), prefix: inner };
    if (field === 'sources') return { question: inner === 'section' ? 'section' : 'report' };
    return undefined;
  },

  unasked: {
    startTime: 'the times of a meeting are rarely known to the partner who reports it; a reviewer adds them',
    endTime: 'the times of a meeting are rarely known to the partner who reports it; a reviewer adds them',
    timeZone: 'given with the times, by a reviewer',
    occasion: 'the event a meeting was held with is added by a reviewer, from the record',
    ambiguities: "what the sources leave unclear is the reviewer's to note",
  },
};
