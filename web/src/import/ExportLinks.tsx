import { useI18n, type MessageKey } from '../i18n';

/** Download links for the export routes (`GET /export/...`, documented in README.md). */
export function ExportLinks({ links }: { links: { href: string; label: MessageKey }[] }) {
  const { t } = useI18n();
  return (
    <p className="downloads small">
      <span>{t('export.heading')}:</span>{' '}
      {links.map((l, i) => <span key={l.href}>{i > 0 && ' · '}<a href={l.href} download>{t(l.label)}</a></span>)}
    </p>
  );
}

/** The export path of a plan or network in a format (`/export/plan/plan:x.xlsx`). */
export const exportPath = (kind: 'plan' | 'network', id: string, ext: 'xlsx' | 'csv') => `/export/${kind}/${encodeURIComponent(id)}.${ext}`;
