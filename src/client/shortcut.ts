/** "/" or Ctrl/⌘-K moves focus to the search field, from anywhere on the site. */
document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement | null;
  const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
  const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
  const k = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
  if (!slash && !k) return;
  const field =
    document.querySelector<HTMLInputElement>('[data-search-input]') ??
    document.querySelector<HTMLInputElement>('#site-search');
  if (!field) return;
  event.preventDefault();
  field.focus();
  field.select();
});
