/** The one way a rule's report becomes a problem of the content check: at a field's line, or at a line of the text. */
import type { Reporter } from '../../../collection-api/rule';
import { fieldName, type Problem, type Severity } from '../problem';

/** A reporter that collects into `problems`. */
export function collectInto(problems: Problem[]): Reporter {
  const withSeverity = (problem: Problem, severity?: Severity) =>
    problems.push(severity && severity !== 'error' ? { ...problem, severity } : problem);
  return {
    field(entry, path, message, severity) {
      const absolute = [...(entry.prefix ?? []), ...path];
      withSeverity({ file: entry.file, line: entry.lineOf?.(absolute), field: fieldName(absolute), message }, severity);
    },
    text(entry, line, message, severity) {
      withSeverity({ file: entry.file, line, field: '(page text)', message }, severity);
    },
  };
}
