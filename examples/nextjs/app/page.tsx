// A server component: it reads the account on the server and hands the kit to a client boundary.
import { formatMoney } from 'topup-kit/core';
import { balance } from '../lib/account';
import { Workspace } from './workspace';

export const dynamic = 'force-dynamic';

export default function Page() {
  return (
    <main>
      <h1>Analytics workspace</h1>
      <p>Balance when this page was rendered on the server: {formatMoney(balance(), 'en-US')}</p>
      <Workspace />
    </main>
  );
}
