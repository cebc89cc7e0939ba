import { describe, expect, it } from 'vitest';
import { INDEX_ONLY_LABEL, TITLE_WEIGHT, indexOnlyStart, pageExcerpt } from '../../src/lib/pure/excerpt';
import { firstSentence } from '../../src/lib/pure/excerpt';

/** Pagefind-like result data: the text, and the positions of the words that match `match`. */
function matched(text: string, match: RegExp, titleWords = 0) {
  const words = text.split(/\s+/);
  const locations = words.flatMap((w, i) => (match.test(w) ? [i] : []));
  return {
    raw_content: text,
    locations,
    weighted_locations: locations.map((location) => ({
      location,
      weight: location < titleWords ? TITLE_WEIGHT : 1,
      balanced_score: location < titleWords ? 1000 : 10,
    })),
  };
}

const page = `ETSI STF 516. Specialist task force. The group works on EU Mandate M/462. It deals with critical infrastructures that will embed real time smart metering. ${INDEX_ONLY_LABEL} STF516 · STF-516 · ETSI STF516.`;

describe('excerpts of search results', () => {
  it('finds where the hidden line of other names starts', () => {
    const words = page.split(/\s+/);
    expect(words[indexOnlyStart(words)]).toBe('Also');
    expect(indexOnlyStart(['no', 'label'])).toBe(2);
  });

  it('quotes the sentence where the term occurs, with the term marked', () => {
    const excerpt = pageExcerpt(matched(page, /^infrastructures$/));
    expect(excerpt).toMatch(/^… It deals with critical <mark>infrastructures<\/mark> that will embed/);
    expect(excerpt).not.toContain(INDEX_ONLY_LABEL);
  });

  it('gives nothing when the term is only among the other names or in the title', () => {
    expect(pageExcerpt(matched(page, /STF516/))).toBeUndefined();
    expect(pageExcerpt(matched(page, /^(STF|516\.?)$/, 3))).toBeUndefined();
  });

  it('starts at the beginning of the text when the match is there, and ends before the hidden line', () => {
    const excerpt = pageExcerpt(matched(page, /^STF$/), 40);
    expect(excerpt?.startsWith('ETSI <mark>STF</mark> 516. Specialist')).toBe(true);
    expect(pageExcerpt(matched(page, /^task$/))?.startsWith('… Specialist <mark>task</mark> force.')).toBe(true);
    expect(excerpt?.endsWith('smart metering.')).toBe(true);
  });
});

describe('first sentences', () => {
  it('keeps the first sentence, shortened at a word', () => {
    expect(firstSentence('One thing. Another.')).toBe('One thing.');
    expect(firstSentence('Version 1.0 of it. More.')).toBe('Version 1.0 of it.');
    const long = firstSentence(`${'word '.repeat(60)}end.`, 40);
    expect(long.length).toBeLessThanOrEqual(41);
    expect(long.endsWith('word…')).toBe(true);
  });
});
