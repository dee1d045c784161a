/**
 * The words a planner writes, in bokmål or English, and what they mean to Samkart: column
 * headers per record kind, status words, responsibility and membership roles, generic roles.
 * Everything is compared folded (lower case, æ→ae, ø→o, å→a, accents and punctuation dropped).
 */
import { fold } from '../text.js';

/** Folded and stripped of punctuation, for comparing headers and words. */
export function key(s: string): string {
  return fold(s).replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim();
}

export type MeasureField = 'number' | 'title' | 'description' | 'responsible' | 'period' | 'budget' | 'theme'
  | 'targetGroup' | 'status' | 'statusDate' | 'statusText';
export type MemberField = 'network' | 'actor' | 'role' | 'since' | 'until' | 'note';
export type ActorField = 'name' | 'shortName' | 'aliases' | 'kind' | 'level' | 'parent' | 'id';
export type PlanField = 'id' | 'title' | 'shortTitle' | 'level' | 'periodStart' | 'periodEnd' | 'owners';

/** Header variants per field; the first is what the export and the templates write. */
export const MEASURE_HEADERS: Record<MeasureField, string[]> = {
  number: ['Nr', 'Nummer', 'Tiltaksnummer', 'Tiltak nr', 'Number', 'No', 'Measure number', '#'],
  title: ['Tiltak', 'Tittel', 'Tiltaksbeskrivelse kort', 'Measure', 'Title', 'Action'],
  description: ['Beskrivelse', 'Utdyping', 'Description', 'Details'],
  responsible: ['Ansvar', 'Ansvarlig', 'Ansvarlige', 'Ansvarlig utfører', 'Responsible', 'Responsibility', 'Owner', 'Owners'],
  period: ['Frist', 'Tidsramme', 'Gjennomføring', 'Tidsperiode', 'Periode', 'Tidspunkt', 'Period', 'Deadline', 'Timeframe', 'When'],
  budget: ['Budsjett', 'Kostnad', 'Økonomi', 'Ressurser', 'Budget', 'Cost'],
  theme: ['Tema', 'Temaer', 'Theme', 'Themes'],
  targetGroup: ['Målgruppe', 'Målgrupper', 'Target group', 'Target groups', 'Audience'],
  status: ['Status', 'Status pr', 'Statusvurdering', 'State'],
  statusDate: ['Statusdato', 'Status dato', 'Dato', 'Status date', 'As of', 'Date'],
  statusText: ['Kommentar', 'Statuskommentar', 'Status kommentar', 'Merknad', 'Statustekst', 'Comment', 'Status comment', 'Status text', 'Notes'],
};
export const MEMBER_HEADERS: Record<MemberField, string[]> = {
  network: ['Nettverk', 'Nettverksnavn', 'Network'],
  actor: ['Aktør', 'Medlem', 'Virksomhet', 'Organisasjon', 'Actor', 'Member', 'Organisation', 'Organization'],
  role: ['Rolle', 'Role'],
  since: ['Fra', 'Siden', 'Medlem fra', 'Since', 'From'],
  until: ['Til', 'Til og med', 'Medlem til', 'Until', 'To'],
  note: ['Merknad', 'Kommentar', 'Note', 'Comment'],
};
export const ACTOR_HEADERS: Record<ActorField, string[]> = {
  name: ['Navn', 'Aktør', 'Name', 'Actor'],
  shortName: ['Kortnavn', 'Forkortelse', 'Short name', 'Abbreviation'],
  aliases: ['Andre navn', 'Alias', 'Aliaser', 'Skrivemåter', 'Aliases', 'Other names'],
  kind: ['Type', 'Art', 'Kind'],
  level: ['Nivå', 'Forvaltningsnivå', 'Level'],
  parent: ['Del av', 'Overordnet', 'Tilhører', 'Part of', 'Parent'],
  id: ['Id', 'ID'],
};
export const PLAN_HEADERS: Record<PlanField, string[]> = {
  id: ['Id', 'Plan-id', 'Plan id'],
  title: ['Tittel', 'Plan', 'Navn', 'Title', 'Name'],
  shortTitle: ['Kort tittel', 'Korttittel', 'Kortnavn', 'Short title'],
  level: ['Nivå', 'Level'],
  periodStart: ['Periode fra', 'Fra', 'Start', 'Period start', 'From'],
  periodEnd: ['Periode til', 'Til', 'Slutt', 'Period end', 'To'],
  owners: ['Eier', 'Eiere', 'Vedtatt av', 'Owner', 'Owners'],
};

/** The field a header names, or undefined. */
export function fieldOf<F extends string>(headers: Record<F, string[]>, header: string): F | undefined {
  const k = key(header);
  if (!k) return undefined;
  for (const [field, variants] of Object.entries(headers) as [F, string[]][]) if (variants.some((v) => key(v) === k)) return field;
  // "Status pr 01.06.2017", "Ansvar (utfører)": a known header followed by more words.
  for (const [field, variants] of Object.entries(headers) as [F, string[]][]) {
    if (variants.some((v) => key(v).length >= 4 && k.startsWith(`${key(v)} `))) return field;
  }
  return undefined;
}

