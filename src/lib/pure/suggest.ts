import { distance } from 'fastest-levenshtein';

/**
 * The candidates closest to `value`, best first: those within a few edits, or
 * that contain it. Empty when nothing is close.
 */
export function closest(value: string, candidates: readonly string[], max = 3): string[] {
  const needle = value.toLowerCase();
  const limit = Math.max(2, Math.ceil(needle.length / 3));
  return candidates
    .map((candidate) => {
      const hay = candidate.toLowerCase();
      let score = distance(needle, hay);
      // A fragment of an id ("cyber" for "etsi-tc-cyber") counts as close.
      if (needle.length >= 3 && hay.includes(needle)) {
        score = Math.min(score, 1 + Math.abs(hay.length - needle.length) / 10);
      }
      // A misspelt start of a longer id ("partenrs" for "partnersPresent") counts too.
      if (needle.length >= 5 && hay.length > needle.length) {
        score = Math.min(score, distance(needle, hay.slice(0, needle.length)) + 1);
      }
      return { candidate, score };
    })
    .filter(({ score }) => score <= limit)
    .sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate))
    .filter(({ score }, _, all) => score <= (all[0]?.score ?? score) + 0.5)
    .slice(0, max)
    .map(({ candidate }) => candidate);
}

/** 'did you mean "a" or "b"?', or '' when nothing is close. */
export function didYouMean(value: string, candidates: readonly string[]): string {
  const found = closest(value, candidates);
  if (found.length === 0) return '';
  const quoted = found.map((c) => `"${c}"`);
  const list = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
  return `did you mean ${list}?`;
}
