/**
 * Quotations checked against the text they quote. A status or a relevance
 * note rests on a report's own words; these functions say whether the words
 * are there and, when they are not, which sentence of the text comes closest,
 * so that a paraphrase that strengthens a claim is caught and shown beside
 * what the report actually says.
 */

/** What a writer may put for words left out of a quotation: …, ..., […] or [...]. */
const ELISION = /\s*(?:\[\s*(?:…|\.\.\.)\s*\]|…|\.\.\.)\s*/;

/**
 * Text reduced to what a quotation must match: lower case, one kind of quote
 * mark and dash, no Markdown emphasis or escapes, single spaces.
 */
export function normaliseQuoted(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‚‛′`]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/\\([\\`*_{}[\]()<>#+\-.!|"'])/g, '$1')
    .replace(/[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The pieces of a quotation between its elisions, normalised; empty pieces dropped. */
export function quoteParts(quote: string): string[] {
  return (
    quote
      .split(ELISION)
      .map((part) => normaliseQuoted(part).replace(/^["']|["']$/g, ''))
      // A quotation may stop at a full stop where the text goes on.
      .map((part) => part.replace(/^[\s,;:.]+|[\s,;:.]+$/g, ''))
      .filter((part) => part.length > 0)
  );
}

/**
 * True when every piece of `quote` occurs in one of `texts`, in order. Pieces
 * may be spread over the text (that is what an elision means) but not over
 * several texts.
 */
export function isQuotedIn(quote: string, texts: readonly string[]): boolean {
  return new QuotedText(texts).has(quote);
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * A text to look quotations up in many times (a report's transcription, the
 * prose of every page that cites it): each block is normalised once, and an
 * index of its words narrows the blocks a quotation can be in, so that
 * checking every quotation of a large site costs about as much as reading it.
 * Used for every quotation of the content check.
 */
export class QuotedText {
  private readonly blocks: string[];
  private readonly byWord = new Map<string, number[]>();

  constructor(texts: readonly string[]) {
    this.blocks = texts.map(normaliseQuoted);
    this.blocks.forEach((block, i) => {
      for (const word of new Set(block.match(WORD) ?? [])) {
        const list = this.byWord.get(word);
        if (list) list.push(i);
        else this.byWord.set(word, [i]);
      }
    });
  }

  /** True when every piece of `quote` occurs in one block, in order. */
  has(quote: string): boolean {
    const parts = quoteParts(quote);
    if (parts.length === 0) return false;
    const inBlock = (i: number) => {
      const hay = this.blocks[i] ?? '';
      let from = 0;
      for (const part of parts) {
        const at = hay.indexOf(part, from);
        if (at < 0) return false;
        from = at + part.length;
      }
      return true;
    };
    // A whole word of the quotation (not its first or last, which may be cut) is in every block that holds it.
    const inner = parts.flatMap((part) => (part.match(WORD) ?? []).slice(1, -1));
    const rarest = inner.map((word) => this.byWord.get(word) ?? []).sort((a, b) => a.length - b.length)[0];
    if (rarest) return rarest.some(inBlock);
    return this.blocks.some((_, i) => inBlock(i));
  }
}

/** Sentences of a text: split after ., ! or ? followed by a space and a capital, a quote or a digit. */
export function sentencesOf(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?]["')\]]?)\s+(?=["'“‘([]?[A-Z0-9])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

const words = (text: string) => normaliseQuoted(text).match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * The sentence of `texts` that shares the most words with `quote` (weighted
 * by how much of the quote and of the sentence they cover), or undefined when
 * no sentence shares a word of four letters or more.
 */
export function nearestSentence(quote: string, texts: readonly string[]): string | undefined {
  const wanted = new Set(words(quote));
  let best: { sentence: string; score: number } | undefined;
  for (const text of texts) {
    for (const sentence of sentencesOf(text)) {
      const own = words(sentence);
      const shared = new Set(own.filter((w) => wanted.has(w)));
      if (![...shared].some((w) => w.length >= 4)) continue;
      const score = (2 * shared.size) / (wanted.size + new Set(own).size);
      if (!best || score > best.score) best = { sentence, score };
    }
  }
  return best?.sentence;
}

/** A sentence cut to about `max` characters at a word boundary, for messages. */
export function shorten(text: string, max = 160): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20))} …`;
}
