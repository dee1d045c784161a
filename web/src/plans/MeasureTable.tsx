import { useMemo, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql, type FragmentType, getFragmentData } from '../gql';
import type { MeasureRowFieldsFragment, MeasureStatus } from '../gql/graphql';
import { useI18n } from '../i18n';
import { EntityLink, navigate, useLocation } from '../router';
import { useToken } from '../auth';
import { fieldErrorsOf } from '../edit/fieldErrors';
import { StatusBadge, STATUS_ORDER } from './StatusBadge';

export const MeasureRowFields = graphql(`
  fragment MeasureRowFields on Measure {
    id
    number
    title
    latestStatus { status asOf text }
    statusHistory { asOf status text }
    responsibilities { role note actor { id name isGenericRole } }
    budgets { amountNok text year }
  }
`);

const InlineRecordStatus = graphql(`
  mutation InlineRecordStatus($measure: ID!, $status: MeasureStatus!, $asOf: String, $text: String, $source: String!) {
    recordStatus(measure: $measure, status: $status, asOf: $asOf, text: $text, source: $source) { id latestStatus { asOf status text } statusHistory { asOf status text } }
  }
`);

type SortKey = 'number' | 'title' | 'status' | 'responsible' | 'budget';
const SORT_KEYS: SortKey[] = ['number', 'title', 'status', 'responsible', 'budget'];

/** The table's filters and sort in the query string (`?q=vold&status=NOT_DONE&sort=title&dir=desc`), so a view can be linked and survives reload; pure. */
export function parseTableState(search: string) {
  const q = new URLSearchParams(search);
  const status = q.get('status') ?? '';
  const sort = q.get('sort') as SortKey | null;
  return {
    text: q.get('q') ?? '',
    status: (STATUS_ORDER as readonly string[]).includes(status) ? status as MeasureStatus | 'NONE' : '' as const,
    sort: { key: sort && SORT_KEYS.includes(sort) ? sort : 'number' as SortKey, dir: q.get('dir') === 'desc' ? -1 as const : 1 as const },
  };
}

export function tableQuery(search: string, s: { text: string; status: string; sort: { key: SortKey; dir: 1 | -1 } }): string {
  const q = new URLSearchParams(search);
  const put = (k: string, v: string) => (v ? q.set(k, v) : q.delete(k));
  put('q', s.text);
  put('status', s.status);
  put('sort', s.sort.key === 'number' ? '' : s.sort.key);
  put('dir', s.sort.dir === -1 ? 'desc' : '');
  const out = q.toString();
  return out ? `?${out}` : '';
}

const STATUSES: MeasureStatus[] = ['DONE', 'IN_PROGRESS', 'PARTLY_DONE', 'NOT_DONE', 'UNCLEAR', 'CANCELLED'];

