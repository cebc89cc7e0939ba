/**
 * npm run links:external — lists every external link in the content, with
 * the files it appears in, for a person to check by hand. It fetches nothing.
 */
import { readContentFiles } from '../src/lib/build-time/content-check';

const URL_PATTERN = /https?:\/\/[^\s"'<>)\]]+/g;
const found = new Map<string, Set<string>>();
for (const file of await readContentFiles(process.cwd())) {
  for (const match of file.source.matchAll(URL_PATTERN)) {
    const url = match[0].replace(/[.,;:]+$/, '');
    found.set(url, (found.get(url) ?? new Set()).add(file.path));
  }
}
for (const [url, files] of [...found].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(`${url}\n    ${[...files].sort().join('\n    ')}`);
}
console.log(`\n${found.size} external addresses in the content.`);
