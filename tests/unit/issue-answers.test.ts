import { describe, expect, it } from 'vitest';
import {
  answersById,
  formOf,
  formatFormProblem,
  idsOf,
  labelledAnswers,
} from '../../src/lib/tools/issue-forms/answers';
import { idOfOption, issueForms, optionOf } from '../../src/lib/tools/issue-forms/forms';

const forms = issueForms({
  bodies: [
    { id: 'cen-cenelec-joint-groups', label: 'CEN-CENELEC joint groups, (JWG)' },
    { id: 'etsi-tc-cyber', label: 'ETSI TC CYBER' },
  ],
  partners: [{ id: 'p3c', label: 'P3C' }],
  reports: [{ id: 'd6-4-v1', label: 'D6.4 v1.0' }],
});

describe('an issue written with a form, as GitHub writes it', () => {
  const body = [
    '### Body',
    '',
    'ETSI TC CYBER (etsi-tc-cyber)',
    '',
    '### Status',
    '',
    'considering',
    '',
    '### Report',
    '',
    'D6.4 v1.0 (d6-4-v1)',
    '',
    "### The report's words",
    '',
    'SUCCESS is considering',
    'a contribution',
    '',
    '### Assessed on',
    '',
    '_No response_',
    '',
    '### Planned',
    '',
    '_No response_',
    '',
    '### Partners',
    '',
    '_No response_',
    '',
    "### The report's words on the partners",
    '',
    '_No response_',
  ].join('\r\n');

  it('reads each answer under its label, an empty one as nothing, whatever the line ends', () => {
    const labelled = labelledAnswers(body);
    expect(labelled.get("The report's words")).toBe('SUCCESS is considering\na contribution');
    expect(labelled.get('Assessed on')).toBe('');
    const form = formOf(labelled, forms);
    expect(form?.collection).toBe('bodies');
    expect(answersById(form!, labelled)).toMatchObject({
      body: 'ETSI TC CYBER (etsi-tc-cyber)',
      status: 'considering',
    });
    expect(formOf(labelledAnswers('### Something else\n\ntext'), forms)).toBeUndefined();
  });

  it('reads the ids of the options chosen, names with commas and brackets included', () => {
    const options = forms.find((f) => f.collection === 'meetings')!.body.find((i) => i.id === 'bodies')!.attributes
      .options!;
    expect(options).toEqual([
      'CEN-CENELEC joint groups, (JWG) (cen-cenelec-joint-groups)',
      'ETSI TC CYBER (etsi-tc-cyber)',
    ]);
    expect(idsOf(options.join(', '))).toEqual(['cen-cenelec-joint-groups', 'etsi-tc-cyber']);
    expect(idsOf('')).toEqual([]);
    expect(idOfOption(optionOf({ id: 'p3c', label: 'P3C' }))).toBe('p3c');
    expect(idOfOption('p3c')).toBe('p3c');
  });

  it('names a problem by the label the partner saw, and the line of a long answer', () => {
    expect(formatFormProblem({ label: 'Contributions', line: 2, message: 'partner — unknown partner "p3k"' })).toBe(
      'Contributions, line 2 — partner — unknown partner "p3k"',
    );
    expect(formatFormProblem({ label: 'First day', message: 'm' })).toBe('First day — m');
  });
});
