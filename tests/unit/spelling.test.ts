import { describe, expect, it } from 'vitest';
import {
  allowedEdits,
  answersFor,
  correctionFor,
  partsOf,
  packVocabulary,
  splitVocabulary,
  startsAName,
  unpackVocabulary,
  vocabularyPart,
  VOCABULARY_PARTS,
  type Vocabulary,
  type VocabularyEntry,
} from '../../src/lib/pure/spelling';
import { normaliseName as normalise } from '../../src/lib/pure/search-terms';

const entry = (name: string, type: string, also: string[] = [], expansion?: string): VocabularyEntry => ({
  name,
  also,
  expansion,
  type,
  url: `/${type.toLowerCase()}/${normalise(name)}/`,
});

const vocabulary: Vocabulary = {
  entries: [
    entry('WELMEC', 'Body'),
    entry('WELMEC', 'Glossary', ['European cooperation in legal metrology']),
    entry('CENELEC TC 215', 'Body', ['TC 215', 'CENELEC TC215']),
    entry('PUF', 'Glossary', ['Physical Unclonable Function'], 'Physical Unclonable Function'),
    entry('PUF', 'Result', ['Physical Unclonable Function (PUF) technology']),
    entry('PMU', 'Glossary', ['Phasor Measurement Unit'], 'Phasor Measurement Unit'),
    entry('Cyber security', 'Topic', ['Cybersecurity']),
    entry('Smart metering', 'Topic', ['Smart meter']),
    entry('Réseaux', 'Glossary'),
  ],
};

describe('normalise', () => {
  it('ignores case, accents, spaces, hyphens, dots and slashes', () => {
    expect(normalise('TC-215')).toBe(normalise('tc 215'));
    expect(normalise('Réseaux')).toBe('reseaux');
    expect(normalise('M/462')).toBe('m462');
  });
});

describe('answers', () => {
  it('gives the entries a query names exactly, the definition first', () => {
    expect(answersFor('puf', vocabulary).map((e) => e.type)).toEqual(['Glossary', 'Result']);
    expect(answersFor('tc215', vocabulary).map((e) => e.name)).toEqual(['CENELEC TC 215']);
    expect(answersFor('physical unclonable function', vocabulary)[0]?.name).toBe('PUF');
  });

  it('gives nothing for part of a name or for another word', () => {
    expect(answersFor('welm', vocabulary)).toEqual([]);
    expect(answersFor('meeting', vocabulary)).toEqual([]);
    expect(answersFor('  ', vocabulary)).toEqual([]);
  });
});

describe('corrections', () => {
  it('allows more edits for longer queries, none for one or two letters', () => {
    expect([2, 3, 4, 5, 12, 13].map(allowedEdits)).toEqual([0, 1, 1, 2, 2, 3]);
  });

  it('corrects a letter wrong, dropped or swapped, preferring the definition', () => {
    expect(correctionFor('welmek', vocabulary)).toMatchObject({ term: 'WELMEC', entry: { type: 'Glossary' } });
    expect(correctionFor('cenelec tc 251', vocabulary)?.term).toBe('CENELEC TC 215');
    expect(correctionFor('pfu', vocabulary)).toBeDefined();
    // A letter swapped (same length) before a letter too many.
    expect(correctionFor('dlsm', { entries: [entry('DSM', 'Glossary'), entry('DLMS', 'Glossary')] })?.term).toBe(
      'DLMS',
    );
    expect(correctionFor('smart metring', vocabulary)?.term).toBe('Smart metering');
    // The entry's own name, rather than the alias spelt the same way.
    expect(correctionFor('cybersecurty', vocabulary)?.term).toBe('Cyber security');
    expect(correctionFor('reseuax', vocabulary)?.term).toBe('Réseaux');
  });

  it('leaves partial words and names alone, and corrects nothing that is far from every name', () => {
    expect(startsAName('cyb', vocabulary)).toBe(true);
    expect(startsAName('metr', vocabulary)).toBe(true);
    expect(correctionFor('cyb', vocabulary)).toBeUndefined();
    expect(correctionFor('smart', vocabulary)).toBeUndefined();
    expect(correctionFor('welmec', vocabulary)).toBeUndefined();
    expect(correctionFor('interoperability', vocabulary)).toBeUndefined();
    expect(correctionFor('xy', vocabulary)).toBeUndefined();
  });
});

describe('the vocabulary in parts', () => {
  const parts = splitVocabulary(vocabulary);
  const partFor = (query: string) => parts.get(vocabularyPart(query)!)!;

  it('keeps each entry in the part of the first character of each of its names and their words', () => {
    expect(vocabularyPart(' Réseaux')).toBe('r');
    expect(vocabularyPart('61850')).toBe('6');
    expect(vocabularyPart('«quoted»')).toBe('_');
    expect(vocabularyPart('  ')).toBeUndefined();
    expect(partsOf(entry('ETSI TC CYBER', 'Body', ['Cyber-security group'])).sort()).toEqual(['c', 'e', 'g', 's', 't']);
    // Every part is written, so that no query asks for a missing file.
    expect([...parts.keys()]).toEqual(VOCABULARY_PARTS);
    expect(parts.get('x')?.entries).toEqual([]);
  });

  it('answers, completes and corrects a query from its part as from the whole vocabulary', () => {
    const queries = [
      'puf',
      'tc215',
      'welmek',
      'cenelc',
      'cyb',
      'smart metring',
      'physical unclonable function',
      'reseaux',
      'pmu',
      'metrol',
    ];
    for (const q of queries) {
      expect(answersFor(q, partFor(q)), q).toEqual(answersFor(q, vocabulary));
      expect(startsAName(q, partFor(q)), q).toBe(startsAName(q, vocabulary));
      expect(correctionFor(q, partFor(q)), q).toEqual(correctionFor(q, vocabulary));
    }
    expect(correctionFor('welmek', partFor('welmek'))?.term).toBe('WELMEC');
  });
});

describe('the vocabulary as its files hold it', () => {
  const written = {
    entries: [...vocabulary.entries, entry('CoAP', 'Glossary', ['CoAP protocol'], 'Constrained Application Protocol')],
  };
  const packed = packVocabulary(written);

  it('reads back exactly the vocabulary it was written from', () => {
    expect(unpackVocabulary(JSON.parse(JSON.stringify(packed)) as typeof packed)).toEqual(written);
  });

  it('lists each type once, and gives an expansion found among the other names as its position', () => {
    expect(packed.types).toEqual(['Body', 'Glossary', 'Result', 'Topic']);
    expect(packed.entries[3]).toEqual(['PUF', ['Physical Unclonable Function'], 1, '/glossary/puf/', 0]);
    expect(packed.entries.at(-1)?.[4]).toBe('Constrained Application Protocol');
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(written).length * 0.8);
  });
});
