/**
 * One version of a project's content as a review reads it: its checked
 * entries and problems, the labels it gives its entries, and who refers to
 * whom. Built from the content files alone, so that the base of a pull
 * request and its head are read the same way.
 */
import type { Ref } from '../site-collections';
import type { CheckedEntry, CheckResult, Problem } from '../content-check';
import { buildGraph, graphInputOf, labelOf } from '../graph';
import { withoutDangling } from '../graph/dangling';
import { LinkIndex } from '../graph/links';
import type { Labeller } from './words';

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