/** Stored status values and the words that mean them. */
export const STATUS_WORDS: Record<string, string[]> = {
  'done': ['Ferdig', 'Gjennomført', 'Utført', 'Fullført', 'Avsluttet', 'Done', 'Completed', 'Finished', 'Grønn', 'Grønt', 'Green'],
  'in-progress': ['Pågår', 'Påbegynt', 'Igangsatt', 'Startet', 'Under arbeid', 'In progress', 'Ongoing', 'Started', 'Gul', 'Gult', 'Yellow'],
  'partly-done': ['Delvis gjennomført', 'Delvis utført', 'Delvis', 'Partly done', 'Partially done', 'Partly'],
  'not-done': ['Ikke utført', 'Ikke gjennomført', 'Ikke startet', 'Ikke påbegynt', 'Not done', 'Not started', 'Rød', 'Rødt', 'Red'],
  'unclear': ['Uavklart', 'Ukjent', 'Uklart', 'Info etterspørres', 'Unclear', 'Unknown', 'Hvit', 'Hvitt', 'White'],
  'cancelled': ['Utgår', 'Utgått', 'Avlyst', 'Kansellert', 'Strøket', 'Cancelled', 'Canceled', 'Dropped'],
};
/** What the export writes for each status. */
export const STATUS_LABEL: Record<string, string> = {
  'done': 'Ferdig', 'in-progress': 'Pågår', 'partly-done': 'Delvis gjennomført', 'not-done': 'Ikke utført', 'unclear': 'Uavklart', 'cancelled': 'Utgår',
};

/**
 * The status a cell names: the whole cell, or a status phrase at its start followed by ":" or "."
 * ("Delvis gjennomført: rutiner for ..."), the rest then being the status text.
 */
export function statusOf(cell: string): { status: string; rest: string } | undefined {
  const k = key(cell);
  let best: { status: string; len: number } | undefined;
  for (const [status, words] of Object.entries(STATUS_WORDS)) {
    for (const w of words) {
      const wk = key(w);
      if (k === wk) return { status, rest: '' };
      if (k.startsWith(`${wk} `) && (!best || wk.length > best.len)) best = { status, len: wk.length };
    }
  }
  if (!best) return undefined;
  const m = /^[^:.\n]*[:.\n]\s*/.exec(cell);
  if (!m || key(m[0]).length > best.len + 2) return undefined;
  return { status: best.status, rest: cell.slice(m[0].length).trim() };
}

export const RESPONSIBILITY_ROLES = ['lead', 'executing', 'contributing', 'commissioning', 'funding'] as const;
export type ResponsibilityRole = (typeof RESPONSIBILITY_ROLES)[number];
export const ROLE_WORDS: Record<ResponsibilityRole, string[]> = {
  lead: ['leder', 'ledes av', 'hovedansvar', 'hovedansvarlig', 'koordinerende', 'lead', 'leads', 'lead by'],
  executing: ['utfører', 'utførende', 'gjennomfører', 'executing', 'executes'],
  contributing: ['bidragsyter', 'bidragsytere', 'bidrar', 'medvirkende', 'i samarbeid med', 'i samråd med', 'sammen med', 'contributing', 'contributes', 'with'],
  commissioning: ['oppdragsgiver', 'bestiller', 'commissioning', 'commissioned by'],
  funding: ['finansiering', 'finansierer', 'finansiør', 'finansieres av', 'funding', 'funded by'],
};
/** What the export writes for each responsibility role. */
export const ROLE_LABEL: Record<ResponsibilityRole, string> = {
  lead: 'leder', executing: 'utfører', contributing: 'bidragsyter', commissioning: 'oppdragsgiver', funding: 'finansiering',
};

export function responsibilityRole(word: string): ResponsibilityRole | undefined {
  const k = key(word);
  for (const [role, words] of Object.entries(ROLE_WORDS) as [ResponsibilityRole, string[]][]) if (words.some((w) => key(w) === k)) return role;
  return undefined;
}

export const MEMBER_ROLES: Record<string, string[]> = {
  'leader': ['Leder', 'Leader', 'Chair', 'Styreleder'],
  'coordinator': ['Koordinator', 'Koordinerer', 'Coordinator'],
  'secretariat': ['Sekretariat', 'Sekretær', 'Secretariat', 'Secretary'],
  'working-group': ['Arbeidsgruppe', 'Arbeidsutvalg', 'Working group', 'Working-group'],
  'member': ['Medlem', 'Deltaker', 'Member', 'Participant'],
};
export function memberRole(word: string): string | undefined {
  const k = key(word);
  for (const [role, words] of Object.entries(MEMBER_ROLES)) if (words.some((w) => key(w) === k)) return role;
  return undefined;
}

/**
 * Words that name a role rather than a body ("virksomhetsledere", "kommuneledelsen"): plans use
 * them as owners, and the vague-owner gap must see them as such.
 */
export const GENERIC_ROLE_WORDS = [
  'virksomhetsledere', 'virksomhetsleder', 'kommuneledelsen', 'kommunalsjefer', 'kommunalsjef', 'koordinator', 'koordinatorer',
  'ledere', 'ledelsen', 'rektorer', 'rektor', 'fagledere', 'helsesøstre', 'helsesykepleiere', 'jordmødre', 'leger', 'ansatte', 'alle ansatte',
  'skolene', 'skoler', 'barnehagene', 'barnehager', 'politi', 'politiet', 'rådmennene', 'rådmann', 'kommunedirektør', 'kommunene', 'alle',
  'hjelpeapparatet', 'tjenestene', 'førstelinjen', 'styret', 'arbeidsgruppe', 'arbeidsgruppen', 'prosjektgruppe', 'prosjektgruppen',
  'managers', 'heads of services', 'coordinator', 'staff', 'all staff', 'schools', 'the municipality', 'municipalities', 'working group',
].map(key);

/** True when a name is one of the generic role words (with or without a definite ending). */
export function isGenericRoleName(name: string): boolean {
  const k = key(name);
  return GENERIC_ROLE_WORDS.includes(k);
}

export { ACTOR_KINDS, LEVELS, STATUSES, MEMBERSHIP_ROLES } from '../data/schema.js';
