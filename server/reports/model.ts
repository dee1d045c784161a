/**
 * The status report of a plan at a reporting date, in the shape of document 003 ("Status pr
 * 23. juni 2017 Handlingsplanen mot vold i nære relasjoner i Mosseregionen"): the plan, its period,
 * the date, a colour legend with the share of measures per status, and every measure with its
 * responsible actors and status text. Built once; rendered as PDF (pdf.ts) and DOCX (docx.ts).
 */
import type { Db } from '../db/driver.js';
import { NotFound } from '../db/errors.js';
import { planFacts, planMeasures, roundById, type RoundStatusRow } from '../db/repos/rounds.repo.js';

export type ReportLanguage = 'nb' | 'en';

/** Status colours of document 003's legend (Grønt = ferdig, Gult = pågår, Rødt = ikke utført, Hvitt = uavklart), plus the statuses it has no colour for. */
export const STATUS_ORDER = ['done', 'in-progress', 'partly-done', 'not-done', 'unclear', 'cancelled', 'none'] as const;
export type ReportStatus = (typeof STATUS_ORDER)[number];
export const STATUS_COLOUR: Record<ReportStatus, string> = {
  done: '#8fd18f', 'in-progress': '#ffe066', 'partly-done': '#ffd08a', 'not-done': '#f08080', unclear: '#ffffff', cancelled: '#c8c8c8', none: '#ffffff',
};

const WORDS = {
  nb: {
    status: 'Status pr', period: 'Planperiode', noPeriod: 'ikke oppgitt', round: 'Rapporteringsrunde', deadline: 'svarfrist',
    measure: 'Tiltak', responsible: 'Ansvar', statusCol: 'Status', legend: 'Fargekoder', of: 'av', measures: 'tiltak',
    notReported: 'Ikke rapportert i runden; status fra {date} videreført.', notReportedNone: 'Ikke rapportert; ingen tidligere status.',
    generated: 'Laget av Samkart {date}. Andelene er regnet av statusene registrert per tiltak.',
    colours: { done: 'Grønt = ferdig', 'in-progress': 'Gult = pågår', 'partly-done': 'Oransje = delvis gjennomført', 'not-done': 'Rødt = ikke utført', unclear: 'Hvitt = uavklart, info etterspørres', cancelled: 'Grått = utgår', none: 'Ingen status' },
    months: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
    words: { done: 'Ferdig.', 'in-progress': 'Pågår.', 'partly-done': 'Delvis gjennomført.', 'not-done': 'Ikke utført.', unclear: 'Uavklart.', cancelled: 'Utgår.', none: '' } as Record<string, string>,
    roles: { lead: 'leder', executing: '', contributing: 'bidrar', commissioning: 'oppdragsgiver', funding: 'finansierer' } as Record<string, string>,
  },
  en: {
    status: 'Status as of', period: 'Plan period', noPeriod: 'not given', round: 'Reporting round', deadline: 'answers due',
    measure: 'Measure', responsible: 'Responsible', statusCol: 'Status', legend: 'Colour legend', of: 'of', measures: 'measures',
    notReported: 'Not reported in the round; status of {date} carried over.', notReportedNone: 'Not reported; no earlier status.',
    generated: 'Made by Samkart on {date}. Shares are computed from the statuses recorded per measure.',
    colours: { done: 'Green = done', 'in-progress': 'Yellow = in progress', 'partly-done': 'Orange = partly done', 'not-done': 'Red = not done', unclear: 'White = unclear, information requested', cancelled: 'Grey = cancelled', none: 'No status' },
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    words: { done: 'Done.', 'in-progress': 'In progress.', 'partly-done': 'Partly done.', 'not-done': 'Not done.', unclear: 'Unclear.', cancelled: 'Cancelled.', none: '' } as Record<string, string>,
    roles: { lead: 'lead', executing: '', contributing: 'contributing', commissioning: 'commissioning', funding: 'funding' } as Record<string, string>,
  },
};

/** A partial ISO date as words: "2017-06-23" → "23. juni 2017" / "23 June 2017"; "2017" stays. */
export function formatDate(date: string, lang: ReportLanguage): string {
  const [y, m, d] = date.split('-').map(Number);
  const month = m ? WORDS[lang].months[m - 1] : '';
  if (!m) return String(y);
  if (!d) return `${month} ${y}`;
  return lang === 'nb' ? `${d}. ${month} ${y}` : `${d} ${month} ${y}`;
}

