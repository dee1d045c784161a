import './rounds.css';
import { useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import type { MeasureStatus, RoundPageQuery } from '../gql/graphql';
import { useI18n } from '../i18n';
import { useToken } from '../auth';
import { EntityLink, Link, navigate, useLocation } from '../router';
import { QueryState } from '../ui/QueryState';
import { StatusBadge } from '../plans/StatusBadge';
import { downloadFile, sheetPath, uploadRoundSheet } from './files';
import { formatDate, periodOf } from './dates';
import { ReportButtons } from './ReportButtons';

const RoundQuery = graphql(`
  query RoundPage($id: ID!) {
    reportingRound(id: $id) {
      id title asOf deadline status closedAt answeredCount measureCount
      plan { id title shortTitle periodStart periodEnd }
      owners { actor { id name isGenericRole } answered total measures { id } }
      measures {
        measure { id number title }
        reporters { id name }
        previous { status asOf text }
        answers { status text actor { id name } }
        result { status text reported carriedOverFrom actor { id name } }
      }
    }
  }
`);

const ReportStatus = graphql(`
  mutation ReportStatus($round: ID!, $answers: [RoundAnswerInput!]!) { reportStatus(round: $round, answers: $answers) { id answeredCount } }
`);
const CloseRound = graphql(`
  mutation CloseRound($round: ID!) { closeReportingRound(round: $round) { answered carriedOver round { id status } } }
`);

type Round = NonNullable<RoundPageQuery['reportingRound']>;
const STATUSES: MeasureStatus[] = ['DONE', 'IN_PROGRESS', 'PARTLY_DONE', 'NOT_DONE', 'UNCLEAR', 'CANCELLED'];

/** One owner's measures as a form: the previous status, and a new status and text to record. */
function OwnerForm({ round, owner, onDone }: { round: Round; owner: Round['owners'][number]; onDone: () => void }) {
  const { t, lang } = useI18n();
  const [values, setValues] = useState<Record<string, { status: string; text: string }>>({});
  const [message, setMessage] = useState<{ kind: 'error' | 'ok'; text: string } | null>(null);
  const [, report] = useMutation(ReportStatus);
  const ids = new Set(owner.measures.map((m) => m.id));
  const rows = round.measures.filter((m) => ids.has(m.measure.id));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const answers = Object.entries(values).filter(([, v]) => v.status)
      .map(([measure, v]) => ({ measure, actor: owner.actor.id, status: v.status as MeasureStatus, text: v.text.trim() || null }));
    if (!answers.length) { setMessage({ kind: 'error', text: t('rounds.nothingToSend') }); return; }
    const r = await report({ round: round.id, answers }, { additionalTypenames: ['ReportingRound', 'Measure'] });
    if (r.error) setMessage({ kind: 'error', text: r.error.graphQLErrors[0]?.message ?? r.error.message });
    else { setMessage({ kind: 'ok', text: t('rounds.sent') }); setValues({}); onDone(); }
  };
  return (
    <section className="owner-form" aria-labelledby="owner-form-h">
      <h2 id="owner-form-h">{t('rounds.formHeading', { name: owner.actor.name })}</h2>
      <form onSubmit={submit} noValidate>
        <div className="table-scroll">
          <table>
            <thead><tr><th scope="col" className="num">{t('plan.number')}</th><th scope="col">{t('plan.title')}</th><th scope="col">{t('rounds.previous')}</th><th scope="col">{t('rounds.newStatus')}</th><th scope="col">{t('rounds.newText')}</th></tr></thead>
            <tbody>
              {rows.map((m) => {
                const v = values[m.measure.id] ?? { status: '', text: '' };
                const mine = m.answers.find((a) => a.actor?.id === owner.actor.id);
                const set = (patch: Partial<typeof v>) => setValues((all) => ({ ...all, [m.measure.id]: { ...v, ...patch } }));
                return (
                  <tr key={m.measure.id}>
                    <td className="num">{m.measure.number}</td>
                    <th scope="row"><EntityLink id={m.measure.id}>{m.measure.title}</EntityLink></th>
                    <td>
                      <StatusBadge status={m.previous?.status} /> {m.previous && <span className="muted small">{formatDate(m.previous.asOf, lang)}</span>}
                      {m.previous?.text && <p className="small" lang="nb">{m.previous.text}</p>}
                      {mine && <p className="small">{t('rounds.ownerState.done')}: <StatusBadge status={mine.status} /></p>}
                    </td>
                    <td>
                      <select aria-label={`${t('rounds.newStatus')} – ${m.measure.number ?? ''} ${m.measure.title}`} value={v.status} onChange={(e) => set({ status: e.target.value })}
                        data-testid={`status-${m.measure.id}`}>
                        <option value="">{t('rounds.keep')}</option>
                        {STATUSES.map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
                      </select>
                    </td>
                    <td>
                      <textarea rows={2} aria-label={`${t('rounds.newText')} – ${m.measure.number ?? ''}`} value={v.text} onChange={(e) => set({ text: e.target.value })}
                        data-testid={`text-${m.measure.id}`} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <button type="submit">{t('rounds.send')}</button>
        {message && <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'field-error' : 'success'}>{message.text}</p>}
      </form>
    </section>
  );
}

/** A reporting round: who has answered, the owners' forms and spreadsheets, the measures' statuses, closing. */
export function RoundPage({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const token = useToken();
  const { search } = useLocation();
  const owner = new URLSearchParams(search).get('owner');
  const [result, reexecute] = useQuery({ query: RoundQuery, variables: { id } });
  const [, close] = useMutation(CloseRound);
  const [notice, setNotice] = useState<{ kind: 'error' | 'ok'; text: string } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const setOwner = (actor: string | null) => navigate(`${window.location.pathname}${actor ? `?owner=${encodeURIComponent(actor)}` : ''}`, { replace: true });

  return (
    <div className="page round-page">
      <QueryState result={result} retry={refresh} isEmpty={(d) => !d.reportingRound}
        empty={<><h1 id="page-heading" tabIndex={-1}>{t('page.notFound')}</h1><p>{t('state.notFound', { id })}</p></>}>
        {(d) => {
          const r = d.reportingRound!;
          const open = r.status === 'OPEN';
          const selected = r.owners.find((o) => o.actor.id === owner);
          const unowned = r.measures.filter((m) => m.reporters.length === 0).length;
          const onClose = async () => {
            if (!window.confirm(t('rounds.closeConfirm'))) return;
            const c = await close({ round: r.id }, { additionalTypenames: ['ReportingRound', 'Measure'] });
            if (c.error) setNotice({ kind: 'error', text: c.error.graphQLErrors[0]?.message ?? c.error.message });
            else { setNotice({ kind: 'ok', text: t('rounds.closed', { answered: c.data!.closeReportingRound.answered, carried: c.data!.closeReportingRound.carriedOver }) }); refresh(); }
          };
          const onUpload = async (file: File | undefined) => {
            if (!file) return;
            try {
              const n = await uploadRoundSheet(r.id, file);
              setNotice({ kind: 'ok', text: t('rounds.uploaded', { count: n }) });
              refresh();
            } catch (e) {
              setNotice({ kind: 'error', text: t('rounds.uploadFailed', { message: (e as Error).message }) });
            } finally {
              if (fileInput.current) fileInput.current.value = '';
            }
          };
          return (
            <>
              <p className="eyebrow"><Link to="/plans">{t('plans.heading')}</Link> › <EntityLink id={r.plan.id}>{r.plan.shortTitle ?? r.plan.title}</EntityLink></p>
              <h1 id="page-heading" tabIndex={-1}>
                {r.title ?? t('rounds.round', { date: formatDate(r.asOf, lang) })} <span className={`tag round-${r.status.toLowerCase()}`}>{t(`rounds.state.${r.status}`)}</span>
              </h1>
              <p className="meta">
                {[periodOf(r.plan.periodStart, r.plan.periodEnd) ? `${t('plan.period')} ${periodOf(r.plan.periodStart, r.plan.periodEnd)}` : t('plan.noPeriod'),
                  `${t('rounds.asOf')}: ${formatDate(r.asOf, lang)}`, r.deadline && `${t('rounds.deadline')}: ${formatDate(r.deadline, lang)}`].filter(Boolean).join(' · ')}
              </p>
              <div className="round-progress">
                <progress max={r.measureCount} value={r.answeredCount} aria-label={t('rounds.answered', { answered: r.answeredCount, total: r.measureCount })} />
                <span data-testid="answered">{t('rounds.answered', { answered: r.answeredCount, total: r.measureCount })}</span>
              </div>
              <div className="actions">
                <ReportButtons plan={r.plan.id} round={r.id} label={t('rounds.report')} />
                <Link to={`/progress?plan=${encodeURIComponent(r.plan.id)}`} className="button secondary">{t('rounds.progressLink')}</Link>
                {token && open && <button type="button" onClick={onClose} data-testid="close-round">{t('rounds.close')}</button>}
              </div>
              {!token && open && <p className="hint">{t('rounds.editorOnly')}</p>}
              {notice && <p role={notice.kind === 'error' ? 'alert' : 'status'} className={notice.kind === 'error' ? 'error-box' : 'success'}>{notice.text}</p>}

              <section aria-labelledby="owners-h">
                <h2 id="owners-h">{t('rounds.owners')}</h2>
                {token && open && (
                  <div className="field upload">
                    <label htmlFor="sheet-upload">{t('rounds.upload')}</label>
                    <input id="sheet-upload" ref={fileInput} type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                      onChange={(e) => onUpload(e.target.files?.[0])} />
                  </div>
                )}
                <div className="table-scroll">
                  <table data-testid="owners-table">
                    <thead><tr><th scope="col">{t('rounds.owner')}</th><th scope="col" className="num">{t('rounds.ownerAnswered')}</th><th scope="col">{t('common.status')}</th><th scope="col"><span className="sr-only">{t('rounds.fillIn')}</span></th></tr></thead>
                    <tbody>
                      {r.owners.map((o) => {
                        const state = o.answered === 0 ? 'none' : o.answered < o.total ? 'partly' : 'done';
                        return (
                          <tr key={o.actor.id} aria-current={o.actor.id === owner ? 'true' : undefined}>
                            <th scope="row"><EntityLink id={o.actor.id}>{o.actor.name}</EntityLink></th>
                            <td className="num">{o.answered} / {o.total}</td>
                            <td><span className={`tag answer-${state}`}>{t(`rounds.ownerState.${state}`)}</span></td>
                            <td className="row-actions">
                              {token && open && <button type="button" className="button secondary" onClick={() => setOwner(o.actor.id)}>{t('rounds.fillIn')}</button>}
                              <button type="button" className="button secondary" onClick={() => downloadFile(sheetPath(r.id, o.actor.id), 'runde.xlsx').catch((e: Error) => setNotice({ kind: 'error', text: e.message }))}>
                                {t('rounds.sheet')}
                              </button>
                            </td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                </div>
                {unowned > 0 && <p className="hint">{t('rounds.unowned', { count: unowned })}</p>}
              </section>

              {selected && open && token && <OwnerForm key={selected.actor.id} round={r} owner={selected} onDone={refresh} />}

              <section aria-labelledby="round-measures-h">
                <h2 id="round-measures-h">{t('rounds.measures')}</h2>
                <div className="table-scroll">
                  <table data-testid="round-measures">
                    <thead><tr><th scope="col" className="num">{t('plan.number')}</th><th scope="col">{t('plan.title')}</th><th scope="col">{t('plan.responsible')}</th><th scope="col">{t('rounds.previous')}</th><th scope="col">{t('rounds.result')}</th></tr></thead>
                    <tbody>
                      {r.measures.map((m) => (
                        <tr key={m.measure.id}>
                          <td className="num">{m.measure.number}</td>
                          <th scope="row"><EntityLink id={m.measure.id}>{m.measure.title}</EntityLink></th>
                          <td>{m.reporters.map((a) => a.name).join(', ') || '–'}</td>
                          <td><StatusBadge status={m.previous?.status} />{m.previous && <span className="muted small"> {m.previous.asOf}</span>}</td>
                          <td>
                            {m.result ? (
                              <>
                                <StatusBadge status={m.result.status} />
                                {m.result.reported
                                  ? m.result.actor && <span className="muted small"> {t('rounds.by', { name: m.result.actor.name })}</span>
                                  : <span className="tag warn-tag"> {t('rounds.notReported')}{m.result.carriedOverFrom ? `, ${t('rounds.carried', { date: m.result.carriedOverFrom })}` : ''}</span>}
                                {m.result.reported && m.result.text && <p className="small" lang="nb">{m.result.text}</p>}
                              </>
                            ) : <span className="muted">{t('rounds.pending')}</span>}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </section>
            </>
          );
        }}
      </QueryState>
    </div>
  );
}
