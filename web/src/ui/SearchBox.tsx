import { useEffect, useId, useRef, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { SearchKind } from '../gql/graphql';
import { useI18n } from '../i18n';

const SearchQuery = graphql(`
  query Search($text: String!, $kinds: [SearchKind!], $first: Int) {
    search(text: $text, kinds: $kinds, first: $first) {
      kind
      label
      score
      node { __typename id ... on Measure { number plan { id title shortTitle } } }
    }
  }
`);

/** A chosen search hit. */
export interface Hit { id: string; kind: SearchKind; label: string; context?: string }

/**
 * Autocomplete on the API's ranked search (accent- and case-insensitive, finds aliases), as an
 * ARIA 1.2 combobox: arrow keys move through the hits, Enter picks, Escape closes.
 */
export function SearchBox(props: {
  label: string;
  onPick: (hit: Hit) => void;
  kinds?: SearchKind[];
  placeholder?: string;
  /** Text to show initially (e.g. the name of an already chosen actor). */
  initialText?: string;
  /** Keep the picked label in the field (pickers) instead of clearing it (the map's search). */
  keepText?: boolean;
  id?: string;
  required?: boolean;
  invalid?: boolean;
  describedBy?: string;
}) {
  const { t } = useI18n();
  const autoId = useId();
  const inputId = props.id ?? `${autoId}-input`;
  const listId = `${autoId}-list`;
  const [text, setText] = useState(props.initialText ?? '');
  const [debounced, setDebounced] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const blurTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => { if (props.initialText !== undefined) setText(props.initialText); }, [props.initialText]);
  useEffect(() => {
    const h = setTimeout(() => setDebounced(text.trim()), 180);
    return () => clearTimeout(h);
  }, [text]);

  const [{ data, fetching, error }] = useQuery({
    query: SearchQuery,
    variables: { text: debounced, kinds: props.kinds, first: 10 },
    pause: debounced.length < 2,
  });
  const hits: Hit[] = debounced.length < 2 ? [] : (data?.search ?? []).map((h) => ({
    id: h.node.id, kind: h.kind, label: h.label,
    // A measure says which plan it belongs to: many plans have a "tiltak 4".
    context: h.node.__typename === 'Measure' && h.node.plan ? `${h.node.number ? `${h.node.number} · ` : ''}${h.node.plan.shortTitle ?? h.node.plan.title}` : undefined,
  }));
  const showList = open && debounced.length >= 2 && !fetching;

  const pick = (hit: Hit) => {
    props.onPick(hit);
    setText(props.keepText ? hit.label : '');
    setOpen(false);
    setActive(-1);
  };

  return (
    <div className="searchbox">
      <label htmlFor={inputId}>{props.label}</label>
      <input
        id={inputId}
        type="search"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={showList && active >= 0 ? `${listId}-${active}` : undefined}
        aria-invalid={props.invalid || undefined}
        aria-describedby={props.describedBy}
        required={props.required}
        placeholder={props.placeholder}
        value={text}
        onChange={(e) => { setText(e.target.value); setOpen(true); setActive(-1); }}
        onFocus={() => setOpen(true)}
        onBlur={() => { blurTimer.current = setTimeout(() => setOpen(false), 150); }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') { e.preventDefault(); setOpen(true); setActive((a) => Math.min(a + 1, hits.length - 1)); }
          else if (e.key === 'ArrowUp') { e.preventDefault(); setActive((a) => Math.max(a - 1, 0)); }
          else if (e.key === 'Enter' && showList && hits.length > 0) { e.preventDefault(); pick(hits[Math.max(active, 0)]); }
          else if (e.key === 'Escape') { setOpen(false); setActive(-1); }
        }}
      />
      <ul id={listId} role="listbox" aria-label={props.label} className="searchbox-list" hidden={!showList}>
        {showList && hits.map((h, i) => (
          <li
            key={`${h.id}-${i}`}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'active' : undefined}
            onMouseDown={(e) => { e.preventDefault(); clearTimeout(blurTimer.current); pick(h); }}
          >
            <span>{h.label}</span> <span className="tag">{t(`searchkind.${h.kind}`)}</span>{h.context && <span className="hit-context"> {h.context}</span>}
          </li>
        ))}
        {showList && hits.length === 0 && <li role="option" aria-selected={false} aria-disabled="true" className="muted">{error ? t('state.error') : t('search.noHits')}</li>}
      </ul>
      <span className="sr-only" role="status" aria-live="polite">{showList ? (hits.length ? t('search.hits', { count: hits.length }) : t('search.noHits')) : ''}</span>
    </div>
  );
}
