import type { Messages } from '../en';

export const alerts: Messages['alerts'] = {};
