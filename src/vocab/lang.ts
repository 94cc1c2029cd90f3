/** Language of the page, the messages and the reports: Vietnamese (the default) or English. */
export type Lang = 'vi' | 'en';
