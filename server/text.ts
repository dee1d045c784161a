/**
 * Folds Norwegian text for matching: lower case, æ→ae, ø→o, å→a, diacritics dropped, so
 * "Kjønnslemlestelse" and "kjonnslemlestelse" compare equal. The same folding is stored in each
 * entity's `searchKey` by the loader and by mutations.
 */
export function fold(text: string): string {
  return text.toLowerCase().replace(/æ/g, 'ae').replace(/[øö]/g, 'o').replace(/å/g, 'a')
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/\s+/g, ' ').trim();
}

/** The searchKey of an entity from its names. */
export function searchKey(...names: (string | null | undefined | string[])[]): string {
  return names.flat().filter((n): n is string => typeof n === 'string' && n.length > 0).map(fold).join(' | ');
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
/**
 * Phone numbers as they are written in Norway (22 24 90 90, 222 49 090, 22249090, +47 …, 0047 …) and
 * international ones with a + prefix. Budget figures (12 500 000) and years do not match.
 */
const PHONE = /(?:(?:\+|00)\d{1,3}[\s.-]?)?(?<!\d)(?:\d{2}(?:[\s.-]\d{2}){3}|\d{3}[\s.-]\d{2}[\s.-]\d{3}|\d{8})(?!\d)|\+\d{1,3}(?:[\s.-]?\d){6,12}(?!\d)/g;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Masks personal data in free text for callers without the viewer role: e-mail addresses, phone
 * numbers, and the given contact names in any casing and spacing ("Rune S. Foss", "RUNE S. FOSS").
 */
export function maskPersonalText(text: string, names: string[]): string {
  let out = text.replace(EMAIL, '[e-post skjult]').replace(PHONE, '[telefon skjult]');
  for (const name of names) {
    const words = name.trim().split(/\s+/).filter(Boolean);
    if (words.join(' ').length <= 3) continue;
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${words.map(escape).join('\\s+')}(?![\\p{L}\\p{N}])`, 'giu'), '[navn skjult]');
  }
  return out;
}
