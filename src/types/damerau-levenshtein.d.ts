declare module 'damerau-levenshtein' {
  /** The Damerau–Levenshtein distance between two strings: edits, with a swap of neighbours as one. */
  export default function damerau(
    a: string,
    b: string,
    limit?: number,
  ): { steps: number; relative: number; similarity: number };
}
