import {
  ambiguitiesField,
  fromElsewhereField,
  sourcesField,
  text,
  textList,
  webUrl,
  type RefFactory,
} from '../../lib/collection-api/fields';
import { z } from 'astro/zod';

/** A consortium partner. */
export function partnerSchema(ref: RefFactory) {
  return z
    .object({
      name: text.describe('short name used across the site'),
      legalName: text.optional().describe('legal name as the report gives it'),
      aliases: textList.describe('other spellings, for search (list)'),
      country: text.optional().describe('country'),
      website: webUrl.optional().describe("the partner's web site"),
      role: text.describe("the partner's part in the standardisation work"),
      people: textList.describe('people named in the reports: **names only**, never an e-mail address (list)'),
      sources: sourcesField(ref, 'where the reports speak of this partner'),
      fromElsewhere: fromElsewhereField(),
      ambiguities: ambiguitiesField('the reports leave'),
    })
    .strict();
}

export type PartnerData = z.output<ReturnType<typeof partnerSchema>>;
