import * as React from 'react';
import { formatMoney, type Money, type PaymentMethod } from '../core';
import type { Messages } from '../locales/en';
import type { Message } from '../locales/types';
import { useKit } from './context';
import { formatMessage, type MessageValues, renderMessage } from './i18n';

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions) {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateFormats.set(key, format);
  }
  return format;
}

/** "Visa •••• 4242", or the brand alone when the last digits are unknown. */
export function paymentMethodLabel(method: PaymentMethod, messages: Messages, locale: string): string {
  return method.last4
    ? formatMessage(messages.common.paymentMethod, { brand: method.brand, last4: method.last4 }, locale)
    : method.brand;
}

/** Locale-bound formatters for the components: text, rich text, money and dates. */
export function useFormat() {
  const { locale, messages } = useKit();
  return React.useMemo(
    () => ({
      locale,
      messages,
      text: (message: Message, values?: MessageValues) => formatMessage(message, values, locale),
      rich: (message: Message, values?: MessageValues) => renderMessage(message, values, locale),
      money: (value: Money) => formatMoney(value, locale),
      date: (
        value: Date | string | number,
        options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
      ) => {
        const date = value instanceof Date ? value : new Date(value);
        return Number.isNaN(date.getTime()) ? '' : dateFormat(locale, options).format(date);
      },
    }),
    [locale, messages],
  );
}
