/** The checks a real browser runs over built pages, shared with the scripts. */
export * from '../../scripts/lib/audit';
