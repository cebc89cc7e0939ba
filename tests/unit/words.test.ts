import { describe, expect, it } from 'vitest';
import {
  correctable,
  inTypedCase,
  correctedQueries,
  countWords,
  isWordOfSite,
  packWords,
  queryWords,
  splitWords,
  unpackWords,
  withoutOneWord,
  wordCorrections,
  wordParts,
  wordsIn,
  type WordCount,
} from '../../src/lib/pure/words';
import { VOCABULARY_PARTS } from '../../src/lib/pure/spelling';

const texts = [
  'Legal metrology: WELMEC and the Measuring Instruments Directive. Metering, metering and meters.',
  'The metering of Réseaux; Ericsson in Aachen, 2016. TC-215 and oneM2M.',
  'metrology of smart metering, as Ericsson writes it',
];
const words = countWords(texts);
const count = (word: string) => words.find((w) => w.word.toLowerCase() === word)?.count;

describe('the words of the index', () => {
  it('takes runs of letters and digits with a letter, two characters or more', () => {
    expect(wordsIn('TC-215 and oneM2M, in 2016: a “Réseaux”')).toEqual(['TC', 'and', 'oneM2M', 'in', 'Réseaux']);
  });

  it('counts each word across the texts, case and accents aside, written as most often', () => {
    expect(count('metering')).toBe(4);
    expect(count('ericsson')).toBe(2);
    expect(words.find((w) => w.word === 'Réseaux')?.count).toBe(1);
    // Written "Metering" once and "metering" three times.
    expect(words.filter((w) => w.word.toLowerCase() === 'metering').map((w) => w.word)).toEqual(['metering']);
    expect(count('2016')).toBeUndefined();
  });

  it('keeps every word once in the parts of its first and second character, and survives packing', () => {
    expect(wordParts('metering')).toEqual(['m', 'e']);
    expect(wordParts('oneM2M')).toEqual(['o', 'n']);
    expect(wordParts('Réseaux')).toEqual(['r', 'e']);
    expect(wordParts('aachen')).toEqual(['a']);
    const parts = splitWords(words);
    expect([...parts.keys()]).toEqual(VOCABULARY_PARTS);
    expect(parts.get('e')?.map((w) => w.word)).toEqual(expect.arrayContaining(['metering', 'Ericsson', 'Réseaux']));
    for (const [, list] of parts) expect(unpackWords(JSON.parse(JSON.stringify(packWords(list))))).toEqual(list);
    expect(unpackWords(packWords([]))).toEqual([]);
  });
});

/** The words of the parts a typed word needs, as the browser merges them. */
const near = (typed: string): WordCount[] => wordParts(typed).flatMap((part) => splitWords(words).get(part) ?? []);

describe('a typo in any word', () => {
  it('takes a word of the site, or the start of one, as meant', () => {
    expect(isWordOfSite('metrol', near('metrol'))).toBe(true);
    expect(isWordOfSite('RESEAUX', near('RESEAUX'))).toBe(true);
    expect(isWordOfSite('metrolgy', near('metrolgy'))).toBe(false);
  });

  it.each([
    ['metrolgy', 'metrology', 'a letter dropped'],
    ['xetrology', 'metrology', 'the first letter changed'],
    ['etrology', 'metrology', 'the first letter dropped'],
    ['emtrology', 'metrology', 'the first two swapped'],
    ['ametrology', 'metrology', 'a letter added before the first'],
    ['ericson', 'Ericsson', 'written as the pages write it'],
  ])('corrects %s to %s (%s) from the two parts it needs', (typed, meant) => {
    expect(wordCorrections(typed, near(typed))[0]?.word).toBe(meant);
  });

  it("writes a correction in the typed word's case, unless it is an acronym or has capitals inside", () => {
    expect(inTypedCase('ibstruments', 'Instruments')).toBe('instruments');
    expect(inTypedCase('Ibstruments', 'Instruments')).toBe('Instruments');
    expect(inTypedCase('welmek', 'WELMEC')).toBe('WELMEC');
    expect(inTypedCase('onem2n', 'oneM2M')).toBe('oneM2M');
    expect(inTypedCase('Metrolgy', 'metrology')).toBe('metrology');
  });

  it('prefers the fewer edits, then the more frequent word', () => {
    const list: WordCount[] = [
      { word: 'meters', count: 1 },
      { word: 'metering', count: 9 },
      { word: 'meteors', count: 3 },
      { word: 'meter', count: 2 },
    ];
    // "meterss": one edit from "meters"; two from "meteors" and "meter".
    expect(wordCorrections('meterss', list).map((w) => w.word)).toEqual(['meters', 'meteors', 'meter']);
    // "meteers": one edit from "meters" and from "meteors": the more frequent first.
    expect(
      wordCorrections('meteers', list)
        .map((w) => w.word)
        .slice(0, 2),
    ).toEqual(['meteors', 'meters']);
    expect(wordCorrections('meteers', list, 1)).toHaveLength(1);
  });

  it('corrects no word too short or without a letter, and allows more edits only when asked', () => {
    expect(correctable('tc')).toBe(false);
    expect(correctable('2016')).toBe(false);
    expect(correctable('cyb')).toBe(true);
    expect(wordCorrections('ab', [{ word: 'ac', count: 1 }])).toEqual([]);
    // Three letters changed: too many for a word of nine, unless one more edit is allowed.
    expect(wordCorrections('mexxxlogy', near('mexxxlogy'))).toEqual([]);
    expect(wordCorrections('mexxxlogy', near('mexxxlogy'), 3, 1).map((w) => w.word)).toEqual(['metrology']);
  });
});

describe('queries of several words', () => {
  it('replaces each word in place, keeping what stands between them', () => {
    expect(queryWords('coap pub/sub, tc-215')).toEqual({
      words: ['coap', 'pub', 'sub', 'tc', '215'],
      between: [' ', '/', ', ', '-'],
    });
    expect(correctedQueries('legal metrolgy', [undefined, ['metrology', 'meteorology']], 4)).toEqual([
      'legal metrology',
      'legal meteorology',
    ]);
    expect(correctedQueries('pub/sbu', [undefined, ['sub']], 4)).toEqual(['pub/sub']);
  });

  it('orders the combinations by the ranks of their choices (on a tie, in the order of the words), and stops at the number asked', () => {
    expect(
      correctedQueries(
        'aa bb',
        [
          ['a1', 'a2'],
          ['b1', 'b2'],
        ],
        10,
      ),
    ).toEqual(['a1 b1', 'a1 b2', 'a2 b1', 'a2 b2']);
    expect(
      correctedQueries(
        'aa bb',
        [
          ['a1', 'a2'],
          ['b1', 'b2'],
        ],
        1,
      ),
    ).toEqual(['a1 b1']);
    // Nothing to correct: no query but the one typed, which is never offered.
    expect(correctedQueries('legal metrology', [undefined, undefined], 4)).toEqual([]);
  });

  it('keeps only the best choice of each word when a long query would give too many combinations', () => {
    const query = 'a1 b1 c1 d1 e1 f1';
    const choices = ['a', 'b', 'c', 'd', 'e', 'f'].map((l) => [`${l}2`, `${l}3`, `${l}4`]);
    expect(correctedQueries(query, choices, 5)).toEqual(['a2 b2 c2 d2 e2 f2']);
  });

  it('offers the query without each of its words', () => {
    expect(withoutOneWord('legal metrology xq')).toEqual(['metrology xq', 'legal xq', 'legal metrology']);
    expect(withoutOneWord('metrology')).toEqual([]);
  });
});
