/** No e-mail address is published: none in a field, none in page text. */
import { isRef, walk } from '../../refs';
import { textLine, type Rule } from '../../../collection-api/rule';

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
const NO_EMAIL = 'contains an e-mail address — e-mail addresses are not published on the site; remove it';

export const noEmail: Rule = {
  holds: 'no e-mail address is published',
  check({ entries, report }) {
    for (const entry of entries) {
      for (const [path, value] of walk(entry.data))
        if (!isRef(value) && typeof value === 'string' && EMAIL.test(value)) report.field(entry, path, NO_EMAIL);
      const lines = entry.text?.split('\n') ?? [];
      const at = lines.findIndex((line) => EMAIL.test(line));
      if (at >= 0) report.text(entry, textLine(entry, at), NO_EMAIL);
    }
  },
};
