/**
 * The components each collection draws its pages with, found in its folder:
 * Page.astro for an entry's page (given `route`), List.astro for the
 * collection's list (given `page`, from 1), and, where it has one, Home.astro
 * for the home page. A collection without a page or a list is a mistake said
 * when the site is built.
 */
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import type { CollectionName } from '../lib/collection-api/types';

type Module = { default: AstroComponentFactory };

const pages = import.meta.glob<Module>('./*/Page.astro', { eager: true });
const lists = import.meta.glob<Module>('./*/List.astro', { eager: true });
const homes = import.meta.glob<Module>('./*/Home.astro', { eager: true });

function component(found: Record<string, Module>, collection: CollectionName, file: string) {
  const module = found[`./${collection}/${file}`];
  if (!module)
    throw new Error(`src/collections/${collection}/${file} is missing — each collection draws its pages with one`);
  return module.default;
}

/** The component of an entry's page of `collection`. */
export const pageComponent = (collection: CollectionName) => component(pages, collection, 'Page.astro');

/** The component of the list of `collection`. */
export const listComponent = (collection: CollectionName) => component(lists, collection, 'List.astro');

/** What the collections show on the home page beside its text (Home.astro, where a folder has one), in their order. */
export const homeComponents = (collections: readonly CollectionName[]) =>
  collections.flatMap((collection) => {
    const module = homes[`./${collection}/Home.astro`];
    return module ? [module.default] : [];
  });
