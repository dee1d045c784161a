import { useId, useState, type FormEvent } from 'react';
import type { CombinedError } from 'urql';
import type { SearchKind } from '../gql/graphql';
import { useI18n } from '../i18n';
import { SearchBox } from '../ui/SearchBox';
import { fieldErrorsOf, type FieldErrors } from './fieldErrors';

/** One form field: text, long text, a choice, or an entity picked through search. */
export interface FieldSpec {
  name: string;
  label: string;
  type: 'text' | 'textarea' | 'select' | 'pick';
  required?: boolean;
  options?: { value: string; label: string }[];
  searchKinds?: SearchKind[];
  hint?: string;
}

export type FormValues = Record<string, string>;

/**
 * A form for one mutation. Checks required fields before sending; shows the API's validation
 * messages next to the field they are about (aria-invalid + aria-describedby) and any other error
 * above the button.
 */
export function MutationForm(props: {
  title: string;
  fields: FieldSpec[];
  submit: (values: FormValues) => Promise<{ error?: CombinedError; savedName?: string | null }>;
}) {
  const { t } = useI18n();
  const uid = useId();
  const [values, setValues] = useState<FormValues>({});
  const [errors, setErrors] = useState<FieldErrors>({ fields: {}, general: [] });
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);
  // A field's message goes as soon as the field is changed (the next submit checks it again).
  const set = (name: string, value: string) => {
    setValues((v) => ({ ...v, [name]: value }));
    setErrors((e) => {
      if (!(name in e.fields)) return e;
      const { [name]: _, ...rest } = e.fields;
      return { ...e, fields: rest };
    });
  };

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    const missing: Record<string, string> = {};
    for (const f of props.fields) if (f.required && !values[f.name]?.trim()) missing[f.name] = t('edit.required');
    if (Object.keys(missing).length) { setErrors({ fields: missing, general: [] }); return; }
    setSaving(true);
    try {
      const r = await props.submit(values);
      if (r.error) {
        const fe = r.error.graphQLErrors.length ? fieldErrorsOf(r.error.graphQLErrors) : { fields: {}, general: [r.error.message] };
        setErrors(fe);
      } else {
        setErrors({ fields: {}, general: [] });
        setSaved(t('edit.created', { name: r.savedName ?? '' }));
        setValues({});
        setFormKey((k) => k + 1);
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="edit-form" aria-labelledby={`${uid}-h`}>
      <h2 id={`${uid}-h`}>{props.title}</h2>
      <form key={formKey} onSubmit={onSubmit} noValidate>
        {props.fields.map((f) => {
          const id = `${uid}-${f.name}`;
          const err = errors.fields[f.name];
          const errId = `${id}-err`;
          const common = { id, 'aria-invalid': err ? true : undefined, 'aria-describedby': err ? errId : undefined, required: f.required };
          return (
            <div className="field" key={f.name}>
              {f.type !== 'pick' && <label htmlFor={id}>{f.label}{f.required && <span aria-hidden="true"> *</span>}</label>}
              {f.type === 'text' && <input type="text" {...common} value={values[f.name] ?? ''} onChange={(e) => set(f.name, e.target.value)} />}
              {f.type === 'textarea' && <textarea {...common} rows={3} value={values[f.name] ?? ''} onChange={(e) => set(f.name, e.target.value)} />}
              {f.type === 'select' && (
                <select {...common} value={values[f.name] ?? ''} onChange={(e) => set(f.name, e.target.value)}>
                  <option value="">{f.required ? t('edit.choose') : t('edit.keep')}</option>
                  {f.options?.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
                </select>
              )}
              {f.type === 'pick' && (
                <SearchBox id={id} label={`${f.label}${f.required ? ' *' : ''}`} kinds={f.searchKinds} keepText required={f.required}
                  invalid={!!err} describedBy={err ? errId : undefined} onPick={(h) => set(f.name, h.id)} />
              )}
              {f.hint && <p className="hint">{f.hint}</p>}
              {err && <p id={errId} className="field-error">{err}</p>}
            </div>
          );
        })}
        {errors.general.length > 0 && (
          <div role="alert" className="error-box">
            {errors.general.map((m) => <p key={m}>{t('edit.failed', { message: m })}</p>)}
          </div>
        )}
        {Object.keys(errors.fields).length > 0 && errors.general.length === 0 && <p role="alert" className="sr-only">{Object.values(errors.fields).join(' ')}</p>}
        <button type="submit" disabled={saving}>{saving ? t('common.saving') : t('common.save')}</button>
        {saved && <p role="status" className="success">{saved}</p>}
      </form>
    </section>
  );
}
