export { bieu1 } from './bieu1';
export { bieu2 } from './bieu2';
export { bieu3 } from './bieu3';
export { formToHtml } from './html';
export { formToText } from './text';
export { formsToXlsx } from './xlsx';
export { publishForm, type PublishOptions } from './published';
export type { FormColumn, FormRow, FormTable } from './types';
