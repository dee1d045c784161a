import './rounds.css';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { useI18n } from '../i18n';
import { useToken } from '../auth';
import { Link, navigate } from '../router';
import { fieldErrorsOf } from '../edit/fieldErrors';
import { formatDate } from './dates';
import { roundPath } from './files';
import { ReportButtons } from './ReportButtons';

const PlanRoundsQuery = graphql(`
  query PlanRounds($id: ID!) { plan(id: $id) { id rounds { id title asOf deadline status answeredCount measureCount } } }
`);
const OpenRound = graphql(`
  mutation OpenRound($plan: ID!, $asOf: String!, $deadline: String, $title: String) {
    openReportingRound(plan: $plan, asOf: $asOf, deadline: $deadline, title: $title) { id }
  }
`);

/** A plan's follow-up: its reporting rounds, opening a new one (editors), the status report and progress. */
export function FollowUp({ plan }: { plan: string }) {
  const { t, lang } = useI18n();
  const token = useToken();
  const [result] = useQuery({ query: PlanRoundsQuery, variables: { id: plan } });
  const [, open] = useMutation(OpenRound);
  const [form, setForm] = useState({ asOf: '', deadline: '', title: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const rounds = result.data?.plan?.rounds ?? [];
  const hasOpen = rounds.some((r) => r.status === 'OPEN');
  // A message goes away as soon as its field is changed.
  const set = (k: keyof typeof form, v: string) => { setForm((f) => ({ ...f, [k]: v })); setErrors(({ [k]: _, ...rest }) => rest); };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setGeneral(null);
    if (!form.asOf.trim()) { setErrors({ asOf: t('edit.required') }); return; }
    const r = await open({ plan, asOf: form.asOf.trim(), deadline: form.deadline.trim() || null, title: form.title.trim() || null }, { additionalTypenames: ['ReportingRound'] });
    if (r.error) {
      const fe = fieldErrorsOf(r.error.graphQLErrors);
      const mine = Object.fromEntries(Object.entries(fe.fields).filter(([k]) => k in form));
      const other = [...fe.general, ...Object.entries(fe.fields).filter(([k]) => !(k in form)).map(([, m]) => m)];
      setErrors(mine);
      setGeneral(other.join(' ') || (Object.keys(mine).length ? null : r.error.message));
      return;
    }
    navigate(roundPath(r.data!.openReportingRound.id));
  };
  return (
    <section aria-labelledby="followup-h" className="follow-up">
      <h2 id="followup-h">{t('rounds.heading')}</h2>
      <p className="small">{t('rounds.intro')}</p>
      {rounds.length === 0 ? <p className="empty">{t('rounds.none')}</p> : (
        <ul className="plain rounds-list">
          {rounds.map((r) => (
            <li key={r.id}>
              <Link to={roundPath(r.id)}>{r.title ?? t('rounds.round', { date: formatDate(r.asOf, lang) })}</Link>{' '}
              <span className={`tag round-${r.status.toLowerCase()}`}>{t(`rounds.state.${r.status}`)}</span>{' '}
              <span className="muted small">{t('rounds.answered', { answered: r.answeredCount, total: r.measureCount })}</span>
            </li>
          ))}
        </ul>
      )}
      <div className="actions">
        <ReportButtons plan={plan} label={t('rounds.reportLatest')} />
        <Link to={`/progress?plan=${encodeURIComponent(plan)}`} className="button secondary">{t('rounds.progressLink')}</Link>
      </div>
      {token && !hasOpen && (
        <form className="open-round" onSubmit={submit} noValidate aria-labelledby="open-round-h">
          <h3 id="open-round-h">{t('rounds.open')}</h3>
          {(['asOf', 'deadline', 'title'] as const).map((k) => (
            <div className="field" key={k}>
              <label htmlFor={`round-${k}`}>{t(k === 'title' ? 'rounds.name' : `rounds.${k}`)}{k === 'asOf' && <span aria-hidden="true"> *</span>}</label>
              <input id={`round-${k}`} type="text" value={form[k]} onChange={(e) => set(k, e.target.value)} placeholder={k === 'title' ? '' : 'YYYY-MM-DD'}
                aria-invalid={errors[k] ? true : undefined} aria-describedby={errors[k] ? `round-${k}-err` : undefined} />
              {errors[k] && <p id={`round-${k}-err`} className="field-error">{errors[k]}</p>}
            </div>
          ))}
          {general && <p role="alert" className="error-box">{general}</p>}
          <button type="submit">{t('rounds.open')}</button>
        </form>
      )}
      {!token && <p className="hint">{t('rounds.editorOnly')}</p>}
    </section>
  );
}
