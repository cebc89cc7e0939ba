import { collectionPath } from '../../lib/build-time/urls';

/** The path of the page listing the bodies a result matters to, with the reports' words: "/results/norm/". */
export const resultBodiesPath = (id: string) => `${collectionPath('results')}${id}/`;
