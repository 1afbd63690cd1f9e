import type { Messages } from '../en';

export const usage: Messages['usage'] = {};
