/**
 * Starts Pagefind's UI in `element` and keeps the query in the address bar,
 * so that a search can be shared and reloaded. The header's search form
 * sends "?q=…" here.
 */
interface PagefindUIInstance {
  triggerSearch(term: string): void;
}
declare global {
  interface Window {
    PagefindUI?: new (options: Record<string, unknown>) => PagefindUIInstance;
  }
}

export function startSearch(element: HTMLElement): void {
  const PagefindUI = window.PagefindUI;
  if (!PagefindUI) {
    element.textContent = 'The search index could not be loaded. Build the site with "npm run build" to create it.';
    return;
  }
  const ui = new PagefindUI({
    element,
    bundlePath: element.dataset.bundle,
    baseUrl: element.dataset.base,
    showImages: false,
    showSubResults: true,
    resetStyles: false,
    autofocus: true,
    translations: { placeholder: 'Search bodies, meetings, partners, topics…' },
  });
  const query = new URLSearchParams(window.location.search).get('q');
  if (query) ui.triggerSearch(query);

  element.addEventListener('input', (event) => {
    const target = event.target as HTMLInputElement | null;
    if (!target || (target.type !== 'text' && target.type !== 'search')) return;
    const url = new URL(window.location.href);
    if (target.value) url.searchParams.set('q', target.value);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
  });
}
