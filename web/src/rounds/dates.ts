import type { Lang } from '../i18n';

/** A partial ISO date in words ("2018-06-15" → "15. juni 2018" / "15 June 2018"); "2017" stays. */
export function formatDate(date: string | null | undefined, lang: Lang): string {
  if (!date) return '';
  const [y, m, d] = date.split('-').map(Number);
  if (!m) return String(y);
  const locale = lang === 'nb' ? 'nb-NO' : 'en-GB';
  const when = new Date(Date.UTC(y, m - 1, d || 1));
  return new Intl.DateTimeFormat(locale, d ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } : { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(when);
}

/** The plan period as "2013–2016", or null when the plan gives none. */
export function periodOf(start?: string | null, end?: string | null): string | null {
  return start || end ? `${start ?? '…'}–${end ?? '…'}` : null;
}
