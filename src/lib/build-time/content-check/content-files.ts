/**
 * The files of the content folder as the check reads them: text decoded as
 * UTF-8, and said so when it is not (a file saved by an editor in Windows-1252
 * or UTF-16 would otherwise publish replacement characters, or be taken for a
 * file without front matter); pictures by their size, for the pages that show
 * them (pictures.ts).
 */

/** A file of the content folder: its path relative to the project root, and its text. */
export interface ContentFile {
  path: string;
  /** Its text; empty for a picture, or for a file that cannot be read as text. */
  source: string;
  /** Its size in bytes, for a picture. */
  size?: number;
  /** Why its text cannot be read (an encoding other than UTF-8), with the line where that shows. */
  unreadable?: { line: number; message: string };
}

/** The pictures a page may show, by their extension. */
export const PICTURE_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.webp', '.gif', '.avif'];

/** Pictures the site does not show, and why: the pictures rule says to save them as JPEG or PNG. */
export const UNSHOWN_PICTURES: Record<string, string> = {
  '.heic': 'an iPhone photo (HEIC), which browsers do not show',
  '.heif': 'a HEIF picture, which browsers do not show',
  '.tif': 'a TIFF picture, which browsers do not show',
  '.tiff': 'a TIFF picture, which browsers do not show',
  '.bmp': 'a bitmap (BMP), which browsers do not show',
  '.emf': 'a Windows metafile (EMF), which browsers do not show',
  '.wmf': 'a Windows metafile (WMF), which browsers do not show',
  // Published as a file of the site, a drawing's scripts would run on the site's own address.
  '.svg': 'an SVG drawing, which can carry scripts that would run on the site',
};

/** ".png" for "Slides.PNG"; empty without an extension. */
export const extensionOf = (file: string) => /\.[^./]+$/.exec(file.toLowerCase())?.[0] ?? '';

/** True for a file read by its size, not its text. */
export const isPicture = (file: string) =>
  PICTURE_EXTENSIONS.includes(extensionOf(file)) || extensionOf(file) in UNSHOWN_PICTURES;

const SAVE_AS_UTF8 =
  'save it as UTF-8 (in Notepad: File → Save as → Encoding: UTF-8; in GitHub’s editor the file is always UTF-8, so paste the text there again)';

/** A file's bytes as the check reads them. */
export function decodeContentFile(path: string, bytes: Uint8Array): ContentFile {
  if (isPicture(path)) return { path, source: '', size: bytes.length };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return { path, source: '', unreadable: { line: 1, message: `the file is saved as UTF-16 — ${SAVE_AS_UTF8}` } };
  try {
    return { path, source: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // The first byte UTF-8 cannot read, and the letter it is in the encodings Windows editors save in.
    let at = 0;
    for (let i = 0; i < bytes.length;) {
      const length = sequenceLength(bytes, i);
      if (!length) {
        at = i;
        break;
      }
      i += length;
    }
    const line = 1 + bytes.subarray(0, at).filter((b) => b === 0x0a).length;
    const byte = bytes[at] ?? 0;
    const letter = new TextDecoder('windows-1252').decode(bytes.subarray(at, at + 1));
    return {
      path,
      source: '',
      unreadable: {
        line,
        message: `the file is not saved as UTF-8: it holds the byte 0x${byte.toString(16).toUpperCase()}, which is "${letter}" in Windows-1252 or ISO-8859-1 — ${SAVE_AS_UTF8}`,
      },
    };
  }
}

/** The length of the valid UTF-8 sequence at `i`, or 0 when there is none. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const first = bytes[i] ?? 0;
  const length =
    first < 0x80
      ? 1
      : first >= 0xc2 && first < 0xe0
        ? 2
        : first >= 0xe0 && first < 0xf0
          ? 3
          : first >= 0xf0 && first < 0xf5
            ? 4
            : 0;
  for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return 0;
  return length;
}
