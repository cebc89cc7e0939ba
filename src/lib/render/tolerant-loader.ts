/**
 * In the dev server, a file that does not fit its schema must not stop the
 * server: the content check has already printed what is wrong with it. This
 * wraps a loader so that an entry that fails validation is stored
 * with its raw data and marked invalid instead of failing the whole content
 * sync; `getEntries()` in entries.ts leaves marked entries out. Keeping the
 * entry in the store keeps its page module registered, so the page works as
 * soon as the file is fixed. The site's integration has the collections use
 * it in the dev server, and in a build, which renders no page before the
 * content check has passed; `astro sync` and `astro check` stay strict.
 */
import type { Loader, LoaderContext } from 'astro/loaders';

/** The key that marks an entry left out until it is fixed. */
export const INVALID = '__invalidContent';

/** How the glob loader reads a file's front matter and text (an internal field of the loader context). */
interface EntryType {
  getEntryInfo(params: { fileUrl: URL; contents: string }): unknown;
}
type Context = LoaderContext & { entryTypes?: Map<string, EntryType> };

export function tolerant(loader: Loader): Loader {
  return {
    ...loader,
    load: (context: Context) => {
      const { logger } = context;
      const leftOut = (name: string) =>
        logger.warn(`"${name}" is left out until it is fixed (see the content check above)`);
      const parseData: LoaderContext['parseData'] = async (props) => {
        try {
          return await context.parseData(props);
        } catch {
          leftOut(props.id);
          return { ...props.data, [INVALID]: true };
        }
      };
      // Front matter that cannot be read at all (a tab, a stray quote) is an entry left out, not a crash.
      const entryTypes =
        context.entryTypes &&
        new Map(
          [...context.entryTypes].map(([extension, type]) => [
            extension,
            {
              ...type,
              getEntryInfo: async (params: { fileUrl: URL; contents: string }) => {
                try {
                  return await type.getEntryInfo(params);
                } catch {
                  // parseData then finds the entry invalid and says it is left out.
                  return { data: { [INVALID]: true }, body: '', slug: '', rawData: '' };
                }
              },
            },
          ]),
        );
      return loader.load({ ...context, parseData, ...(entryTypes && { entryTypes }) } as LoaderContext);
    },
  };
}

/** False for an entry the dev server keeps only until it is fixed. */
export const isValid = (entry: { data: object }): boolean => !(INVALID in entry.data);
