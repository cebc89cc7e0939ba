/**
 * One version of a project's content as a review reads it: its checked
 * entries and problems, the labels it gives its entries, and who refers to
 * whom. Built from the content files alone, so that the base of a pull
 * request and its head are read the same way.
 */
import type { Ref } from '../../build-time/site-collections';
import type { CheckedEntry, CheckResult, Problem } from '../../build-time/content-check';
import { buildGraph, graphInputOf, labelOf } from '../../build-time/graph';
import { withoutDangling } from '../../build-time/graph/dangling';
import { LinkIndex } from '../../build-time/graph/links';
import type { Labeller } from '../../build-time/history/word-diff';

export interface Version {
  entries: CheckedEntry[];
  problems: Problem[];
  label: Labeller;
  links: LinkIndex;
}

/** A version of the content from what the content check made of it. */
export function versionOf(checked: CheckResult): Version {
  // An entry whose references lead nowhere is left out of the graph (its problem is in the verdict), not fatal.
  const input = withoutDangling(graphInputOf(checked.entries)).kept;
  let graph: ReturnType<typeof buildGraph> | undefined;
  try {
    graph = buildGraph(input);
  } catch {
    graph = undefined;
  }
  const label = (ref: Ref) => {
    try {
      return graph ? labelOf(graph, ref) : ref.id;
    } catch {
      return ref.id;
    }
  };
  return { entries: checked.entries, problems: checked.problems, label, links: new LinkIndex(input) };
}
