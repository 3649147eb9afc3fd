import { byKind, countryProfile, type CountryProfile, type MunicipalityKind } from '../../catalogue/index.js';
import { fill, messagesFor } from '../../i18n/index.js';
import type { Session } from '../session.js';
import type { Section } from './section.js';

const P = ['plan'];
const LEGAL_BASIS = [...P, 'legalBasis'];
const DECISION = [...P, 'decision'];
/** Where the person can read the sources of what is proposed. */
const SOURCES_COMMAND = 'roma-plan catalogue countries';

/**
 * The legal basis the council decision cites and the details its country's form needs. The
 * country profile's entries are proposed together, so that one "yes" takes them all; "no" asks
 * each one with the proposal as its default. Nothing is cited that the person did not confirm.
 */
export const legalBasisSection: Section = {
  id: 'legal-basis',
  title: (s) => texts(s).title,
  paths: [LEGAL_BASIS, DECISION],
  async run(s, mode) {
    const w = texts(s);
    const proposal = propose(s);
    const untouched = s.get(LEGAL_BASIS) === undefined && s.get(DECISION) === undefined;
    // From an answers file or a finished section: every field here is optional, nothing to fill.
    if (mode === 'fill' || (mode === 'continue' && !untouched)) return;
    if (mode !== 'edit') {
      s.ask.show(summary(s, proposal));
      const accept = await s.ask.confirm({ name: `${LEGAL_BASIS.join('.')}:accept`, message: w.confirm, default: true });
      if (accept) {
        if (proposal.legalBasis.length > 0) s.accept(LEGAL_BASIS, proposal.legalBasis);
        const details = Object.fromEntries(Object.entries(proposal.decision).filter(([, v]) => v !== undefined));
        if (Object.keys(details).length > 0) s.accept(DECISION, details);
        return;
      }
      if (s.get(LEGAL_BASIS) === undefined && proposal.legalBasis.length > 0) s.set(LEGAL_BASIS, proposal.legalBasis);
    }
    await s.strings(LEGAL_BASIS, 'edit', { message: w.legalBasis });
    const form = proposal.profile?.form ?? 'neutral';
    const current = (key: string) => s.get([...DECISION, key]) ?? proposal.decision[key as keyof Proposal['decision']];
    if (form === 'hu-hatarozat') {
      await s.text([...DECISION, 'responsible'], 'edit', { message: w.responsible, default: current('responsible') });
      await s.text([...DECISION, 'deadline'], 'edit', { message: w.deadline, default: current('deadline') });
    }
    if (form !== 'hu-hatarozat' && form !== 'cz-usneseni') await s.text([...DECISION, 'gazette'], 'edit', { message: w.gazette, default: current('gazette') });
    await s.text([...DECISION, 'signatory'], 'edit', { message: w.signatory, default: current('signatory') });
  },
};

interface Proposal {
  profile: CountryProfile | undefined;
  legalBasis: string[];
  decision: { responsible?: string; deadline?: string; gazette?: string; signatory?: string };
}

const texts = (s: Session) => messagesFor(s.locale).wizardLegal;

/** What the country profile proposes, with what the plan already says taking precedence. */
function propose(s: Session): Proposal {
  // What is proposed goes into the document: in the plan's language, whatever the wizard speaks.
  const w = messagesFor(s.inputLocale()).wizardLegal;
  const country = s.get(['municipality', 'country']);
  const profile = typeof country === 'string' ? countryProfile(country) : undefined;
  const name = s.get(['municipality', 'name']);
  const kind = s.get(['municipality', 'type']) as MunicipalityKind | undefined;
  const own = (key: string) => {
    const v = s.get([...DECISION, key]);
    return typeof v === 'string' ? v : undefined;
  };
  const planBasis = s.get(LEGAL_BASIS);
  const hu = profile?.form === 'hu-hatarozat';
  return {
    profile,
    legalBasis: Array.isArray(planBasis) ? planBasis.map(String) : (profile?.legalBasis ?? []).map((b) => b.value),
    decision: {
      responsible: own('responsible') ?? (hu ? w.responsibleDefault : undefined),
      deadline: own('deadline') ?? (hu ? w.deadlineDefault : undefined),
      gazette: own('gazette') ?? (profile?.gazette && typeof name === 'string' ? byKind(profile.gazette.value, kind, name) : undefined),
      signatory: own('signatory') ?? (profile?.signatory && typeof name === 'string' ? byKind(profile.signatory.value, kind, name) : undefined),
    },
  };
}

function summary(s: Session, p: Proposal): string {
  const w = texts(s);
  const country = s.get(['municipality', 'country']);
  const countryName = typeof country === 'string' ? (new Intl.DisplayNames([s.locale, 'en'], { type: 'region' }).of(country) ?? country) : '';
  const lines = [
    p.profile === undefined ? fill(w.noProfile, { country: countryName }) : fill(w.fromProfile, { country: countryName, command: SOURCES_COMMAND }),
    p.legalBasis.length > 0 ? fill(w.legalBasisLine, { value: p.legalBasis.join('; ') }) : w.noLegalBasis,
    ...(p.decision.responsible !== undefined ? [fill(w.responsibleLine, { value: p.decision.responsible })] : []),
    ...(p.decision.deadline !== undefined ? [fill(w.deadlineLine, { value: p.decision.deadline })] : []),
    ...(p.decision.gazette !== undefined ? [fill(w.gazetteLine, { value: p.decision.gazette })] : []),
    ...(p.decision.signatory !== undefined ? [fill(w.signatoryLine, { value: p.decision.signatory })] : []),
  ];
  return lines.join('\n  ');
}