/** Records a new status for one measure from its row in the plan table (editors). */
function InlineStatus({ measure, onClose }: { measure: string; onClose: () => void }) {
  const { t } = useI18n();
  const [, record] = useMutation(InlineRecordStatus);
  const [status, setStatus] = useState('');
  const [text, setText] = useState('');
  const [asOf, setAsOf] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!status) { setErrors({ status: t('edit.required') }); return; }
    const r = await record({ measure, status: status as MeasureStatus, asOf: asOf.trim() || null, text: text.trim() || null, source: 'Registrert i plantabellen' },
      { additionalTypenames: ['Measure', 'ActionPlan'] });
    if (r.error) {
      const fe = fieldErrorsOf(r.error.graphQLErrors);
      setErrors({ ...fe.fields, ...(fe.general.length ? { general: fe.general.join(' ') } : {}) });
      return;
    }
    onClose();
  };
  const id = (k: string) => `inline-status-${measure}-${k}`;
  return (
    <form className="status-inline" onSubmit={submit} noValidate>
      <label htmlFor={id('status')}>{t('common.status')}</label>
      <select id={id('status')} value={status} onChange={(e) => { setStatus(e.target.value); setErrors(({ status: _, ...r }) => r); }}
        aria-invalid={errors.status ? true : undefined} aria-describedby={errors.status ? id('status-err') : undefined}>
        <option value="">{t('edit.choose')}</option>
        {STATUSES.map((x) => <option key={x} value={x}>{t(`status.${x}`)}</option>)}
      </select>
      {errors.status && <p id={id('status-err')} className="field-error">{errors.status}</p>}
      <label htmlFor={id('asOf')}>{t('common.date')}</label>
      <input id={id('asOf')} type="text" placeholder="YYYY-MM-DD" value={asOf} onChange={(e) => { setAsOf(e.target.value); setErrors(({ asOf: _, ...r }) => r); }}
        aria-invalid={errors.asOf ? true : undefined} aria-describedby={errors.asOf ? id('asOf-err') : undefined} />
      {errors.asOf && <p id={id('asOf-err')} className="field-error">{errors.asOf}</p>}
      <label htmlFor={id('text')}>{t('rounds.newText')}</label>
      <textarea id={id('text')} rows={2} value={text} onChange={(e) => setText(e.target.value)} />
      {errors.general && <p role="alert" className="field-error">{errors.general}</p>}
      <div className="actions">
        <button type="submit">{t('common.save')}</button>
        <button type="button" className="button secondary" onClick={onClose}>{t('common.close')}</button>
      </div>
    </form>
  );
}
type Measure = MeasureRowFieldsFragment;

/** "3a" < "10": numbers compare as numbers, then the rest as text. */
export function compareNumbers(a: string | null | undefined, b: string | null | undefined): number {
  return (a ?? '').localeCompare(b ?? '', 'nb', { numeric: true });
}

const ROLE_RANK = { LEAD: 0, EXECUTING: 1, COMMISSIONING: 2, FUNDING: 3, CONTRIBUTING: 4 } as const;
const budgetOf = (m: Measure) => m.budgets.reduce((s, b) => s + (b.amountNok ?? 0), 0);
const responsibleOf = (m: Measure) => [...m.responsibilities].sort((a, b) => ROLE_RANK[a.role] - ROLE_RANK[b.role])[0]?.actor.name ?? '';

/** Sorts measures by a column; pure (exported for tests). */
export function sortMeasures(measures: readonly Measure[], key: SortKey, dir: 1 | -1): Measure[] {
  const cmp: Record<SortKey, (a: Measure, b: Measure) => number> = {
    number: (a, b) => compareNumbers(a.number, b.number),
    title: (a, b) => a.title.localeCompare(b.title, 'nb'),
    status: (a, b) => STATUS_ORDER.indexOf(a.latestStatus?.status ?? 'NONE') - STATUS_ORDER.indexOf(b.latestStatus?.status ?? 'NONE'),
    responsible: (a, b) => responsibleOf(a).localeCompare(responsibleOf(b), 'nb'),
    budget: (a, b) => budgetOf(a) - budgetOf(b),
  };
  return [...measures].sort((a, b) => dir * cmp[key](a, b) || compareNumbers(a.number, b.number));
}

