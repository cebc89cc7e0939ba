/**
 * Instant results under the header's field, from any page: a WAI-ARIA
 * combobox. Focus stays in the field; the arrow keys choose a result, Enter
 * opens it (or, with none chosen, the search page), Escape closes the list.
 * Answers and corrected typos as on the search page (engine.ts); a response
 * to an older query never replaces the results of a newer one.
 */
import { SearchEngine, type Found } from './engine';
import { answerTitle, element, excerptOf, renderCorrection, required, typeBadge } from './render';
import { count } from '../../lib/pure/count';
import { escapeHtml } from '../../lib/pure/excerpt';

/** How many results the list shows; the last option leads to all of them. */
const SHOWN = 6;
/** How long typing pauses before the search runs. */
const TYPING_PAUSE = 60;

interface Option {
  url: string;
  type?: string;
  title: string;
  /** HTML: an excerpt with the matched words marked, or plain text escaped. */
  text?: string;
}

export class QuickSearch {
  private readonly form: HTMLFormElement;
  private readonly panel: HTMLElement;
  private readonly list: HTMLElement;
  private readonly note: HTMLElement;
  private readonly live: HTMLElement;
  private readonly engine: SearchEngine;
  private ready = false;
  private run = 0;
  private typing?: number;
  private asTyped = false;
  private options: HTMLAnchorElement[] = [];
  private active = -1;

  constructor(private readonly field: HTMLInputElement) {
    this.form = field.form ?? required(document, '[data-quick-search]');
    this.panel = required(this.form, '[data-quick-panel]');
    this.list = required(this.form, '[data-quick-list]');
    this.note = required(this.form, '[data-quick-note]');
    this.live = required(this.form, '[data-quick-status]');
    const { bundle = 'pagefind/', base = '/', vocabulary = 'vocabulary/', words = 'words/' } = this.form.dataset;
    this.engine = new SearchEngine({ bundle, base, vocabulary, words });
  }

  async start(): Promise<void> {
    this.listen();
    if (this.field.value.trim()) this.say('Loading the search index…');
    try {
      await this.engine.ready(this.field.value);
    } catch {
      this.say('The search index could not be loaded. Press Enter to go to the search page.');
      return;
    }
    this.ready = true;
    // Whatever the field holds now, typed while the index loaded, is searched.
    await this.search();
  }

  private listen(): void {
    this.field.addEventListener('input', () => {
      this.asTyped = false;
      window.clearTimeout(this.typing);
      this.typing = window.setTimeout(() => void this.search(), TYPING_PAUSE);
    });
    this.field.addEventListener('keydown', (event) => this.key(event));
    this.field.addEventListener('focus', () => {
      if (this.field.value.trim() && (this.options.length || this.note.childElementCount)) this.open();
    });
    this.form.addEventListener('focusout', (event) => {
      if (!this.form.contains(event.relatedTarget as Node | null)) this.close();
    });
    document.addEventListener('pointerdown', (event) => {
      if (!this.form.contains(event.target as Node)) this.close();
    });
  }

