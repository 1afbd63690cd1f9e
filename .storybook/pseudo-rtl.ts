// A right-to-left pseudo-locale for stories and tests only: the English catalog with every Latin
// letter written as a Hebrew one, so a story reads (and lays out) as right-to-left text does while
// a reader can still map it back. Built from `en`, typed as `Messages`: no key can be missing, and
// a key added to `en` appears here at once. Placeholders (`{amount}`) and `**emphasis**` stay.
import { en, type Messages } from '../src/locales/en';

// a…z → one Hebrew letter each (the 22 letters, then four final forms).
const HEBREW = 'אבגדהוזחטיכלמנסעפצקרשתךםןף';

/** One English string as the pseudo-locale writes it: "Not now" → "נסר נסך". */
export function pseudoRtl(text: string): string {
  return text
    .split(/(\{[^}]*\})/)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part.replace(/[a-z]/gi, (letter) => HEBREW[letter.toLowerCase().charCodeAt(0) - 97] as string),
    )
    .join('');
}

function pseudoCatalog<T>(value: T): T {
  if (typeof value === 'string') return pseudoRtl(value) as T;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([key, entry]) => [key, pseudoCatalog(entry)]),
  ) as T;
}

/** The whole catalog; shown with a Hebrew locale's numbers and dates (`he-IL`) and `dir="rtl"`. */
export const pseudoRtlMessages: Messages = pseudoCatalog(en);
export const PSEUDO_RTL_LOCALE = 'he-IL';
