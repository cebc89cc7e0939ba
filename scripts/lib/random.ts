/**
 * A small deterministic random source (a linear congruential generator): the
 * same seed gives the same draws, so that synthetic content and generated
 * test cases are the same on every run.
 */
export function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  const some = <T>(items: readonly T[], count: number): T[] => [
    ...new Set(Array.from({ length: count }, () => pick(items))),
  ];
  return { int, pick, some };
}

export type Random = ReturnType<typeof random>;
