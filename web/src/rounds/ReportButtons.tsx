import { useState } from 'react';
import { useI18n } from '../i18n';
import { downloadFile, reportPath } from './files';

/** Download buttons for the status report: PDF or Word, in bokmål or English. */
export function ReportButtons({ plan, round, label }: { plan: string; round?: string | null; label: string }) {
  const { t, lang } = useI18n();
  const [reportLang, setReportLang] = useState<'nb' | 'en'>(lang);
  const [error, setError] = useState<string | null>(null);
  const get = (format: 'pdf' | 'docx') => {
    setError(null);
    downloadFile(reportPath(plan, { round, format, lang: reportLang }), `status.${format}`).catch((e: Error) => setError(e.message));
  };
  return (
    <div className="report-buttons" role="group" aria-label={label}>
      <span className="label">{label}:</span>
      <button type="button" className="button secondary" onClick={() => get('pdf')} data-testid="report-pdf">{t('rounds.reportPdf')}</button>
      <button type="button" className="button secondary" onClick={() => get('docx')} data-testid="report-docx">{t('rounds.reportDocx')}</button>
      <label className="inline">
        <span className="sr-only">{t('rounds.reportLang')}</span>
        <select value={reportLang} onChange={(e) => setReportLang(e.target.value as 'nb' | 'en')} aria-label={t('rounds.reportLang')}>
          <option value="nb">Norsk bokmål</option>
          <option value="en">English</option>
        </select>
      </label>
      {error && <p role="alert" className="field-error">{error}</p>}
    </div>
  );
}
