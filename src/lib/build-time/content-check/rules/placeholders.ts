/** Text that `npm run new` wrote for the partner to replace is replaced before it is published. */
import { scaffoldable } from '../../site-collections';
import { TO_BE_WRITTEN } from '../../../pure/scaffold';
import { walk } from '../../refs';
import { textLine, type Rule } from '../../../collection-api/rule';

/** What every problem about text left to write says first, so that a person can tell them apart. */
export const STILL_TO_WRITE = 'still holds the words `npm run new` left to replace';

export const placeholders: Rule = {
  holds: 'no words left to replace',
  check({ entries, report }) {
    const texts = scaffoldable().map((s) => s.template.text);
    for (const entry of entries) {
      for (const [path, value] of walk(entry.data))
        if (typeof value === 'string' && value.endsWith(TO_BE_WRITTEN))
          report.field(entry, path, `${STILL_TO_WRITE} ("${value}") — write it`, 'warning');
      const lines = entry.text?.split('\n') ?? [];
      const at = lines.findIndex((line) => texts.some((text) => line.includes(text)));
      if (at >= 0)
        report.text(
          entry,
          textLine(entry, at),
          `${STILL_TO_WRITE} ("${lines[at]?.trim()}") — write the page's own text`,
          'warning',
        );
    }
  },
};
