// The billing REST contract of docs/billing-api.md, the part this demo needs: GET /balance,
// /payment-methods, /alert-settings (the defaults) and /usage; POST /top-ups (idempotent per key).
import { account, balance, CURRENCY } from '../../../lib/account';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ path: string[] }> };

const problem = (status: number, title: string, detail: string) =>
  Response.json(
    { type: 'about:blank', title, status, detail },
    { status, headers: { 'content-type': 'application/problem+json' } },
  );

export async function GET(request: Request, { params }: Context) {
  const path = (await params).path.join('/');
  if (path === 'balance') return Response.json({ balance: balance(), updatedAt: new Date().toISOString() });
  if (path === 'payment-methods')
    return Response.json({
      paymentMethods: [{ id: 'pm_visa_4242', brand: 'Visa', last4: '4242', isDefault: true }],
    });
  // Never saved: the defaults, alerts and auto-recharge off.
  if (path === 'alert-settings') {
    const usd = (amountMinor: number) => ({ amountMinor, currency: CURRENCY });
    return Response.json({
      alertsEnabled: false,
      thresholds: [{ amount: usd(500), level: 'warning' }],
      channels: { email: [], inApp: true },
      autoRecharge: { enabled: false, threshold: usd(500), amount: usd(2500), monthlyCap: usd(10000) },
    });
  }
  if (path === 'usage') {
    const url = new URL(request.url);
    const from = Date.parse(url.searchParams.get('from') ?? '');
    const to = Date.parse(url.searchParams.get('to') ?? '');
    const within = (at: string) => Date.parse(at) >= from && Date.parse(at) < to;
    const { usage, credits } = account();
    return Response.json({
      records: usage.filter((r) => within(r.at)),
      credits: credits.filter((c) => within(c.at)),
    });
  }
  return problem(404, 'Not found', `No billing resource at /${path}.`);
}

export async function POST(request: Request, { params }: Context) {
  const path = (await params).path.join('/');
  if (path !== 'top-ups') return problem(404, 'Not found', `No billing resource at /${path}.`);
  const key = request.headers.get('idempotency-key');
  if (!key) return problem(400, 'Invalid request', 'An Idempotency-Key header is required.');
  const current = account();
  const done = current.topUps.get(key);
  if (done) return Response.json({ status: 'succeeded', id: done.id, balance: done.balance });
  const { amount } = (await request.json()) as { amount?: { amountMinor?: unknown; currency?: unknown } };
  const minor = amount?.amountMinor;
  if (
    typeof minor !== 'number' ||
    !Number.isInteger(minor) ||
    minor <= 0 ||
    minor > 1_000_000 ||
    amount?.currency !== CURRENCY
  )
    return problem(422, 'Validation failed', 'A top-up is between $0.01 and $10,000.00, in USD.');
  current.balanceMinor += minor;
  const topUp = {
    id: `tu_${current.topUps.size + 1}`,
    amount: { amountMinor: minor, currency: CURRENCY },
    balance: balance(),
  };
  current.topUps.set(key, topUp);
  current.credits.push({ at: new Date().toISOString(), amount: topUp.amount });
  return Response.json({ status: 'succeeded', id: topUp.id, balance: topUp.balance }, { status: 201 });
}
