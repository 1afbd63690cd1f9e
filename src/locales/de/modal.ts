import type { Messages } from '../en';

export const modal: Messages['modal'] = {};