export interface ReportMeasure { number: string | null; title: string; description: string | null; owners: string; status: ReportStatus; statusText: string }
export interface LegendRow { status: ReportStatus; label: string; count: number; share: number; colour: string }
export interface StatusReportModel {
  lang: ReportLanguage;
  title: string; heading: string; periodLine: string; roundLine: string | null;
  legendTitle: string; legend: LegendRow[]; total: number;
  columns: { measure: string; responsible: string; status: string };
  measures: ReportMeasure[];
  footer: string;
  fileName: string;
}

function statusAt(statuses: RoundStatusRow[], asOf: string | null, roundId: string | null): RoundStatusRow | null {
  if (roundId) {
    const inRound = statuses.find((s) => s.roundId === roundId);
    if (inRound) return inRound;
  }
  return statuses.find((s) => !asOf || s.asOf <= asOf) ?? null;
}

/**
 * The report of a plan at a round (its statuses; while open, the answers so far and otherwise the
 * last status), or without a round at its latest statuses.
 */
export async function buildStatusReport(db: Db, a: { plan: string; round?: string | null; lang: ReportLanguage }): Promise<StatusReportModel> {
  const w = WORDS[a.lang];
  const plan = await planFacts(db, a.plan);
  if (!plan) throw new NotFound('plan', a.plan, 'plan');
  const round = a.round ? await roundById(db, a.round) : null;
  if (a.round && (!round || round.planId !== a.plan)) throw new NotFound('reporting round of this plan', a.round, 'round');
  const measures = await planMeasures(db, a.plan);
  const rows = measures.map((m): ReportMeasure => {
    const s = statusAt(m.statuses, round?.asOf ?? null, round?.id ?? null);
    const status = (s?.status ?? 'none') as ReportStatus;
    // An answer without text still says its status in words, so the cell is not blank.
    let statusText = s?.text ?? (s?.reported ? w.words[status] : '');
    if (s && !s.reported) {
      const note = s.carriedOverFrom ? w.notReported.replace('{date}', formatDate(s.carriedOverFrom, a.lang)) : w.notReportedNone;
      statusText = statusText ? `${statusText}\n(${note})` : note;
    }
    const rank = ['lead', 'executing', 'commissioning', 'funding', 'contributing'];
    const owners = [...m.owners].sort((x, y) => rank.indexOf(x.role) - rank.indexOf(y.role)).map((o) => (w.roles[o.role] ? `${o.name} (${w.roles[o.role]})` : o.name)).join(', ');
    return { number: m.number, title: m.title, description: null, owners, status, statusText };
  });
  const asOf = round?.asOf ?? measures.flatMap((m) => m.statuses.map((s) => s.asOf)).sort().at(-1) ?? null;
  const total = rows.length;
  const legend = STATUS_ORDER.map((status) => {
    const count = rows.filter((r) => r.status === status).length;
    return { status, label: w.colours[status], count, share: total ? count / total : 0, colour: STATUS_COLOUR[status] };
  }).filter((l) => l.count > 0 || ['done', 'in-progress', 'not-done', 'unclear'].includes(l.status));
  const period = plan.periodStart || plan.periodEnd ? `${plan.periodStart ?? '…'}–${plan.periodEnd ?? '…'}` : w.noPeriod;
  const dateWords = asOf ? formatDate(asOf, a.lang) : '–';
  const heading = `${w.status} ${dateWords} ${plan.shortTitle ?? plan.title}`;
  const slug = a.plan.slice(a.plan.indexOf(':') + 1).replace(/[^a-z0-9-]+/g, '-');
  return {
    lang: a.lang, title: plan.title, heading,
    periodLine: `${w.period}: ${period}`,
    roundLine: round ? `${w.round} ${round.title ? `«${round.title}» ` : ''}${formatDate(round.asOf, a.lang)}${round.deadline ? ` (${w.deadline} ${formatDate(round.deadline, a.lang)})` : ''}` : null,
    legendTitle: w.legend, legend, total,
    columns: { measure: w.measure, responsible: w.responsible, status: `${w.statusCol} ${dateWords}` },
    measures: rows,
    footer: w.generated.replace('{date}', formatDate(new Date().toISOString().slice(0, 10), a.lang)),
    fileName: `status-${slug}-${asOf ?? 'latest'}-${a.lang}`,
  };
}

/** "31 %" in bokmål, "31%" in English. */
export function percent(share: number, lang: ReportLanguage) {
  const n = Math.round(share * 100);
  return lang === 'nb' ? `${n} %` : `${n}%`;
}