  private key(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!this.options.length) return;
      event.preventDefault();
      if (this.panel.hidden) this.open();
      this.choose(event.key === 'ArrowDown' ? this.active + 1 : this.active - 1);
    } else if (event.key === 'Enter' && !this.panel.hidden && this.options[this.active]) {
      event.preventDefault();
      window.location.assign(this.options[this.active]?.href ?? this.form.action);
    } else if (event.key === 'Escape' && !this.panel.hidden) {
      // Closes the list; a second Escape clears the field, as browsers do.
      event.preventDefault();
      this.close();
    }
  }

  /** Marks option `index` as chosen (-1: none, back to the field); wraps from the last to the first. */
  private choose(index: number): void {
    const n = this.options.length;
    this.active = index >= n ? 0 : index < -1 ? n - 1 : index;
    this.options.forEach((option, i) => option.setAttribute('aria-selected', String(i === this.active)));
    const chosen = this.options[this.active];
    if (chosen) {
      this.field.setAttribute('aria-activedescendant', chosen.id);
      chosen.scrollIntoView({ block: 'nearest' });
    } else this.field.removeAttribute('aria-activedescendant');
  }

  private open(): void {
    this.panel.hidden = false;
    this.field.setAttribute('aria-expanded', 'true');
  }

  private close(): void {
    this.panel.hidden = true;
    this.field.setAttribute('aria-expanded', 'false');
    this.choose(-1);
  }

  /** A message in the panel instead of results (loading, nothing found, a failure), also announced. */
  private say(message: string): void {
    this.note.replaceChildren(element('p', 'text-slate-700 dark:text-slate-300', message));
    this.show([]);
    this.live.textContent = message;
    if (document.activeElement === this.field) this.open();
  }

  private async search(): Promise<void> {
    if (!this.ready) return;
    const typed = this.field.value;
    const run = ++this.run;
    if (!typed.trim()) {
      this.note.replaceChildren();
      this.show([]);
      this.close();
      return;
    }
    // Overtaken: a newer search started, or more was typed (its search starts when typing pauses).
    const stale = () => run !== this.run || this.field.value !== typed;
    const found = await this.engine.find(typed, { count: SHOWN, asTyped: this.asTyped, stale });
    // A newer query was typed meanwhile: its answer will come.
    if (stale()) return;
    this.draw(found);
  }

  private pageOf(query: string, asTyped = false): string {
    const url = new URL(this.form.action);
    url.search = new URLSearchParams({ q: query, ...(asTyped ? { 'as-typed': '1' } : {}) }).toString();
    return url.href;
  }

  private draw(found: Found): void {
    const query = found.typed.trim();
    const total = found.results.length;
    const options: Option[] = [
      ...found.answers.map((a) => ({
        url: a.url,
        type: a.type,
        title: answerTitle(a),
        text: a.line && escapeHtml(a.line),
      })),
      ...found.first.map((d) => ({
        url: d.url,
        type: d.meta.type,
        title: d.meta.title ?? d.url,
        text: excerptOf(d, 16),
      })),
    ].slice(0, SHOWN);
    const searched = found.corrected ?? query;
    if (total > 0)
      options.push({ url: this.pageOf(query, this.asTyped), title: `All ${count(total, 'result')} for “${searched}”` });
    // Nothing found: the nearest searches that find something, each an option that opens it on the search page.
    const empty = !total && !found.answers.length;
    const nearest = empty ? found.suggestions : [];
    options.push(
      ...nearest.map((s) => ({ url: this.pageOf(s.query), title: s.query, text: count(s.count, 'result') })),
    );
    const nothing = `No results for “${query}”.`;
    this.note.replaceChildren(
      ...(found.corrected
        ? [
            renderCorrection(found.corrected, query, this.pageOf(query, true), () => {
              this.asTyped = true;
              void this.search();
              this.field.focus();
            }),
          ]
        : !empty
          ? []
          : [
              element(
                'p',
                'text-slate-700 dark:text-slate-300',
                nearest.length ? `${nothing} Nearest searches with results:` : nothing,
              ),
            ]),
    );
    this.show(options);
    this.live.textContent = !empty
      ? `${count(total, 'result')} for “${searched}”. Use the arrow keys to choose one.`
      : nearest.length
        ? `${nothing} ${count(nearest.length, 'nearest search', 'nearest searches')} with results. Use the arrow keys to choose one.`
        : nothing;
    if (document.activeElement === this.field) this.open();
  }

  private show(options: readonly Option[]): void {
    this.options = options.map((option, i) => this.renderOption(option, i));
    this.list.replaceChildren(
      ...this.options.map((a) => {
        const li = element('li');
        li.setAttribute('role', 'none');
        li.append(a);
        return li;
      }),
    );
    this.choose(-1);
  }

  private renderOption(option: Option, index: number): HTMLAnchorElement {
    const a = element(
      'a',
      'block border-b border-slate-100 px-3 py-2 text-slate-900 no-underline last:border-0 hover:bg-slate-100 aria-selected:bg-brand-50 aria-selected:outline aria-selected:outline-2 aria-selected:-outline-offset-2 aria-selected:outline-brand-600 dark:border-slate-800 dark:text-slate-100 dark:hover:bg-slate-800 dark:aria-selected:bg-brand-900 dark:aria-selected:outline-brand-300',
    );
    a.id = `site-search-option-${index}`;
    a.href = option.url;
    a.tabIndex = -1;
    a.setAttribute('role', 'option');
    a.setAttribute('aria-selected', 'false');
    a.dataset.url = option.url;
    const title = element('span', 'font-medium text-brand-800 dark:text-brand-200', option.title);
    if (option.type) {
      const line = element('span', 'flex flex-wrap items-center gap-2');
      line.append(typeBadge(option.type), title);
      a.append(line);
    } else a.append(title);
    if (option.text) {
      const text = element(
        'span',
        'mt-0.5 block text-xs text-slate-700 dark:text-slate-300 [&_mark]:bg-amber-200 [&_mark]:text-slate-950',
      );
      text.innerHTML = option.text;
      a.append(text);
    }
    return a;
  }
}
