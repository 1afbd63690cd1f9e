import type { Messages } from '../en';

export const runOut: Messages['runOut'] = {
  today: 'heute',
  tomorrow: 'morgen',
  todayOrTomorrow: 'heute oder morgen',
  around: 'etwa am {date}',
};
