/** Text made safe to stand for itself inside a regular expression: "TC 1 (rev.)" matches only those characters. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
