/**
 * Vite's settings for the scripts, which vite-node runs (`npm run
 * check:content`, `npm run new` …, and the content check beside a build).
 * Astro has its own (astro.config.mjs), and so have the tests
 * (vitest.config.ts).
 *
 * A copy of the project that shares another folder's node_modules through a
 * link (as the build tests make them) reads its packages from outside its own
 * folder; nothing is served to a browser here, so Vite may read any file.
 */
export default { server: { fs: { strict: false } } };
