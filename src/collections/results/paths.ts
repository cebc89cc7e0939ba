import results from './collection';

/** The path of the page listing the bodies a result matters to, with the reports' words: "/results/norm/". */
export const resultBodiesPath = (id: string) => `/${results.path}/${id}/`;
