import type { Messages } from '../en';

export const topUp: Messages['topUp'] = {};
