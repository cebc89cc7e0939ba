/** Quotations are found in the text they quote, and a strengthened paraphrase is not. */
import { describe, expect, it } from 'vitest';
import { isQuotedIn, nearestSentence, normaliseQuoted, quoteParts, sentencesOf } from '../../src/lib/quotes';

const text = [
  'SUCCESS is considering a contribution to the forthcoming ETSI Report on protection measures for Information and Communications Technologies (ICT) in critical infrastructures. So far, activities regarding the promotion of SUCCESS have been done in two meetings (#7 and #8).',
  'For this reason, we are seeking contact with this Expert Group.',
];

describe('quotations', () => {
  it('finds the exact words, whatever the case, quote marks, emphasis and line breaks', () => {
    expect(isQuotedIn('SUCCESS is considering a contribution', text)).toBe(true);
    expect(isQuotedIn('so far, activities regarding the\npromotion of SUCCESS', text)).toBe(true);
    expect(isQuotedIn('“we are seeking contact with this Expert Group.”', text)).toBe(true);
    expect(isQuotedIn('we are *seeking* contact', text)).toBe(true);
  });

  it('takes … as words left out, in order, within one paragraph', () => {
    expect(isQuotedIn('SUCCESS is considering … in critical infrastructures', text)).toBe(true);
    expect(isQuotedIn('SUCCESS is considering [...] two meetings (#7 and #8)', text)).toBe(true);
    expect(isQuotedIn('two meetings … SUCCESS is considering', text)).toBe(false);
    expect(isQuotedIn('SUCCESS is considering … seeking contact', text)).toBe(false);
  });

  it('refuses a paraphrase that strengthens the claim', () => {
    expect(isQuotedIn('SUCCESS is contributing to the forthcoming ETSI Report', text)).toBe(false);
    expect(isQuotedIn('we are in contact with this Expert Group', text)).toBe(false);
    expect(isQuotedIn('…', text)).toBe(false);
  });

  it('names the sentence closest to a quotation that is not there', () => {
    expect(nearestSentence('SUCCESS contributes to the forthcoming ETSI Report', text)).toMatch(
      /^SUCCESS is considering a contribution/,
    );
    expect(nearestSentence('we have contact with this Expert Group', text)).toBe(
      'For this reason, we are seeking contact with this Expert Group.',
    );
    expect(nearestSentence('nothing alike at all', text)).toBeUndefined();
  });

  it('splits a text into sentences and a quotation into its parts', () => {
    expect(sentencesOf(text[0]!)).toHaveLength(2);
    expect(quoteParts('“a … b.”')).toEqual(['a', 'b']);
    expect(normaliseQuoted('It’s — “x”')).toBe(`it's - "x"`);
  });
});
