/**
 * The one collection the framework knows by its name: the reports, whose
 * words every quotation is checked against, which every entry's `sources`
 * cite, and which the site configuration names (`currentReport`,
 * `wordsFrom`). A project's list of collections has it under this name.
 */
export const REPORTS = 'reports';
