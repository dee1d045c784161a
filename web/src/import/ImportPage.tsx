import { useEffect, useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import type { ImportDecision, ImportPreviewQuery } from '../gql/graphql';
import { useI18n } from '../i18n';
import { getToken, useToken } from '../auth';
import { entityPath, Link, navigate, useLocation } from '../router';

const PreviewQuery = graphql(`
  query ImportPreview($id: ID!, $decisions: [ImportDecision!]) {
    importPreview(id: $id, decisions: $decisions) {
      id fileName format target targetExists canApply fingerprint appliedBatch
      sheets { name kind rows }
      counts { create update unchanged errors warnings newActors }
      problems { severity sheet row column cell value message }
      names { name match genericRole actorId isNew decided occurrences proposed { id name score } alternatives { id name score } }
      rows { sheet row kind key label action changes { field before after } }
    }
  }
`);
const ImportsQuery = graphql(`
  query Imports { imports(first: 20) { id fileName importedBy at target created updated unchanged undoneAt undoneBy } }
`);
const ApplyImport = graphql(`
  mutation ApplyImport($id: ID!, $decisions: [ImportDecision!], $fingerprint: String) {
    applyImport(id: $id, decisions: $decisions, fingerprint: $fingerprint) { id target created updated }
  }
`);
const UndoImport = graphql(`
  mutation UndoImport($batch: ID!) { undoImport(batch: $batch) { id undoneAt } }
`);

type Preview = ImportPreviewQuery['importPreview'];
type Name = Preview['names'][number];

/** Uploads with XMLHttpRequest for its upload progress events (fetch has none). */
function uploadFile(file: File, plan: string, onProgress: (share: number) => void): Promise<{ id: string }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const q = new URLSearchParams({ name: file.name });
    if (plan.trim()) q.set('plan', plan.trim());
    xhr.open('POST', `/import?${q}`);
    const token = getToken();
    if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (e) => { if (e.lengthComputable) onProgress(e.loaded / e.total); };
    xhr.onload = () => {
      let body: { id?: string; errors?: { message: string }[] } = {};
      try { body = JSON.parse(xhr.responseText); } catch { /* not JSON */ }
      if (xhr.status === 201 && body.id) resolve({ id: body.id });
      else reject(new Error(body.errors?.[0]?.message ?? `HTTP ${xhr.status}`));
    };
    xhr.onerror = () => reject(new Error('network error'));
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

function Upload({ onUploaded }: { onUploaded: (id: string) => void }) {
  const { t } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [plan, setPlan] = useState('');
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  return (
    <section aria-labelledby="upload-h" className="import-upload">
      <h2 id="upload-h">{t('import.upload')}</h2>
      <p>{t('import.uploadHelp')} <a href="/export/template.xlsx" download>{t('import.template')}</a></p>
      <form onSubmit={async (e) => {
        e.preventDefault();
        if (!file) return;
        setError(null);
        setProgress(0);
        try {
          const { id } = await uploadFile(file, plan, setProgress);
          onUploaded(id);
        } catch (err) {
          setError((err as Error).message);
        } finally {
          setProgress(null);
        }
      }}>
        <div className="field">
          <label htmlFor="import-file">{t('import.file')}</label>
          <input id="import-file" type="file" accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </div>
        <div className="field">
          <label htmlFor="import-plan">{t('import.plan')}</label>
          <input id="import-plan" type="text" placeholder="plan:min-kommune-2025" value={plan} onChange={(e) => setPlan(e.target.value)} aria-describedby="import-plan-hint" />
          <p id="import-plan-hint" className="hint">{t('import.planHint')}</p>
        </div>
        <button type="submit" disabled={!file || progress !== null}>{t('import.send')}</button>
        {progress !== null && <progress max={1} value={progress} aria-label={t('import.progress')}>{Math.round(progress * 100)} %</progress>}
        {error && <p role="alert" className="error">{t('import.uploadFailed', { message: error })}</p>}
      </form>
    </section>
  );
}

const ACTION_CLASS = { CREATE: 'create', UPDATE: 'update', UNCHANGED: 'unchanged' } as const;

/** The choice for one name: the proposed actor, an alternative, or a new actor. */
function NamePicker({ n, onPick }: { n: Name; onPick: (d: ImportDecision) => void }) {
  const { t } = useI18n();
  const options = [...(n.proposed ? [n.proposed] : []), ...n.alternatives];
  const value = n.isNew ? '__new' : n.actorId;
  return (
    <select aria-label={t('import.matchFor', { name: n.name })} value={value}
      onChange={(e) => onPick(e.target.value === '__new' ? { name: n.name, newActor: true } : { name: n.name, actor: e.target.value })}>
      {options.map((o) => <option key={o.id} value={o.id}>{o.name} ({Math.round(o.score * 100)} %)</option>)}
      <option value="__new">{t('import.newActor')}</option>
    </select>
  );
}

function PreviewView({ id }: { id: string }) {
  const { t } = useI18n();
  const [decisions, setDecisions] = useState<ImportDecision[]>([]);
  const [{ data, fetching, error }, refetch] = useQuery({ query: PreviewQuery, variables: { id, decisions }, requestPolicy: 'network-only' });
  const [applied, apply] = useMutation(ApplyImport);
  const p = data?.importPreview;
  const pick = (d: ImportDecision) => setDecisions((list) => [...list.filter((x) => x.name !== d.name), d]);
  const changed = useMemo(() => p?.rows.filter((r) => r.action !== 'UNCHANGED') ?? [], [p]);
  const [showAll, setShowAll] = useState(false);
  if (error) return <p role="alert" className="error">{error.message}</p>;
  if (!p) return <p aria-busy="true">{fetching ? t('import.checking') : ''}</p>;
  const errors = p.problems.filter((x) => x.severity === 'ERROR');
  const warnings = p.problems.filter((x) => x.severity === 'WARNING');
  const rows = showAll ? p.rows : changed;
  const done = applied.data?.applyImport;
  const planPath = p.target ? entityPath(p.target) : null;
  return (
    <section aria-labelledby="preview-h" className="import-preview">
      <h2 id="preview-h">{t('import.preview', { file: p.fileName })}</h2>
      <p className="import-summary">
        {p.target && <>{t(p.targetExists ? 'import.intoExisting' : 'import.intoNew', { plan: p.target })} </>}
        <strong>{t('import.counts', { create: p.counts.create, update: p.counts.update, unchanged: p.counts.unchanged })}</strong>{' '}
        {t('import.problemCounts', { errors: p.counts.errors, warnings: p.counts.warnings, newActors: p.counts.newActors })}
      </p>
      {errors.length > 0 && <ProblemTable title={t('import.errors')} problems={errors} kind="error" />}
      {warnings.length > 0 && <ProblemTable title={t('import.warnings')} problems={warnings} kind="warning" />}
      {p.names.length > 0 && (
        <>
          <h3>{t('import.names')}</h3>
          <div className="table-wrap">
            <table className="import-names">
              <thead><tr><th>{t('import.name')}</th><th>{t('import.match')}</th><th>{t('import.actor')}</th><th>{t('import.where')}</th></tr></thead>
              <tbody>
                {p.names.map((n) => (
                  <tr key={n.name} className={n.isNew ? 'is-new' : n.match === 'FUZZY' ? 'is-fuzzy' : undefined}>
                    <th scope="row">{n.name}{n.genericRole && <span className="badge">{t('import.genericRole')}</span>}</th>
                    <td>{t(`import.match.${n.match}`)}{n.proposed && n.match === 'FUZZY' ? ` (${Math.round(n.proposed.score * 100)} %)` : ''}</td>
                    <td><NamePicker n={n} onPick={pick} /></td>
                    <td className="muted">{n.occurrences.slice(0, 4).join(', ')}{n.occurrences.length > 4 ? ` +${n.occurrences.length - 4}` : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <h3>{t('import.rows')}</h3>
      <label className="inline"><input type="checkbox" checked={showAll} onChange={(e) => setShowAll(e.target.checked)} /> {t('import.showUnchanged')}</label>
      <div className="table-wrap">
        <table className="import-rows">
          <thead><tr><th>{t('import.cell')}</th><th>{t('import.record')}</th><th>{t('import.action')}</th><th>{t('import.changes')}</th></tr></thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.sheet}-${r.row}-${r.kind}-${r.key}`}>
                <td>{r.sheet} {r.row}</td>
                <td><span className="muted">{r.kind} {r.key}</span> {r.label}</td>
                <td><span className={`action ${ACTION_CLASS[r.action]}`}>{t(`import.action.${r.action}`)}</span></td>
                <td>
                  {r.changes.length > 0 && (
                    <ul className="changes">
                      {r.changes.map((c, i) => (
                        <li key={i}><span className="muted">{c.field}:</span> {c.before !== null && <del>{c.before}</del>} {c.after !== null && <ins>{c.after}</ins>}</li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
            {rows.length === 0 && <tr><td colSpan={4}>{t('import.nothingChanges')}</td></tr>}
          </tbody>
        </table>
      </div>
      <div className="import-apply">
        {done ? (
          <p role="status" className="ok">
            {t('import.applied', { batch: done.id })} {planPath && <Link to={planPath}>{t('import.openPlan')}</Link>}
          </p>
        ) : (
          <button type="button" disabled={!p.canApply || applied.fetching}
            onClick={async () => {
              const r = await apply({ id, decisions, fingerprint: p.fingerprint });
              if (r.error) refetch();
            }}>{t('import.apply')}</button>
        )}
        {!p.canApply && !done && <p className="hint">{p.appliedBatch ? t('import.alreadyApplied') : t('import.fixErrors')}</p>}
        {applied.error && <p role="alert" className="error">{applied.error.graphQLErrors[0]?.message ?? applied.error.message}</p>}
      </div>
    </section>
  );
}

function ProblemTable({ title, problems, kind }: { title: string; problems: Preview['problems']; kind: 'error' | 'warning' }) {
  const { t } = useI18n();
  return (
    <>
      <h3>{title}</h3>
      <div className="table-wrap">
        <table className={`import-problems ${kind}`}>
          <thead><tr><th>{t('import.cell')}</th><th>{t('import.column')}</th><th>{t('import.value')}</th><th>{t('import.problem')}</th></tr></thead>
          <tbody>
            {problems.map((x, i) => (
              <tr key={i}>
                <td>{x.sheet}{x.cell ? `!${x.cell}` : x.row ? ` ${x.row}` : ''}</td>
                <td>{x.column ?? ''}</td>
                <td>{x.value ?? ''}</td>
                <td>{x.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function History({ refreshKey }: { refreshKey: string }) {
  const { t } = useI18n();
  const [{ data, error }, refetch] = useQuery({ query: ImportsQuery, requestPolicy: 'network-only' });
  const [undo, runUndo] = useMutation(UndoImport);
  useEffect(() => { refetch({ requestPolicy: 'network-only' }); }, [refreshKey, refetch]);
  if (error) return <p role="alert" className="error">{error.message}</p>;
  const list = data?.imports ?? [];
  return (
    <section aria-labelledby="history-h">
      <h2 id="history-h">{t('import.history')}</h2>
      {list.length === 0 ? <p>{t('import.noHistory')}</p> : (
        <div className="table-wrap">
          <table className="import-history">
            <thead><tr><th>{t('import.when')}</th><th>{t('import.file')}</th><th>{t('import.plan')}</th><th>{t('import.by')}</th><th>{t('import.result')}</th><th><span className="sr-only">{t('import.undo')}</span></th></tr></thead>
            <tbody>
              {list.map((b) => (
                <tr key={b.id}>
                  <td>{b.at.slice(0, 16).replace('T', ' ')}</td>
                  <td>{b.fileName}</td>
                  <td>{b.target ? <Link to={entityPath(b.target) ?? '/'}>{b.target}</Link> : ''}</td>
                  <td>{b.importedBy}</td>
                  <td>{t('import.counts', { create: b.created, update: b.updated, unchanged: b.unchanged })}</td>
                  <td>
                    {b.undoneAt ? <span className="muted">{t('import.undone', { when: b.undoneAt.slice(0, 16).replace('T', ' ') })}</span> : (
                      <button type="button" disabled={undo.fetching} onClick={async () => { await runUndo({ batch: b.id }); refetch({ requestPolicy: 'network-only' }); }}>
                        {t('import.undo')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {undo.error && <p role="alert" className="error">{undo.error.graphQLErrors[0]?.message ?? undo.error.message}</p>}
    </section>
  );
}

/** Import a plan, a status round, networks or actors from a spreadsheet: upload, preview, apply, undo. */
export function ImportPage() {
  const { t } = useI18n();
  const token = useToken();
  const { search } = useLocation();
  const previewId = new URLSearchParams(search).get('preview');
  return (
    <div className="page import-page">
      <h1 id="page-heading" tabIndex={-1}>{t('import.heading')}</h1>
      <p>{t('import.intro')}</p>
      {!token ? (
        <p>{t('import.signIn')} <Link to="/edit">{t('nav.edit')}</Link></p>
      ) : (
        <>
          <Upload onUploaded={(id) => navigate(`/import?preview=${encodeURIComponent(id)}`)} />
          {previewId && <PreviewView key={previewId} id={previewId} />}
          <History refreshKey={search} />
        </>
      )}
    </div>
  );
}
