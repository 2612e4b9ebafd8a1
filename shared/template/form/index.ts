export { formFromTemplate } from './read';
export { applyFormToTemplate } from './apply';
export type * from './types';