/** A plan's measures as a sortable, filterable table with status colours, owners, budget and history. */
export function MeasureTable(props: { measures: readonly FragmentType<typeof MeasureRowFields>[] }) {
  const { t, num } = useI18n();
  const measures = getFragmentData(MeasureRowFields, props.measures);
  const token = useToken();
  const [recording, setRecording] = useState<string | null>(null);
  const { pathname, search } = useLocation();
  const { text, status, sort } = parseTableState(search);
  const update = (patch: Partial<ReturnType<typeof parseTableState>>) =>
    navigate(`${pathname}${tableQuery(search, { text, status, sort, ...patch })}`, { replace: true });
  const setText = (v: string) => update({ text: v });
  const setStatus = (v: MeasureStatus | 'NONE' | '') => update({ status: v });
  const setSort = (v: { key: SortKey; dir: 1 | -1 }) => update({ sort: v });
  const rows = useMemo(() => {
    const q = text.trim().toLowerCase();
    const filtered = measures.filter((m) =>
      (!status || (m.latestStatus?.status ?? 'NONE') === status) &&
      (!q || `${m.number ?? ''} ${m.title} ${m.responsibilities.map((r) => r.actor.name).join(' ')}`.toLowerCase().includes(q)));
    return sortMeasures(filtered, sort.key, sort.dir);
  }, [measures, text, status, sort]);

  const header = (key: SortKey, label: string, className?: string) => {
    const active = sort.key === key;
    return (
      <th scope="col" className={className} aria-sort={active ? (sort.dir === 1 ? 'ascending' : 'descending') : undefined}>
        <button type="button" className="sort" onClick={() => setSort({ key, dir: active ? (sort.dir === 1 ? -1 : 1) : 1 })}>
          {label}<span aria-hidden="true" className="sort-arrow">{active ? (sort.dir === 1 ? ' ▲' : ' ▼') : ' ↕'}</span>
        </button>
      </th>
    );
  };

  return (
    <div className="measure-table">
      <div className="table-filters">
        <div className="field">
          <label htmlFor="m-text">{t('plan.filterText')}</label>
          <input id="m-text" type="search" value={text} onChange={(e) => setText(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="m-status">{t('plan.filterStatus')}</label>
          <select id="m-status" value={status} onChange={(e) => setStatus(e.target.value as MeasureStatus | 'NONE' | '')}>
            <option value="">{t('common.all')}</option>
            {STATUS_ORDER.map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
          </select>
        </div>
        <p className="hint" role="status">{t('plan.shown', { shown: rows.length, total: measures.length })}</p>
      </div>
      <div className="table-scroll">
        <table data-testid="measure-table">
          <thead>
            <tr>
              {header('number', t('plan.number'), 'num')}
              {header('title', t('plan.title'))}
              {header('status', t('common.status'))}
              {header('responsible', t('plan.responsible'))}
              {header('budget', t('plan.budget'), 'num')}
              <th scope="col">{t('plan.history')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((m) => {
              const named = m.responsibilities.filter((r) => !r.actor.isGenericRole);
              return (
                <tr key={m.id}>
                  <td className="num">{m.number}</td>
                  <th scope="row"><EntityLink id={m.id}>{m.title}</EntityLink></th>
                  <td>
                    <StatusBadge status={m.latestStatus?.status} />{m.latestStatus && <span className="muted small"> {m.latestStatus.asOf}</span>}
                    {token && recording !== m.id && (
                      <div><button type="button" className="link-button small" onClick={() => setRecording(m.id)} aria-label={`${t('edit.inlineStatus')}: ${m.number ?? ''} ${m.title}`}>{t('edit.inlineStatus')}</button></div>
                    )}
                    {token && recording === m.id && <InlineStatus measure={m.id} onClose={() => setRecording(null)} />}
                  </td>
                  <td>
                    {m.responsibilities.length === 0 && <span className="warn-tag">⚠ {t('plan.noOwner')}</span>}
                    {m.responsibilities.length > 0 && named.length === 0 && <span className="warn-tag">⚠ {t('plan.vagueOwner')}</span>}
                    <ul className="plain">
                      {m.responsibilities.map((r, i) => (
                        <li key={`${r.actor.id}-${r.role}-${i}`}>
                          <EntityLink id={r.actor.id}>{r.actor.name}</EntityLink> <span className="tag">{t(`role.${r.role}`)}</span>
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td className="num">
                    {m.budgets.map((b, i) => (
                      <div key={i}>{b.amountNok != null ? num(b.amountNok, { style: 'currency', currency: 'NOK', maximumFractionDigits: 0 }) : b.text}{b.year && <span className="muted small"> ({b.year})</span>}</div>
                    ))}
                  </td>
                  <td>
                    {m.statusHistory.length > 0 ? (
                      <details>
                        <summary>{t('plan.showHistory', { count: m.statusHistory.length })}</summary>
                        <ol className="plain history">
                          {m.statusHistory.map((s, i) => (
                            <li key={i}><span className="muted">{s.asOf}</span> <StatusBadge status={s.status} />{s.text && <p className="small" lang="nb">{s.text}</p>}</li>
                          ))}
                        </ol>
                      </details>
                    ) : <span className="muted">–</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
