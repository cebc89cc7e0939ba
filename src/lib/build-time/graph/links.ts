/**
 * The reverse-link index: for every entry, which entries refer to it and
 * through which field. Built once from every reference in the content, so
 * that each builder asks "who points here?" instead of collecting it itself.
 */
import { COLLECTION_NAMES, type CollectionName, type DataOf, type Ref } from '../site-collections';
import { refsIn } from '../refs';
import type { GraphInput } from '../../collection-api/graph';
import { add, unique } from '../../pure/lists';

export interface Link {
  from: Ref;
  /** The field of the referring entry, without list positions: "contributions.partner". */
  field: string;
}

/** "a" for P empty, "a.P" otherwise: a field's path joined with the path inside it. */
type Join<K extends string, P extends string> = P extends '' ? K : `${K}.${P}`;

/**
 * The fields of data T, by their path without list positions
 * ("contributions.partner"), that hold a reference to collection To: what
 * `LinkIndex.from` accepts, so that renaming a field in a schema, or pointing
 * it elsewhere, fails the type check where a reverse link names it.
 */
export type RefField<T, To extends string> = T extends readonly (infer Item)[]
  ? RefField<Item, To>
  : T extends { collection: infer Target; id: string }
    ? To extends Target
      ? ''
      : never
    : T extends Date | ((...args: never[]) => unknown)
      ? never
      : T extends object
        ? { [K in keyof T & string]-?: Join<K, RefField<NonNullable<T[K]>, To>> }[keyof T & string]
        : never;

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

  /**
   * The ids of the entries of `collection` that refer to `target` through
   * one of `fields` (any field when none); a field is named by its schema,
   * and must be one that can refer to the target's collection.
   */
  from<To extends CollectionName, C extends CollectionName>(
    target: Ref<To>,
    collection: C,
    ...fields: Exclude<RefField<DataOf<C>, To>, ''>[]
  ): string[] {
    return unique(
      this.to(target)
        .filter(
          (link) =>
            link.from.collection === collection && (fields.length === 0 || (fields as string[]).includes(link.field)),
        )
        .map((link) => link.from.id),
    );
  }
}
