/**
 * The check of a project's site configuration (src/site.config.ts or
 * <project>/site.config.ts), run with the content check so that a mistake in
 * it is said the same way: the file, the line, the field, what is expected
 * and, for a misspelt field or id, what was probably meant. Besides the
 * schema, what it names must exist: the current report among the reports,
 * the pictures in the public folder.
 */
import { siteConfigSchema, type SiteConfig } from '../site-config';
import { didYouMean } from '../../pure/suggest';
import { escapeRegExp } from '../../pure/regexp';
import type { ParsedSource } from './parse';
import { fieldName, type Problem } from './problem';
import { sentence, validate } from './validate';

/** A site configuration as loaded: its file, the file's text and the value it exports as `site`. */
export interface LoadedSiteConfig {
  /** Path relative to the project root: "src/site.config.ts". */
  file: string;
  source: string;
  config: unknown;
}

/** What the configuration may name, from the content and the public folder. */
export interface SiteConfigContext {
  /** The ids of the reports. */
  reports: readonly string[];
  /** True when the public folder holds `file`. */
  publicFile(file: string): boolean;
  /** True when `quote` is the words of report `report` (see rules/quotations.ts). */
  quotes(report: string, quote: string): boolean;
}

/**
 * The 1-based line where the field at `path` is written in a TypeScript
 * object literal: each key searched for after the line of its parent, list
 * positions counted by the lines that open an item; the nearest parent found
 * when the field itself is not written.
 */
export function lineInObject(source: string, path: readonly (string | number)[]): number | undefined {
  const lines = source.split(/\r?\n/);
  let from = Math.max(
    0,
    lines.findIndex((line) => /\bexport\s+(const|default)\b/.test(line)),
  );
  let found: number | undefined = lines.length ? from + 1 : undefined;
  for (const part of path) {
    if (typeof part === 'number') continue;
    const key = new RegExp(`^\\s*(${escapeRegExp(part)}|'${escapeRegExp(part)}'|"${escapeRegExp(part)}")\\s*:`);
    const at = lines.findIndex((line, index) => index >= from && key.test(line));
    if (at < 0) return found;
    from = at;
    found = at + 1;
  }
  return found;
}

/** The configuration's text as validate() reads a content file. */
function asSource(loaded: LoadedSiteConfig): ParsedSource {
  return {
    data: loaded.config,
    problems: [],
    lineOf: (path) => lineInObject(loaded.source, path),
    sourceOf(path) {
      let value: unknown = loaded.config;
      for (const part of path) value = (value as Record<string | number, unknown> | undefined)?.[part];
      return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
    },
  };
}

/** The problems of a site configuration; none when it is valid and names what exists. */
export function checkSiteConfig(loaded: LoadedSiteConfig, context: SiteConfigContext): Problem[] {
  const { file } = loaded;
  if (!loaded.config || typeof loaded.config !== 'object') {
    const message = 'the file must export the configuration as `export const site: SiteConfig = { … }`';
    return [{ file, field: '(file)', message }];
  }
  const result = validate(file, siteConfigSchema, asSource(loaded));
  if (!result.data) return result.problems;
  const site = result.data as SiteConfig;
  const problems: Problem[] = [];
  const at = (path: (string | number)[], message: string) =>
    problems.push({ file, line: lineInObject(loaded.source, path), field: fieldName(path), message });

  const checkReport = (report: string, path: (string | number)[]) => {
    if (context.reports.includes(report)) return;
    at(
      path,
      sentence(
        `there is no report "${report}"`,
        didYouMean(report, context.reports),
        context.reports.length
          ? `expected the id of one of the reports: ${context.reports.join(', ')}`
          : 'expected the id of a report — add its file to the reports first',
      ),
    );
  };
  checkReport(site.currentReport, ['currentReport']);
  if (site.wordsFrom !== undefined) checkReport(site.wordsFrom, ['wordsFrom']);
  const from = site.wordsFrom;
  if (from && context.reports.includes(from))
    for (const field of ['intro', 'approach'] as const)
      site[field].forEach((paragraph, index) => {
        if (!context.quotes(from, paragraph))
          at(
            [field, index],
            `these words are not in the text of report "${from}" — copy one of its paragraphs exactly (… for words left out), or leave out wordsFrom if they are the site's own`,
          );
      });
  const pictures: [(string | number)[], string | undefined][] = [
    [['shareImage'], site.shareImage],
    [['logo', 'src'], site.logo?.src],
    [['funding', 'emblem', 'src'], site.funding.emblem?.src],
  ];
  for (const [path, picture] of pictures)
    if (picture && !context.publicFile(picture))
      at(path, `the public folder has no file "${picture}" — add it there, or correct the name`);
  return problems;
}
