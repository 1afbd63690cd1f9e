import * as React from 'react';
import { formatMoney, type Money, type PaymentMethod } from '../core';
import { numberFormat } from '../core/intl';
import { formatCalendarDay, formatDate } from '../core/time';
import { en, type Messages } from '../locales/en';
import type { Message } from '../locales/types';
import { catalogOver, type MessageSections, useKitState } from './context';
import { formatMessage, type MessageValues, renderMessage } from './i18n';

/** "Visa •••• 4242", or the brand alone when the last digits are unknown. */
export function paymentMethodLabel(
  method: PaymentMethod,
  messages: Pick<Messages, 'common'>,
  locale: string,
): string {
  return method.last4
    ? formatMessage(messages.common.paymentMethod, { brand: method.brand, last4: method.last4 }, locale)
    : method.brand;
}

/**
 * Locale-bound formatters over some sections of the catalog (the English ones given, with the
 * provider's `messages` over them): text, rich text, money, percents and dates. Each of the kit's
 * components asks for the sections it speaks, so a host ships only the English it shows.
 */
export function useFormatFor<Sections extends MessageSections>(sections: Sections) {
  const { locale, messageOverrides } = useKitState();
  const messages = catalogOver(sections, messageOverrides);
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

/** `useFormatFor` over the whole catalog: for a host's own components that speak any section. */
export function useFormat() {
  return useFormatFor(en as Messages);
}
