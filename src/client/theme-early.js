// Applies the colour theme the visitor chose (src/client/theme.ts) before the page is drawn.
// A classic script from the site itself, so that the security policy needs no inline code.
try {
  var theme = localStorage.getItem('theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.classList.add(theme);
} catch {
  // Storage can be blocked; the system setting applies then.
}
