/**
 * Errors the core raises on purpose. Each carries a stable `code` so that the CLI can pick an exit
 * code and wording, and so that scripts can tell them apart. Anything else that escapes is a bug.
 */
export class RomaPlanError extends Error {
  readonly code: string;
  readonly hint: string | undefined;
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly column: number | undefined;
  /** The values of its message, for wording it in another language (see src/i18n/messages). */
  readonly params: Readonly<Record<string, string | number>> | undefined;
  /**
   * The catalogue entry that words it (`<key>.message`, `<key>.hint`), when not the one named by
   * its code: one code can need several wordings (a file that exists, a folder that exists).
   */
  readonly key: string | undefined;

  constructor(
    code: string,
    message: string,
    options: { hint?: string; file?: string; line?: number; column?: number; cause?: unknown; params?: Readonly<Record<string, string | number>>; key?: string } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'RomaPlanError';
    this.code = code;
    this.hint = options.hint;
    this.file = options.file;
    this.line = options.line;
    this.column = options.column;
    this.params = options.params;
    this.key = options.key;
  }
}

/** The user asked for something that cannot be done as asked (bad flag value, unknown name). */
export class UsageError extends RomaPlanError {
  /** `wording` names the catalogue entry and values that word it in the user's language. */
  constructor(message: string, hint?: string, wording?: { key: string; params: Readonly<Record<string, string | number>> }) {
    super('USAGE', message, { ...(hint === undefined ? {} : { hint }), ...(wording ?? {}) });
    this.name = 'UsageError';
  }
}

/** A target file exists and `--force` was not given. */
export class FileExistsError extends RomaPlanError {
  constructor(file: string) {
    super('FILE_EXISTS', `${file} already exists`, { file, hint: 'Use --force to overwrite it, or choose another --out.', key: 'fatal.outputExists', params: { file } });
    this.name = 'FileExistsError';
  }
}
