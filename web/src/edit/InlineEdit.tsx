import '../rounds/rounds.css';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { useI18n } from '../i18n';
import { useToken } from '../auth';
import { fieldErrorsOf } from './fieldErrors';

const UpdateActorInline = graphql(`
  mutation InlineUpdateActor($id: ID!, $input: UpdateActorInput!) { updateActor(id: $id, input: $input) { id name shortName description } }
`);
const UpdateNetworkInline = graphql(`
  mutation InlineUpdateNetwork($id: ID!, $input: UpdateNetworkInput!) { updateNetwork(id: $id, input: $input) { id name mandate meetingFrequency established ended } }
`);
const UpdatePlanInline = graphql(`
  mutation InlineUpdatePlan($id: ID!, $input: UpdatePlanInput!) { updatePlan(id: $id, input: $input) { id title periodStart periodEnd } }
`);
const UpdateMeasureInline = graphql(`
  mutation InlineUpdateMeasure($id: ID!, $input: UpdateMeasureInput!) { updateMeasure(id: $id, input: $input) { id title description achievement } }
`);

export type EditableKind = 'actor' | 'network' | 'plan' | 'measure';
export interface InlineField { name: string; label: string; value: string | null | undefined; long?: boolean; hint?: string }

/**
 * "Edit where you read": an Edit button on an entity's page (editors only) that opens its main
 * fields in place. Only changed fields are sent; the API's message for a field shows at the field
 * and goes away as soon as the field is changed.
 */
export function InlineEdit({ kind, id, fields, onSaved }: { kind: EditableKind; id: string; fields: InlineField[]; onSaved?: () => void }) {
  const { t } = useI18n();
  const token = useToken();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [, updateActor] = useMutation(UpdateActorInline);
  const [, updateNetwork] = useMutation(UpdateNetworkInline);
  const [, updatePlan] = useMutation(UpdatePlanInline);
  const [, updateMeasure] = useMutation(UpdateMeasureInline);
  if (!token) return null;

  const start = () => {
    setValues(Object.fromEntries(fields.map((f) => [f.name, f.value ?? ''])));
    setErrors({}); setGeneral(null); setSaved(false); setOpen(true);
  };
  const set = (name: string, v: string) => {
    setValues((all) => ({ ...all, [name]: v }));
    setErrors(({ [name]: _, ...rest }) => rest);
    setSaved(false);
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    // Unchanged fields are left out; a cleared optional field is sent as null.
    const input: Record<string, string | null> = {};
    for (const f of fields) {
      const v = values[f.name]?.trim() ?? '';
      if (v !== (f.value ?? '')) input[f.name] = v === '' ? null : v;
    }
    if (!Object.keys(input).length) { setOpen(false); return; }
    const ctx = { additionalTypenames: ['Actor', 'Network', 'ActionPlan', 'Measure'] };
    const r = kind === 'actor' ? await updateActor({ id, input }, ctx)
      : kind === 'network' ? await updateNetwork({ id, input }, ctx)
        : kind === 'plan' ? await updatePlan({ id, input }, ctx)
          : await updateMeasure({ id, input }, ctx);
    if (r.error) {
      const fe = fieldErrorsOf(r.error.graphQLErrors);
      setErrors(fe.fields);
      setGeneral(fe.general.join(' ') || (Object.keys(fe.fields).length ? null : r.error.message));
      return;
    }
    setSaved(true);
    setOpen(false);
    onSaved?.();
  };

  if (!open) {
    return (
      <>
        <button type="button" className="button secondary" onClick={start} data-testid={`edit-${kind}`}>{t('edit.button')}</button>
        {saved && <span role="status" className="success"> {t('common.saved')}</span>}
      </>
    );
  }
  return (
    <form className="inline-edit" onSubmit={submit} noValidate aria-label={t('edit.button')}>
      {fields.map((f) => {
        const fid = `inline-${kind}-${f.name}`;
        const err = errors[f.name];
        const common = { id: fid, value: values[f.name] ?? '', 'aria-invalid': err ? true : undefined, 'aria-describedby': err ? `${fid}-err` : undefined };
        return (
          <div className="field" key={f.name}>
            <label htmlFor={fid}>{f.label}</label>
            {f.long ? <textarea rows={4} {...common} onChange={(e) => set(f.name, e.target.value)} /> : <input type="text" {...common} onChange={(e) => set(f.name, e.target.value)} />}
            {f.hint && <p className="hint">{f.hint}</p>}
            {err && <p id={`${fid}-err`} className="field-error">{err}</p>}
          </div>
        );
      })}
      {general && <p role="alert" className="error-box">{general}</p>}
      <div className="actions">
        <button type="submit">{t('common.save')}</button>
        <button type="button" className="button secondary" onClick={() => setOpen(false)}>{t('common.close')}</button>
      </div>
    </form>
  );
}
