/**
 * The reverse-link index: for every entry, which entries refer to it and
 * through which field. Built once from every reference in the content, so
 * that each builder asks "who points here?" instead of collecting it itself.
 */
import { COLLECTION_NAMES, type CollectionName, type Ref } from '../../collections';
import { refsIn } from '../refs';
import type { GraphInput } from './types';
import { add, unique } from './util';

export interface Link {
  from: Ref;
  /** The field of the referring entry, without list positions: "contributions.partner". */
  field: string;
}

const key = (ref: Ref) => `${ref.collection}/${ref.id}`;

export class LinkIndex {
  private readonly incoming = new Map<string, Link[]>();

  constructor(input: GraphInput) {
    for (const collection of COLLECTION_NAMES) {
      for (const entry of input[collection]) {
        for (const { field, ref } of refsIn(entry.data))
          add(this.incoming, key(ref), { from: { collection, id: entry.id }, field });
      }
    }
  }

  /** Every link to `target`, in content order. */
  to(target: Ref): Link[] {
    return this.incoming.get(key(target)) ?? [];
  }

  /** The ids of the entries of `collection` that refer to `target` through one of `fields` (any field when none). */
  from(target: Ref, collection: CollectionName, ...fields: string[]): string[] {
    return unique(
      this.to(target)
        .filter((link) => link.from.collection === collection && (fields.length === 0 || fields.includes(link.field)))
        .map((link) => link.from.id),
    );
  }
}
