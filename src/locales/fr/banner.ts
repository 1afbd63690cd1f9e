import type { Messages } from '../en';

export const banner: Messages['banner'] = {};
