import type { ChapterRef } from '../../view/types.js';
import { numbered, section, sub, type Ctx } from './context.js';
import { definitions, esc, lines, list, p, paragraphs, table } from './markup.js';

/** The page header: title, municipality, period, status, adoption and date. */
export function cover({ view, t }: Ctx): string {
  const m = view.meta;
  const place = `${view.municipality.name}${view.municipality.region ? `, ${view.municipality.region}` : ''} (${view.municipality.countryText})`;
  return `<header class="cover">\n<h1>${esc(m.title)}</h1>\n${definitions([
    [t('coverMunicipality'), place],
    [t('coverPeriod'), m.period.text],
    [t('coverStatus'), m.statusText],
    ...(m.version ? [[t('coverVersion'), m.version] as const] : []),
    ...(m.adoption
      ? ([
          [t('coverAdoptedBy'), m.adoption.body],
          [t('coverDecision'), m.adoption.decision],
          [t('coverAdoptionDate'), m.adoption.dateText],
        ] as const)
      : []),
    [t('coverDate'), m.dateText],
  ])}\n</header>`;
}

/** The contents as the page's navigation: every chapter and section, linked. */
export function contents({ view }: Ctx, ref: ChapterRef): string {
  const entries = view.chapters.filter((c) => c.id !== ref.id);
  let html = '<ol>';
  entries.forEach((c, i) => {
    html += `<li><a href="#${esc(c.id)}">${esc(numbered(c) + c.title)}</a>`;
    const next = entries[i + 1];
    if (c.level === 1 && next?.level === 2) html += '<ol>';
    else if (c.level === 2 && next?.level !== 2) html += '</li></ol></li>';
    else html += '</li>';
  });
  html += '</ol>';
  return `<nav aria-labelledby="${esc(ref.id)}">\n<h2 id="${esc(ref.id)}">${esc(ref.title)}</h2>\n${html}\n</nav>`;
}

export function introduction(ctx: Ctx): string {
  const { view, t } = ctx;
  const i = view.introduction;
  return [
    i.summary ? paragraphs(i.summary) : '',
    i.vision ? `${sub(3, t('introVision'))}\n${paragraphs(i.vision)}` : '',
    i.policyBasis.length > 0 ? `${sub(3, t('introPolicyBasis'))}\n${list(i.policyBasis)}` : '',
    i.euFramework.length > 0 ? `${sub(3, t('introEuFramework'))}\n${p(t('introEuFrameworkText'))}\n${list(i.euFramework)}` : '',
  ].join('\n');
}

export function method(ctx: Ctx): string {
  const { view, t } = ctx;
  const totals = view.participation.totals;
  const entries = view.participation.entries.map((e) => {
    const counts = [`${t('colParticipants')}: ${e.totalText}`, ...(e.romaText ? [`${t('colRoma')}: ${e.romaText}`] : []), ...(e.womenText ? [`${t('colWomen')}: ${e.womenText}`] : [])];
    return `<article class="consultation">${p(`${e.dateText} · ${e.formatText}`, 'strong')}${p(counts.join(' · '))}${e.summary ? paragraphs(e.summary) : ''}</article>`;
  });
  return [
    p(t('methodIntro')),
    definitions([
      [t('methodConsultations'), String(totals.consultations)],
      [t('methodParticipants'), totals.participantsText],
      [t('methodRomaParticipants'), totals.romaText],
      [t('methodWomenParticipants'), totals.womenText],
    ]),
    ...entries,
  ].join('\n');
}

export function municipality(ctx: Ctx): string {
  const { view, t } = ctx;
  const m = view.municipality;
  const pop = m.population;
  const pairs: [string, string][] = [[t('municipalityCountry'), m.countryText]];
  if (m.region) pairs.push([t('municipalityRegion'), m.region]);
  if (pop) {
    pairs.push([t('populationTotal'), pop.totalText]);
    if (pop.romaText) pairs.push([t('populationRoma'), pop.romaText], [t('populationRomaShare'), pop.romaShareText ?? '']);
    if (pop.romaSource) pairs.push([t('populationRomaSource'), pop.romaSource]);
  }
  const settlements =
    m.settlements.length === 0
      ? p(t('noSettlements'))
      : table({
          caption: t('settlements'),
          columns: [{ header: t('colSettlement') }, { header: t('colHouseholds'), align: 'right' }, { header: t('colResidents'), align: 'right' }, { header: t('colLegalStatus') }, { header: t('colServices') }],
          rowHeader: 0,
          rows: m.settlements.map((s) => [s.name, s.householdsText ?? '', s.populationText ?? '', s.legalStatusText ?? '', lines(s.services.map((v) => `${v.label}: ${v.levelText}`))]),
        });
  return `${definitions(pairs)}\n${sub(3, t('settlements'))}\n${settlements}`;
}

export function goals(ctx: Ctx): string {
  const { view, t } = ctx;
  const statements = view.goals
    .filter((g) => g.statement)
    .map((g) => `${p(`${g.number}. ${g.title}${g.priorityText ? ` (${g.priorityText})` : ''}`, 'strong')}\n${paragraphs(g.statement ?? '')}`);
  return [
    p(t('goalsIntro')),
    table({
      caption: view.chapters.find((c) => c.id === 'goals')?.title ?? t('chapterGoals'),
      columns: [{ header: t('colNumber'), align: 'right' }, { header: t('colGoal') }, { header: t('colPriority') }, { header: t('colMeasures') }],
      rowHeader: 1,
      rows: view.goals.map((g) => [g.number, g.title, g.priorityText ?? t('goalNotAddressed'), g.measureNumbers.length > 0 ? g.measureNumbers.join(', ') : t('none')]),
    }),
    statements.length > 0 ? section(ctx, 'goals-statements', t('goalsStatements'), statements.join('\n')) : '',
  ].join('\n');
}
