import type { MeasureStatus } from '../gql/graphql';
import { useI18n } from '../i18n';

/** The Moss report's traffic lights, each with a symbol and its name so colour is never the only cue. */
export const STATUS_ORDER: readonly (MeasureStatus | 'NONE')[] = ['DONE', 'IN_PROGRESS', 'PARTLY_DONE', 'NOT_DONE', 'UNCLEAR', 'CANCELLED', 'NONE'];
const SYMBOL: Record<MeasureStatus | 'NONE', string> = {
  DONE: '✓', IN_PROGRESS: '▶', PARTLY_DONE: '◐', NOT_DONE: '✕', UNCLEAR: '?', CANCELLED: '–', NONE: '○',
};

export function StatusBadge({ status }: { status: MeasureStatus | null | undefined }) {
  const { t } = useI18n();
  const s = status ?? 'NONE';
  return (
    <span className={`status status-${s.toLowerCase()}`}>
      <span aria-hidden="true" className="status-symbol">{SYMBOL[s]}</span> {t(`status.${s}`)}
    </span>
  );
}
