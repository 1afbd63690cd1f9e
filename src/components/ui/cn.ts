import { type ClassValue, clsx } from 'clsx';

/*
 * A small Tailwind class merger for the kit's `tk:`-prefixed utilities: when two classes set the
 * same property under the same variants, the later one wins, so a consumer's `className` (passed
 * last) overrides the kit's default. tailwind-merge does this for every utility Tailwind has, at
 * ~8 KB gzip (about what the whole upfront guard may weigh), so we cover the utility families
 * the kit actually uses and a host would plausibly override. Classes without the prefix (the
 * host's own) are kept as given.
 */

// Families whose value may contain dashes (colours like `primary-foreground`): keyed by their first word.
const COLOURED =
  /^(bg|text|border|ring|outline|fill|stroke|decoration|accent|caret|shadow|divide|from|to|via)-(.+)$/;
const SIZE = /^(\d|\[|px$|xs$|sm$|base$|md$|lg$|xl$|\dxl$|none$|full$|inherit$)/;
const TEXT_ALIGN = /^(start|end|center|left|right|justify)$/;
const GROUPS: Record<string, string> = {};
for (const [group, names] of Object.entries({
  display: 'block inline-block inline inline-flex flex grid inline-grid hidden contents table',
  position: 'static fixed absolute relative sticky',
  visibility: 'visible invisible collapse',
  'flex-dir': 'flex-row flex-row-reverse flex-col flex-col-reverse',
  'flex-wrap': 'flex-wrap flex-nowrap flex-wrap-reverse',
  'font-style': 'italic not-italic',
  'text-decoration-line': 'underline no-underline line-through overline',
  'text-transform': 'uppercase lowercase capitalize normal-case',
  'text-overflow': 'truncate text-ellipsis text-clip',
})) {
  for (const name of names.split(' ')) GROUPS[name] = group;
}
// Longhands a group also sets, beyond its own `group-*` sides (`p-x` sets `p-s`, `size` sets `w`).
const ALSO: Record<string, string[]> = {
  'p-x': ['p-s', 'p-e', 'p-l', 'p-r'],
  'p-y': ['p-t', 'p-b'],
  'm-x': ['m-s', 'm-e', 'm-l', 'm-r'],
  'm-y': ['m-t', 'm-b'],
  size: ['w', 'h'],
};

function groupOf(utility: string): string {
  const u = utility.replace(/^-/, '');
  const named = GROUPS[u];
  if (named) return named;
  // Spacing and sides get `family-side` names, so a shorthand can clear its sides by prefix.
  const spacing = /^([pm])([xytrblse]?)-/.exec(u);
  if (spacing) return spacing[2] ? `${spacing[1]}-${spacing[2]}` : (spacing[1] as string);
  const side = /^(border|rounded)-([xytrblse]|[se][se]|[tb][lr])(?:-(.+))?$/.exec(u);
  if (side) {
    const [, family, where, value] = side;
    if (family === 'rounded') return `rounded-${where}`;
    return `border-${!value || SIZE.test(value) ? 'w' : 'color'}-${where}`;
  }
  if (/^flex-(1|auto|initial|none)$/.test(u)) return 'flex-grow';
  const coloured = COLOURED.exec(u);
  if (coloured) {
    const [, family, raw = ''] = coloured;
    // ring-offset-2 / outline-offset-2 are widths of their own; ring-offset-background a colour.
    const offset = raw.startsWith('offset-') ? '-offset' : '';
    const value = offset ? raw.slice(7) : raw;
    if (family === 'text')
      return SIZE.test(value) ? 'font-size' : TEXT_ALIGN.test(value) ? 'text-align' : 'text-color';
    if (family === 'border' && /^(collapse|separate)$/.test(value)) return 'border-collapse';
    return `${family}${offset}-${SIZE.test(value) ? 'w' : 'color'}`;
  }
  if (/^(border|ring|outline|shadow)$/.test(u)) return `${u}-w`;
  if (/^font-(thin|extralight|light|normal|medium|semibold|bold|extrabold|black)$/.test(u))
    return 'font-weight';
  const dash = u.lastIndexOf('-');
  // `max-w-lg` → max-w, `gap-x-3` → gap-x, `z-50` → z; a bare word (`truncate`) is its own group.
  return dash > 0 ? u.slice(0, dash) : u;
}

function merge(classes: string): string {
  const seen = new Map<string, string>();
  for (const cls of classes.split(/\s+/)) {
    if (!cls) continue;
    if (!cls.startsWith('tk:')) {
      seen.set(`host:${cls}`, cls);
      continue;
    }
    // Variants sit between the prefix and the utility: tk:hover:bg-primary/90.
    const rest = cls.slice(3).replace(/^!|!$/g, '');
    const cut = rest.lastIndexOf(':');
    const variants = cut < 0 ? '' : rest.slice(0, cut + 1);
    const group = groupOf((cut < 0 ? rest : rest.slice(cut + 1)).replace(/\/[\w.]+$/, ''));
    const covered = ALSO[group] ?? [];
    for (const key of [...seen.keys()]) {
      if (!key.startsWith(variants)) continue;
      const other = key.slice(variants.length);
      if (other === group || other.startsWith(`${group}-`) || covered.includes(other)) seen.delete(key);
    }
    seen.set(variants + group, cls);
  }
  return [...seen.values()].join(' ');
}

// Every render of a part merges the same few class strings again: remember each answer. Bounded,
// so a host that builds class names from data cannot grow it without end.
const merged = new Map<string, string>();
const MERGED_MAX = 500;

/** Joins class names; later `tk:` utilities win conflicts, so the consumer's `className` goes last. */
export function cn(...inputs: ClassValue[]): string {
  const classes = clsx(inputs);
  let result = merged.get(classes);
  if (result === undefined) {
    result = merge(classes);
    if (merged.size >= MERGED_MAX) merged.clear();
    merged.set(classes, result);
  }
  return result;
}
