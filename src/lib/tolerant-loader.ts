/**
 * In the dev server, a file that does not fit its schema must not stop the
 * server: the content check has already printed what is wrong with it. This
 * wraps a loader so that, while CONTENT_TOLERANT is set (by the content-check
 * integration, in `astro dev` only), an entry that fails validation is stored
 * with its raw data and marked invalid instead of failing the whole content
 * sync; `getEntries()` in entries.ts leaves marked entries out. Keeping the
 * entry in the store keeps its page module registered, so the page works as
 * soon as the file is fixed. Builds stay strict.
 */
import type { Loader, LoaderContext } from 'astro/loaders';

/** The key that marks an entry left out until it is fixed. */
export const INVALID = '__invalidContent';

export function tolerant(loader: Loader): Loader {
  return {
    ...loader,
    load: (context: LoaderContext) => {
      if (process.env.CONTENT_TOLERANT !== '1') return loader.load(context);
      const parseData: LoaderContext['parseData'] = async (props) => {
        try {
          return await context.parseData(props);
        } catch {
          context.logger.warn(`"${props.id}" is left out until it is fixed (see the content check above)`);
          return { ...props.data, [INVALID]: true };
        }
      };
      return loader.load({ ...context, parseData });
    },
  };
}

/** False for an entry the dev server keeps only until it is fixed. */
export const isValid = (entry: { data: object }): boolean => !(INVALID in entry.data);
