/** Runs the real `astro build` of a project folder, as `npm run build` does (shared with the scripts). */
export * from '../../scripts/lib/astro-build';
