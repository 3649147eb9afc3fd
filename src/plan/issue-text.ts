import { AREA_IDS, GOAL_IDS } from '../catalogue/types.js';
import { messagesFor } from '../i18n/index.js';
import { effectiveMessageLocale, formatMessage, hasMessage, type MessageValue } from '../i18n/messages.js';
import type { Issue, IssueParams } from './issue.js';

/**
 * The message and hint of an issue code in a language (English when the language has no message
 * file yet), or undefined for a code the catalogue does not know (then the issue keeps its words).
 */
export function issueText(code: string, params: IssueParams = {}, lang?: string): { message: string; hint?: string } | undefined {
  if (!hasMessage(`${code}.message`)) return undefined;
  const locale = effectiveMessageLocale(lang);
  const values = wordValues(params, locale);
  const message = formatMessage(locale, `${code}.message`, values);
  const hint = hasMessage(`${code}.hint`) ? formatMessage(locale, `${code}.hint`, values) : undefined;
  return hint === undefined ? { message } : { message, hint };
}

/**
 * The issue with its message and hint in `lang`. Issues without `params` (made by code that words
 * its own message) and issues of codes the catalogue does not know come back unchanged.
 */
export function localizeIssue(issue: Issue, lang?: string): Issue {
  if (issue.params === undefined) return issue;
  const text = issueText(issue.code, issue.params, lang);
  if (!text) return issue;
  const { hint: _old, ...rest } = issue;
  return text.hint === undefined ? { ...rest, message: text.message } : { ...rest, message: text.message, hint: text.hint };
}

/**
 * Issues in a language: every message and hint worded again from its code and values. The codes,
 * paths and positions do not change, so a script can ask for English and show another language.
 */
export function localizeIssues(issues: readonly Issue[], lang?: string): Issue[] {
  return issues.map((i) => localizeIssue(i, lang));
}

/**
 * Turns ids into words of the language: `field` (a label id such as `population.total`), `area`
 * and `goal` (catalogue ids), `source` (a kind of funding source, e.g. `donor`). The schema's own descriptions are English, so they are offered only
 * to English messages.
 */
function wordValues(params: IssueParams, locale: string): Record<string, MessageValue> {
  const out: Record<string, MessageValue> = { ...params };
  if (typeof params['field'] === 'string') out['field'] = fieldLabel(params['field'], locale);
  if (typeof params['area'] === 'string') out['area'] = areaTitle(params['area'], locale);
  if (typeof params['goal'] === 'string') out['goal'] = goalTitle(params['goal'], locale);
  if (typeof params['source'] === 'string') out['source'] = sourceLabel(params['source'], locale);
  if ('description' in params && locale !== 'en') out['description'] = 'none';
  return out;
}

/**
 * The words for a field, as the wizard asks for it: `field.<id>` of the catalogue, else the label of
 * its last parts (`objectives.title` -> `field.title`); `area:<id>` and `goal:<id>` name an area or goal.
 */
export function fieldLabel(id: string, locale: string): string {
  if (id.startsWith('area:')) return areaTitle(id.slice(5), locale);
  if (id.startsWith('goal:')) return goalTitle(id.slice(5), locale);
  const parts = id.split('.');
  for (let i = 0; i < parts.length; i++) {
    const key = `field.${parts.slice(i).join('.')}`;
    if (hasMessage(key)) return formatMessage(locale, key);
  }
  // A field without a label (e.g. of the progress file) is named by its key.
  return id === '' ? formatMessage(locale, 'field.whole') : parts.at(-1)!;
}

function areaTitle(id: string, locale: string): string {
  return (AREA_IDS as readonly string[]).includes(id) ? messagesFor(locale).catalogue.areas[id as (typeof AREA_IDS)[number]].title : id;
}

function goalTitle(id: string, locale: string): string {
  return (GOAL_IDS as readonly string[]).includes(id) ? messagesFor(locale).catalogue.goals[id as (typeof GOAL_IDS)[number]].short : id;
}

/** The document's label of a kind of funding source (`donor` -> "Donors"), as the budget tables name it. */
function sourceLabel(type: string, locale: string): string {
  const key = `source${type.charAt(0).toUpperCase()}${type.slice(1)}`;
  const label = (messagesFor(locale).document as unknown as Record<string, unknown>)[key];
  return typeof label === 'string' ? label : type;
}
