import type { Messages } from '../en';
import { alerts } from './alerts';
import { banner } from './banner';
import { common } from './common';
import { modal } from './modal';
import { outcome } from './outcome';
import { runOut } from './run-out';
import { topUp } from './top-up';
import { usage } from './usage';

export const de: Messages = { common, modal, outcome, topUp, alerts, banner, usage, runOut };
