import { z } from 'astro/zod';
import {
  ambiguitiesField,
  doc,
  partialDate,
  sourcesField,
  text,
  timeOfDay,
  timeZone,
  type RefFactory,
} from '../../lib/collection-api/fields';

export const MEETING_KINDS = ['standards-meeting', 'workshop', 'project-meeting'] as const;

export const CONTRIBUTION_KINDS = [
  'presentation',
  'promotion',
  'information',
  'discussion',
  'suggestion',
  'preparation',
  'work-item-proposal',
] as const;

/** A standards meeting, a workshop or a project meeting. */
export function meetingSchema(ref: RefFactory) {
  return z
    .object({
      title: text.describe('the meeting as people will look for it'),
      kind: z
        .enum(MEETING_KINDS)
        .describe(
          "`standards-meeting` (a meeting of one or more bodies), `workshop` or `project-meeting` (the project's own)",
        ),
      start: partialDate.describe('first day, `"YYYY-MM-DD"`, or `"YYYY-MM"` when only the month is known'),
      end: partialDate.optional().describe('last day, for meetings over several days; not before `start`'),
      startTime: timeOfDay.optional().describe('start time, `"HH:MM"`'),
      endTime: timeOfDay.optional().describe('end time, `"HH:MM"`; for a one-day meeting, after `startTime`'),
      timeZone: timeZone
        .optional()
        .describe(
          'the time zone of the times, as a place name: `"Europe/Brussels"`; leave it out when the source does not say where the times apply',
        ),
      place: text.optional().describe('where it took place, as the source says'),
      occasion: text.optional().describe('the event it was held with'),
      summary: text.describe('one or two sentences, used in lists and search results'),
      bodies: z
        .array(ref('bodies'))
        .default([])
        .describe(
          doc(
            'ids of the bodies that met (list); at least one for a `standards-meeting`, empty for a project meeting',
            'for a standards meeting',
          ),
        ),
      partnersPresent: z
        .array(ref('partners'))
        .default([])
        .describe(
          'ids of the partners the source places at the meeting (list); partners who contributed count as present',
        ),
      contributions: z
        .array(
          z
            .object({
              text: text.describe("the contribution, in the source's words"),
              kind: z.enum(CONTRIBUTION_KINDS).describe('what sort of contribution (values below)'),
              partner: ref('partners').describe('id of the partner who made it'),
              body: ref('bodies')
                .optional()
                .describe(
                  doc(
                    "id of the body it was for; must be one of the meeting's `bodies`",
                    'when the meeting has more than one body',
                  ),
                ),
            })
            .strict(),
        )
        .default([])
        .describe('what the project brought, one item per contribution (see below)'),
      sources: sourcesField(ref, 'where a report states these facts (see the rules above)'),
      ambiguities: ambiguitiesField('the sources leave'),
    })
    .strict();
}

export type MeetingData = z.output<ReturnType<typeof meetingSchema>>;
export type Contribution = MeetingData['contributions'][number];

/** How the values are shown. */
export const MEETING_KIND_LABELS: Record<MeetingData['kind'], string> = {
  'standards-meeting': 'Standards meeting',
  workshop: 'Workshop',
  'project-meeting': 'Project meeting',
};

/** How the values are shown. */
export const CONTRIBUTION_KIND_LABELS: Record<Contribution['kind'], string> = {
  presentation: 'Presentation',
  promotion: 'Promotion',
  information: 'Information',
  discussion: 'Discussion',
  suggestion: 'Suggestion',
  preparation: 'Preparation',
  'work-item-proposal': 'Work-item proposal',
};
