/**
 * Makes the header's search field a combobox of instant results, loading the
 * search code (quick.ts), Pagefind and the vocabulary only when the field is
 * first focused or typed in: pages carry no search code before then. Keys
 * typed before the code has loaded stay in the field and are searched.
 */
const field = document.querySelector<HTMLInputElement>('[data-quick-search] input[type="search"]');
if (field) {
  field.setAttribute('role', 'combobox');
  field.setAttribute('aria-autocomplete', 'list');
  field.setAttribute('aria-expanded', 'false');
  // The list takes its role and name here, with the script that fills it.
  const list = field.form?.querySelector<HTMLElement>('[data-quick-list]');
  if (list) {
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', list.dataset.label ?? '');
    field.setAttribute('aria-controls', list.id);
  }
  let loading: Promise<unknown> | undefined;
  const load = () => {
    loading ??= import('./search/quick').then(({ QuickSearch }) => new QuickSearch(field).start());
  };
  field.addEventListener('focus', load, { once: true });
  field.addEventListener('input', load, { once: true });
  if (document.activeElement === field || field.value) load();
}
