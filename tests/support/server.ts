/** The static server the scripts use, shared with the tests. */
export * from '../../scripts/lib/static-server';
