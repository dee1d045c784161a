import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useI18n } from '../i18n';
import { EntityLink } from '../router';
import { InlineEdit } from '../edit/InlineEdit';
import { QueryState } from '../ui/QueryState';
import { Sources } from '../ui/Sources';
import { StatusBadge } from '../plans/StatusBadge';

const MeasurePageQuery = graphql(`
  query MeasurePage($id: ID!, $language: Language) {
    measure(id: $id) {
      id
      number
      title
      description
      achievement
      plan { id title shortTitle }
      budgets { amountNok text year }
      resultGoals { number text achievement }
      responsibilities { role note actor { id name isGenericRole } sources { ...CitationFields } }
      statusHistory { asOf status text sources { ...CitationFields } }
      refersTo { id number title }
      referredBy { id number title }
      indicators { id name category year value unit }
      themes { id name(language: $language) }
      targetGroups { id name }
      sources { ...CitationFields }
    }
  }
`);

/** A measure: its plan, who is responsible, its status history, budget, goals and sources. */
export function MeasurePage({ id }: { id: string }) {
  const { t, num, lang } = useI18n();
  const [result, reexecute] = useQuery({ query: MeasurePageQuery, variables: { id, language: lang === 'en' ? 'EN' : 'NB' } });
  return (
    <div className="page">
      <QueryState result={result} retry={() => reexecute({ requestPolicy: 'network-only' })} isEmpty={(d) => !d.measure}
        empty={<><h1 id="page-heading" tabIndex={-1}>{t('page.notFound')}</h1><p>{t('state.notFound', { id })}</p></>}>
        {(d) => {
          const m = d.measure!;
          return (
            <>
              <p className="eyebrow">{t('common.measure')} {m.number}{m.plan && <> · <EntityLink id={m.plan.id}>{m.plan.shortTitle ?? m.plan.title}</EntityLink></>}</p>
              <h1 id="page-heading" tabIndex={-1}>{m.title}</h1>
              {m.description && <p>{m.description}</p>}
              <div className="inline-edit-wrap"><InlineEdit kind="measure" id={m.id} fields={[
                { name: 'title', label: t('edit.fieldTitle'), value: m.title },
                { name: 'description', label: t('common.description'), value: m.description, long: true },
                { name: 'achievement', label: t('measure.achievement'), value: m.achievement, long: true },
              ]} /></div>
              {(m.themes.length > 0 || m.targetGroups.length > 0) && (
                <p className="small">
                  {m.themes.length > 0 && <>{t('common.themes')}: {m.themes.map((x) => x.name).join(', ')} </>}
                  {m.targetGroups.length > 0 && <>· {t('measure.targetGroups')}: {m.targetGroups.map((x) => x.name).join(', ')}</>}
                </p>
              )}
              <section aria-labelledby="m-resp">
                <h2 id="m-resp">{t('measure.responsible')}</h2>
                {m.responsibilities.length === 0 ? <p className="warn-tag">⚠ {t('plan.noOwner')}</p> : (
                  <ul>
                    {m.responsibilities.map((r, i) => (
                      <li key={`${r.actor.id}-${r.role}-${i}`}>
                        <EntityLink id={r.actor.id}>{r.actor.name}</EntityLink> <span className="tag">{t(`role.${r.role}`)}</span>
                        {r.actor.isGenericRole && <span className="warn-tag"> {t('plan.vagueOwner')}</span>}
                        {r.note && <span className="muted small"> – {r.note}</span>}
                      </li>
                    ))}
                  </ul>
                )}
              </section>
              <section aria-labelledby="m-status">
                <h2 id="m-status">{t('measure.statusHistory')}</h2>
                {m.statusHistory.length === 0 ? <p className="muted">{t('measure.noStatus')}</p> : (
                  <ol className="plain history">
                    {m.statusHistory.map((s, i) => (
                      <li key={i}>
                        <span className="muted">{s.asOf}</span> <StatusBadge status={s.status} />
                        {s.text && <p>{s.text}</p>}
                        <Sources citations={s.sources} heading={false} />
                      </li>
                    ))}
                  </ol>
                )}
              </section>
              {m.budgets.length > 0 && (
                <section aria-labelledby="m-budget"><h2 id="m-budget">{t('measure.budgets')}</h2>
                  <ul>{m.budgets.map((b, i) => <li key={i}>{b.amountNok != null && <strong>{num(b.amountNok, { style: 'currency', currency: 'NOK', maximumFractionDigits: 0 })} </strong>}{b.text}{b.year && <span className="muted"> ({b.year})</span>}</li>)}</ul>
                </section>
              )}
              {m.resultGoals.length > 0 && (
                <section aria-labelledby="m-goals"><h2 id="m-goals">{t('measure.resultGoals')}</h2>
                  <ol>{m.resultGoals.map((g, i) => <li key={i}>{g.text}{g.achievement && <p className="small"><strong>{t('measure.achievement')}:</strong> {g.achievement}</p>}</li>)}</ol>
                </section>
              )}
              {m.achievement && <p><strong>{t('measure.achievement')}:</strong> {m.achievement}</p>}
              {(m.refersTo.length > 0 || m.referredBy.length > 0) && (
                <p>
                  {m.refersTo.length > 0 && <>{t('measure.refersTo')}: {m.refersTo.map((x, i) => <span key={x.id}>{i > 0 && ', '}<EntityLink id={x.id}>{x.number ?? x.title}</EntityLink></span>)} </>}
                  {m.referredBy.length > 0 && <>{t('measure.referredBy')}: {m.referredBy.map((x, i) => <span key={x.id}>{i > 0 && ', '}<EntityLink id={x.id}>{x.number ?? x.title}</EntityLink></span>)}</>}
                </p>
              )}
              {m.indicators.length > 0 && (
                <section aria-labelledby="m-ind"><h2 id="m-ind">{t('measure.indicators')}</h2>
                  <ul>{m.indicators.map((x) => <li key={x.id}>{x.name}{x.category && ` (${x.category})`}{x.year && `, ${x.year}`}: {num(x.value)} {x.unit}</li>)}</ul>
                </section>
              )}
              <Sources citations={m.sources} />
            </>
          );
        }}
      </QueryState>
    </div>
  );
}
