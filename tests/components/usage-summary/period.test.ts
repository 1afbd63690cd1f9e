import { describe, expect, it } from 'vitest';
import { resolvePeriod, resolveTimeZone, validateRange } from '../../../src/components/usage-summary';

const NOW = Date.parse('2026-11-26T15:00:00Z');

describe('resolvePeriod', () => {
  it('ends presets today, in the time zone, with the previous equal period before them', () => {
    const last30 = resolvePeriod('last-30-days', { now: NOW, timeZone: 'UTC' });
    expect([last30.firstDay, last30.lastDay, last30.days]).toEqual(['2026-10-28', '2026-11-26', 30]);
    expect(last30.to).toBe(Date.parse('2026-11-27T00:00:00Z'));
    expect(last30.previousFrom).toBe(Date.parse('2026-09-28T00:00:00Z'));

    const month = resolvePeriod('this-month', { now: NOW, timeZone: 'UTC' });
    expect([month.firstDay, month.lastDay]).toEqual(['2026-11-01', '2026-11-26']);

    const previous = resolvePeriod('previous-month', { now: NOW, timeZone: 'UTC' });
    expect([previous.firstDay, previous.lastDay, previous.days]).toEqual(['2026-10-01', '2026-10-31', 31]);
  });

  it('starts days at local midnight', () => {
    const ny = resolvePeriod('last-7-days', { now: NOW, timeZone: 'America/New_York' });
    expect(ny.from).toBe(Date.parse('2026-11-20T05:00:00Z'));
    // In Tokyo it is already Nov 27 at this instant.
    const tokyo = resolvePeriod('last-7-days', { now: NOW, timeZone: 'Asia/Tokyo' });
    expect(tokyo.lastDay).toBe('2026-11-27');
    expect(tokyo.from).toBe(Date.parse('2026-11-20T15:00:00Z'));
  });

  it('puts a custom range in order and clamps it to today', () => {
    const swapped = resolvePeriod({ from: '2026-11-10', to: '2026-11-01' }, { now: NOW, timeZone: 'UTC' });
    expect([swapped.firstDay, swapped.lastDay, swapped.days]).toEqual(['2026-11-01', '2026-11-10', 10]);
    const future = resolvePeriod({ from: '2026-11-20', to: '2027-01-01' }, { now: NOW, timeZone: 'UTC' });
    expect(future.lastDay).toBe('2026-11-26');
  });

  it('falls back from an unknown time zone instead of throwing', () => {
    expect(resolveTimeZone('Not/AZone')).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });
});

describe('validateRange', () => {
  const today = '2026-11-26';
  it.each([
    [{ from: '', to: '2026-11-02' }, 'missing-from'],
    [{ from: '2026-11-01', to: '2026-02-30' }, 'missing-to'],
    [{ from: '2026-11-27', to: '2026-11-27' }, 'future-from'],
    [{ from: '2026-11-01', to: '2026-11-27' }, 'future-to'],
    [{ from: '2026-11-10', to: '2026-11-01' }, 'order'],
    [{ from: '2026-11-01', to: '2026-11-26' }, null],
    [{ from: '2026-11-26', to: '2026-11-26' }, null],
  ])('%j → %s', (range, expected) => {
    expect(validateRange(range, today)).toBe(expected);
  });
});
