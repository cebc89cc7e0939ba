/**
 * "Update a body": the issue form through which a partner records a body's
 * new status, with the report's words it rests on, its plans and the
 * partners engaging with it; the answers change the body's file.
 */
import {
  dropdown,
  idOfOption,
  idsOf,
  input,
  textarea,
  type IssueFormDefinition,
} from '../../lib/collection-api/issue-form';
import { ENGAGEMENT_STATUSES } from './schema';

/** Text as one line, its runs of white space made one space (a quotation copied from a PDF breaks its lines). */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

const KEPT = "an update changes the body's status, plans and partners; the rest of its file stays as it is";

export const bodyForm: IssueFormDefinition = {
  file: 'update-a-body.yml',
  name: 'Update a body',
  description: "A body's new status, with the report's words it rests on, its plans and the partners engaging with it.",
  title: 'Body: ',
  labels: ['body update'],

  questions: ({ describe, options, next }) => [
    { type: 'markdown', attributes: { value: `A status must rest on a report's own words. ${next}` } },
    dropdown('body', 'Body', 'The body whose status changes.', options('bodies'), true),
    dropdown(
      'status',
      'Status',
      `${describe('status', 'engagement')}: one of the site's scale (CONTRIBUTING, section 3).`,
      ENGAGEMENT_STATUSES,
      true,
    ),
    dropdown('report', 'Report', describe('report', 'engagement'), options('reports'), true),
    textarea(
      'quote',
      "The report's words",
      `The words of the report that ${describe('quote', 'engagement').replace(/^[A-Z]/, (c) => c.toLowerCase())}, copied exactly.`,
      true,
    ),
    input('assessed', 'Assessed on', describe('assessed', 'engagement'), false, 'YYYY-MM'),
    textarea(
      'planned',
      'Planned',
      `${describe('planned')}. One per line; they are added to those the body has.`,
      false,
    ),
    dropdown(
      'partners',
      'Partners',
      `${describe('partners')}: choose them all; the list replaces the body's.`,
      options('partners'),
      false,
      true,
    ),
    textarea(
      'partnersQuote',
      "The report's words on the partners",
      "The words of the report that name these partners with the body, copied exactly: a body's partners must rest on the report's words.",
      false,
    ),
  ],

  write(a, { existing }) {
    const id = idOfOption(a.body ?? '');
    const current = existing(id);
    if (!current) return { problems: [{ question: 'body', message: `there is no body "${id}" on the site` }] };
    const { front } = current;
    front.addIn(['engagement'], {
      status: a.status,
      ...(a.assessed ? { assessed: a.assessed } : {}),
      report: idOfOption(a.report ?? ''),
      quote: oneLine(a.quote ?? ''),
    });
    for (const line of (a.planned ?? '').split('\n').map((l) => l.trim().replace(/^[-*]\s+/, '')))
      if (line) front.addIn(['planned'], line);
    const partners = idsOf(a.partners ?? '');
    if (partners.length) {
      front.setIn(['partners'], partners);
      // The report's words the partners rest on replace those given before.
      const basis = (front.getIn(['basis']) as { items?: unknown[] } | undefined)?.items ?? [];
      const kept = basis.filter((item) => (item as { get?: (k: string) => unknown }).get?.('field') !== 'partners');
      if (a.partnersQuote?.trim()) {
        front.setIn(['basis'], front.createNode(kept));
        front.addIn(['basis'], { field: 'partners', quote: oneLine(a.partnersQuote) });
      }
    }
    return { entry: { id, front, text: current.text }, problems: [] };
  },

  questionOf([field, , inner]) {
    if (field === 'engagement') return { question: inner ?? 'quote' };
    if (field === 'basis') return { question: 'partnersQuote' };
    return undefined;
  },

  unasked: Object.fromEntries(
    [
      'name',
      'acronym',
      'aliases',
      'kind',
      'parent',
      'website',
      'summary',
      'scope',
      'relevance',
      'topics',
      'citations',
      'sources',
      'fromElsewhere',
      'ambiguities',
    ].map((field) => [field, KEPT]),
  ),
};
