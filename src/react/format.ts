import * as React from 'react';
import { formatMoney, type Money, type PaymentMethod } from '../core';
import { numberFormat } from '../core/intl';
import { formatCalendarDay, formatDate } from '../core/time';
import type { Messages } from '../locales/en';
import type { Message } from '../locales/types';
import { useKit } from './context';
import { formatMessage, type MessageValues, renderMessage } from './i18n';

/** "Visa •••• 4242", or the brand alone when the last digits are unknown. */
export function paymentMethodLabel(method: PaymentMethod, messages: Messages, locale: string): string {
  return method.last4
    ? formatMessage(messages.common.paymentMethod, { brand: method.brand, last4: method.last4 }, locale)
    : method.brand;
}

/** Locale-bound formatters for the components: text, rich text, money, percents and dates. */
export function useFormat() {
  const { locale, messages } = useKit();
  return React.useMemo(
    () => ({
      locale,
      messages,
      text: (message: Message, values?: MessageValues) => formatMessage(message, values, locale),
      rich: (message: Message, values?: MessageValues) => renderMessage(message, values, locale),
      money: (value: Money) => formatMoney(value, locale),
      /** An instant ('' when invalid); pass the `timeZone` from `useTimeZone` for server-safe text. */
      date: (value: Date | string | number, options?: Intl.DateTimeFormatOptions) =>
        formatDate(value, locale, options),
      /** A calendar day (`YYYY-MM-DD`) as itself: "Nov 3", "3. Nov.", "1er déc.". */
      day: (day: string, options?: Intl.DateTimeFormatOptions) => formatCalendarDay(day, locale, options),
      /** "62%", "+12%" with `signed`; one decimal below 10% so small shares aren't 0%. */
      percent: (ratio: number, signed = false) =>
        numberFormat(locale, {
          style: 'percent',
          maximumFractionDigits: Math.abs(ratio) < 0.1 && !signed ? 1 : 0,
          signDisplay: signed ? 'exceptZero' : undefined,
        }).format(ratio),
    }),
    [locale, messages],
  );
}
