import { describe, expect, it } from 'vitest';
import { acronymVariants, glossarySynonyms, normaliseName } from '../../src/lib/pure/search-terms';

describe('acronym variants', () => {
  it('writes a name with a space, a hyphen and nothing between letters and digits', () => {
    expect(acronymVariants('TC 215')).toEqual(['TC 215', 'TC215', 'TC-215']);
    expect(acronymVariants('STF 516')).toEqual(['STF 516', 'STF516', 'STF-516']);
    expect(acronymVariants('SA6')).toEqual(['SA6', 'SA 6', 'SA-6']);
    expect(acronymVariants('CIGRE B5')).toEqual(['CIGRE B5', 'CIGREB5', 'CIGRE-B5']);
  });

  it('leaves single words alone', () => {
    expect(acronymVariants('oneM2M')).toEqual(['oneM2M']);
    expect(acronymVariants('IEEE C37.118.1-2011')).toEqual(['IEEE C37.118.1-2011']);
    expect(acronymVariants('WELMEC')).toEqual(['WELMEC']);
    expect(acronymVariants('CoRE')).toEqual(['CoRE']);
    expect(acronymVariants('TC-Cyber')).toEqual(['TC-Cyber']);
    expect(acronymVariants('Constrained Application Protocol')).toEqual(['Constrained Application Protocol']);
  });
});

describe('glossary synonyms', () => {
  const glossary = [
    { term: 'PMU', expansion: 'Phasor Measurement Unit' },
    { term: 'CoAP', expansion: 'Constrained Application Protocol' },
    { term: 'SC', expansion: 'Study Committee' },
  ];

  it('adds the expansion of an abbreviation the text uses, and the abbreviation of an expansion', () => {
    expect(glossarySynonyms('Low cost PMUs and the PMU protocol', glossary)).toEqual(['Phasor Measurement Unit']);
    expect(glossarySynonyms('the Constrained Application Protocol over TCP', glossary)).toEqual(['CoAP']);
  });

  it('adds nothing when both forms are there, or for words that only contain the letters', () => {
    expect(glossarySynonyms('CoAP (Constrained Application Protocol)', glossary)).toEqual([]);
    expect(glossarySynonyms('SCADA systems and a scene', glossary)).toEqual([]);
  });
});

describe('name comparison', () => {
  it('treats spaces, hyphens and case alike', () => {
    expect(normaliseName('TC-215')).toBe(normaliseName('tc 215'));
    expect(normaliseName('TC215')).toBe('tc215');
    expect(normaliseName('SA 6')).toBe(normaliseName('SA6'));
    expect(normaliseName('CoAP')).not.toBe(normaliseName('CoRE'));
  });
});
