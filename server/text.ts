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
