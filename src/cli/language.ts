import { UsageError } from '../errors.js';
import { formatMessage, matchMessageLocale, MESSAGE_LOCALES } from '../i18n/messages.js';

/**
 * The language the person asked for: `--lang`, else the first of LC_ALL, LC_MESSAGES and LANG that
 * names a plan language (`hu_HU.UTF-8` -> hu). Undefined when neither does: then each plan's own
 * language is used for what concerns that plan, and English for the rest. An unknown `--lang` is
 * a usage error listing the languages.
 */
export function chosenLanguage(lang: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
  if (lang !== undefined) {
    const matched = matchMessageLocale(lang);
    if (matched === undefined) {
      const tags = MESSAGE_LOCALES.join(', ');
      throw new UsageError(formatMessage('en', 'cli.unsupportedLang', { tag: lang }), formatMessage('en', 'cli.unsupportedLangHint', { tags }), { key: 'fatal.unsupportedLang', params: { tag: lang, tags } });
    }
    return matched;
  }
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value === undefined || value === '') continue;
    const matched = matchMessageLocale(value);
    if (matched !== undefined) return matched;
  }
  return undefined;
}

/**
 * The language for what the CLI says outside any one plan (errors that stop a command): `--lang`
 * as written on the command line when it names a plan language, else the environment's. Never
 * throws: an unknown `--lang` is reported by the command itself.
 */
export function askedLanguage(argv: readonly string[], env: NodeJS.ProcessEnv): string | undefined {
  const at = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = at < 0 ? undefined : argv[at]!.startsWith('--lang=') ? argv[at]!.slice('--lang='.length) : argv[at + 1];
  return (value === undefined ? undefined : matchMessageLocale(value)) ?? chosenLanguage(undefined, env);
}

/** The language of what concerns one plan: the one asked for, else the plan's own, else English. */
export function planLanguage(chosen: string | undefined, data: unknown): string {
  if (chosen !== undefined) return chosen;
  const own = data !== null && typeof data === 'object' ? (data as { language?: unknown }).language : undefined;
  return (typeof own === 'string' ? matchMessageLocale(own) : undefined) ?? 'en';
}
