import type { CatalogOf } from '../types';
import { alerts } from './alerts';
import { banner } from './banner';
import { common } from './common';
import { modal } from './modal';
import { outcome } from './outcome';
import { runOut } from './run-out';
import { topUp } from './top-up';
import { usage } from './usage';

/** The built-in English catalog: the reference every other locale must match key for key. */
export const en = { common, modal, outcome, topUp, alerts, banner, usage, runOut };

export type Messages = CatalogOf<typeof en>;
