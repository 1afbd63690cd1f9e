// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point.
const CONTROL_CHARACTERS = /[\0-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

/** Server text as plain text: control and bidi-override characters removed, trimmed, at most `max` long. */
export const cleanText = (text: unknown, max = 1000): string =>
  typeof text === 'string' ? text.replace(CONTROL_CHARACTERS, ' ').trim().slice(0, max) : '';
