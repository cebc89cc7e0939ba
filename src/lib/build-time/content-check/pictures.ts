/**
 * The pictures a page shows from the content folder ("![What it shows](./slides.png)"
 * beside the page's file): the file must be there, be a picture browsers show,
 * and be small enough to publish; Astro's image pipeline then resizes it for
 * the page. A missing file would otherwise stop the build with Vite's "Could
 * not resolve" and a stack trace. Pictures with a web address are left to the
 * link check of the built site.
 */
import path from 'node:path';
import type { PictureAt } from './mdx';
import { UNSHOWN_PICTURES, isPicture, type ContentFile } from './content-files';
import type { Problem } from './problem';
import { didYouMean } from '../../pure/suggest';

/** The largest picture the check lets through: a photo straight from a camera is several times this. */
export const MAX_PICTURE_BYTES = 2 * 1024 * 1024;

/** A picture's address as a file name; as written when it is not a valid escaped address ("50%.png"). */
const decoded = (url: string) => {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
};

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The pictures a page's text shows. */
export interface PicturesOf {
  file: string;
  pictures: readonly PictureAt[];
}

export function checkPictures(pages: readonly PicturesOf[], files: readonly ContentFile[]): Problem[] {
  const sizes = new Map(files.filter((f) => f.size !== undefined).map((f) => [f.path, f.size ?? 0]));
  const problems: Problem[] = [];
  for (const page of pages)
    for (const { url, line } of page.pictures) {
      // A picture of the site's public folder ("/pictures/x.png") is checked with the built site.
      if (url.startsWith('/')) continue;
      const folder = path.posix.dirname(page.file);
      const file = path.posix.normalize(path.posix.join(folder, decoded(url.split(/[?#]/)[0] ?? url)));
      // What is no picture at all is refused as something that would be imported as code (runnable.ts).
      if (!isPicture(file)) continue;
      const report = (message: string) => problems.push({ file: page.file, line, field: '(page text)', message });
      const size = sizes.get(file);
      const kind = UNSHOWN_PICTURES[path.posix.extname(file).toLowerCase()];
      if (size === undefined) {
        const beside = [...sizes.keys()]
          .filter((f) => path.posix.dirname(f) === folder)
          .map((f) => path.posix.basename(f));
        const hint = didYouMean(path.posix.basename(file), beside);
        report(
          `the picture "${url}" is not in ${folder}/ — ${hint || `add the file ${path.posix.basename(file)} there, beside this page, or correct its name`}`,
        );
      } else if (kind) report(`the picture "${url}" is ${kind} — save it as JPEG or PNG and show that file`);
      else if (size > MAX_PICTURE_BYTES)
        report(
          `the picture "${url}" is ${megabytes(size)}, more than the ${megabytes(MAX_PICTURE_BYTES)} a picture may be — save it smaller (1,600 pixels wide is plenty for the page)`,
        );
    }
  return problems;
}
