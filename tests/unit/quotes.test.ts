/** Quotations are found in the text they quote, and a strengthened paraphrase is not. */
import { describe, expect, it } from 'vitest';
import {
  isQuotedIn,
  nearestSentence,
  normaliseQuoted,
  quoteParts,
  sentencesOf,
  QuotedText,
} from '../../src/lib/pure/quotes';

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

describe('a text looked up many times', () => {
  const text = new QuotedText([
    'SUCCESS will promote its results at the plenary meetings of the group.',
    'The project is considering a contribution to the working group.',
  ]);

  it('finds a quotation in its block, whatever the case, marks and cut words at its ends', () => {
    expect(text.has('will promote its results')).toBe(true);
    expect(text.has('“Considering a CONTRIBUTION”')).toBe(true);
    expect(text.has('omote its results at the plen')).toBe(true);
    expect(text.has('SUCCESS will promote … of the group')).toBe(true);
  });

  it('finds nothing spread over two blocks, out of order or strengthened', () => {
    expect(text.has('meetings of the group … the project is considering')).toBe(false);
    expect(text.has('of the group … SUCCESS will promote')).toBe(false);
    expect(text.has('The project is making a contribution')).toBe(false);
    expect(text.has('')).toBe(false);
  });
});
