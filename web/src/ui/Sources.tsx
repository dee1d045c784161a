import { graphql, type FragmentType, getFragmentData } from '../gql';
import { useI18n } from '../i18n';

export const CitationFields = graphql(`
  fragment CitationFields on Citation {
    quote
    locator
    source { id file title date }
  }
`);

/** A fact's sources: each quote with the document (title, date, file) and where in it. */
export function Sources(props: { citations: readonly FragmentType<typeof CitationFields>[]; heading?: boolean; headingLevel?: 2 | 3 | 4 }) {
  const { t } = useI18n();
  const citations = getFragmentData(CitationFields, props.citations);
  const H = `h${props.headingLevel ?? 2}` as 'h2';
  return (
    <section className="sources">
      {props.heading !== false && <H>{t('common.sources')}</H>}
      {citations.length === 0 ? <p className="muted">{t('common.noSources')}</p> : (
        <ul>
          {citations.map((c, i) => (
            <li key={`${c.source.id}-${i}`}>
              <blockquote lang="nb">«{c.quote}»</blockquote>
              <p className="cite">
                <cite>{c.source.title}</cite>
                {c.source.date && <> ({c.source.date})</>}
                {c.locator && <>, {c.locator}</>}
                <span className="muted"> · {c.source.file}</span>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
