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

  constructor(
    code: string,
    message: string,
    options: { hint?: string; file?: string; line?: number; column?: number; cause?: unknown; params?: Readonly<Record<string, string | number>> } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'RomaPlanError';
    this.code = code;
    this.hint = options.hint;
    this.file = options.file;
    this.line = options.line;
    this.column = options.column;
    this.params = options.params;
  }
}

/** The user asked for something that cannot be done as asked (bad flag value, unknown name). */
export class UsageError extends RomaPlanError {
  constructor(message: string, hint?: string) {
    super('USAGE', message, hint === undefined ? {} : { hint });
    this.name = 'UsageError';
  }
}

/** A target file exists and `--force` was not given. */
export class FileExistsError extends RomaPlanError {
  constructor(file: string) {
    super('FILE_EXISTS', `${file} already exists`, { file, hint: 'Use --force to overwrite it, or choose another --out.' });
    this.name = 'FileExistsError';
  }
}
