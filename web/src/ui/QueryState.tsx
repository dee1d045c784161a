import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { useI18n } from '../i18n';
import { getToken, setToken } from '../auth';

/** The loading, error and empty states every query renders, so no page is ever blank. */
export function QueryState<T>(props: {
  result: { fetching: boolean; error?: CombinedError; data?: T };
  retry: () => void;
  /** True when the data is there but holds nothing to show. */
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  children: (data: T) => ReactNode;
}) {
  const { t } = useI18n();
  const { fetching, error, data } = props.result;
  if (error && !data) return <ErrorBox error={error} retry={props.retry} />;
  if (!data) return fetching ? <Loading /> : <ErrorBox retry={props.retry} />;
  // A partial result that is empty because of an error is an error, not "nothing found".
  if (props.isEmpty?.(data)) return error ? <ErrorBox error={error} retry={props.retry} /> : <div className="empty">{props.empty ?? t('state.empty')}</div>;
  return (
    <>
      {error && <ErrorBox error={error} retry={props.retry} />}
      {props.children(data)}
    </>
  );
}

export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  return <p role="status" className="loading"><span className="spinner" aria-hidden="true" />{label ?? t('state.loading')}</p>;
}

/** A clear message and a retry button; distinguishes "server unreachable" from errors it reported. */
export function ErrorBox({ error, retry }: { error?: CombinedError; retry: () => void }) {
  const { t, lang } = useI18n();
  const status: number | undefined = error?.response?.status;
  const unauthenticated = status === 401 || !!error?.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
  const down = !unauthenticated && (!error || (!!error.networkError && !error.graphQLErrors.length) || (status ?? 0) >= 500);
  const messages = error?.graphQLErrors.map((e) => e.message) ?? [];
  return (
    <div role="alert" className="error-box">
      <p><strong>{unauthenticated ? t('auth.invalid') : down ? t('state.errorDown') : t('state.error')}</strong></p>
      {/* The server's messages are in English: said so, and marked for screen readers, in the Norwegian UI. */}
      {messages.length > 0 && lang !== 'en' && <p className="small">{t('state.serverSays')}</p>}
      {messages.length > 0 && <ul lang="en">{[...new Set(messages)].map((m) => <li key={m}>{m}</li>)}</ul>}
      <div className="actions">
        <button type="button" onClick={retry}>{t('state.retry')}</button>
        {unauthenticated && getToken() && <button type="button" onClick={() => { setToken(null); retry(); }}>{t('auth.signOut')}</button>}
      </div>
    </div>
  );
}
