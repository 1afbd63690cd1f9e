import type { Messages } from '../en';

export const runOut: Messages['runOut'] = {
  today: 'aujourd’hui',
  tomorrow: 'demain',
  todayOrTomorrow: 'aujourd’hui ou demain',
  around: 'vers le {date}',
};
