/** Debian's Chromium, as the scripts start it, shared with the tests. */
export * from '../../scripts/lib/chromium';
