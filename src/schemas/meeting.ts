import { z } from 'astro/zod';
import { partialDate, sourceSchema, text, textList, timeOfDay, type RefFactory } from './common';

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

export function meetingSchema(ref: RefFactory) {
  return z
    .object({
      /** e.g. "ETSI TC CYBER #7". */
      title: text,
      kind: z.enum(MEETING_KINDS),
      /** First day, "YYYY-MM-DD", or "YYYY-MM" when the report gives only the month. */
      start: partialDate,
      /** Last day, for meetings over several days. */
      end: partialDate.optional(),
      /** Start and end times, "HH:MM", when the report gives them. */
      startTime: timeOfDay.optional(),
      endTime: timeOfDay.optional(),
      /** Where it took place, as the report says. */
      place: text.optional(),
      /** The event it was held with, e.g. "ICT Proposer Day". */
      occasion: text.optional(),
      /** One or two sentences, used in lists and page descriptions. */
      summary: text,
      /** The bodies that met. Empty for the project's own meetings. */
      bodies: z.array(ref('bodies')).default([]),
      /** Partners the report places at the meeting. Contributors count as present. */
      partnersPresent: z.array(ref('partners')).default([]),
      /** What the project brought, each item to one body by one partner. */
      contributions: z
        .array(
          z
            .object({
              /** The contribution, in the report's words. */
              text,
              kind: z.enum(CONTRIBUTION_KINDS),
              partner: ref('partners'),
              /** Which of the meeting's bodies it was for. Required when the meeting has more than one body. */
              body: ref('bodies').optional(),
            })
            .strict(),
        )
        .default([]),
      sources: z.array(sourceSchema(ref)).default([]),
      ambiguities: textList,
    })
    .strict();
}
