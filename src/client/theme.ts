/**
 * The theme switch in the header: "System" follows the device's setting,
 * "Light" and "Dark" override it. The choice is remembered in the browser's
 * local storage (no cookie, nothing sent), and applied before the page is
 * drawn by theme-early.js. Without JavaScript the switch stays hidden and
 * the system setting applies.
 */
type Theme = 'system' | 'light' | 'dark';

const KEY = 'theme';

function apply(theme: Theme): void {
  const root = document.documentElement;
  root.classList.remove('light', 'dark');
  if (theme !== 'system') root.classList.add(theme);
}

function remember(theme: Theme): void {
  try {
    if (theme === 'system') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, theme);
  } catch {
    // Storage can be blocked: the choice then lasts for this page only.
  }
}

for (const control of document.querySelectorAll<HTMLElement>('[data-theme-switch]')) {
  const select = control.querySelector('select');
  if (!select) continue;
  const stored = document.documentElement.classList.contains('dark')
    ? 'dark'
    : document.documentElement.classList.contains('light')
      ? 'light'
      : 'system';
  select.value = stored;
  control.hidden = false;
  select.addEventListener('change', () => {
    const theme = select.value as Theme;
    apply(theme);
    remember(theme);
  });
}
