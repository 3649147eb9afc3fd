import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { readBounded } from './read-bounded.js';
import { RomaPlanError } from '../errors.js';

/** Plans are tens of kilobytes; anything this large is not a plan and would only slow everything down. */
export const MAX_PLAN_BYTES = 10 * 1024 * 1024;

/**
 * Decodes the bytes of a plan file as UTF-8 text (a UTF-8 BOM is dropped, CRLF kept for the parser).
 * Refuses empty, binary, UTF-16 and otherwise non-UTF-8 input with an error that says how to fix it.
 */
export function decodePlanBytes(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) {
    throw new RomaPlanError('EMPTY_FILE', `${file} is empty`, { file, hint: 'Start from an example: roma-plan new plan.yaml --example pecs-hu' });
  }
  if (bytes.length > MAX_PLAN_BYTES) {
    throw new RomaPlanError('FILE_TOO_LARGE', `${file} is larger than ${MAX_PLAN_BYTES / 1048576} MB; a plan can be at most ${MAX_PLAN_BYTES / 1048576} MB`, {
      file,
      params: { size: Math.round((bytes.length / 1048576) * 10) / 10, limit: MAX_PLAN_BYTES / 1048576 },
      hint: 'Check that this is the plan file; a plan with hundreds of measures is well under 1 MB.',
    });
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || looksLikeUtf16WithoutBom(bytes)) {
    throw new RomaPlanError('NOT_UTF8', `${file} is saved as UTF-16`, { file, line: 1, column: 1, params: { kind: 'utf16', byte: '', line: 1, column: 1 }, hint: 'Save the file as UTF-8 (in most editors: "Save with encoding" -> UTF-8).' });
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const { line, column } = positionOf(bytes, nul);
    throw new RomaPlanError('BINARY_FILE', `${file} is not a text file (it contains a NUL byte)`, { file, line, column, hint: 'Give the path of a YAML or JSON plan.' });
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    // Line ends of old Mac files (CR alone) become LF: same length, so columns stay right, and the
    // plan is read as lines rather than as one long comment.
    return (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r(?!\n)/g, '\n');
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const { line, column } = positionOf(bytes, bad);
    throw new RomaPlanError('NOT_UTF8', `${file} is not valid UTF-8 (byte 0x${(bytes[bad] ?? 0).toString(16).padStart(2, '0')} at line ${line}, column ${column})`, {
      file,
      line,
      column,
      params: { kind: 'bytes', byte: `0x${(bytes[bad] ?? 0).toString(16).padStart(2, '0')}`, line, column },
      hint: 'The file was probably saved in a legacy encoding such as Windows-1250 or ISO 8859-2. Save it as UTF-8.',
    });
  }
}

/** Reads a plan file from disk; every failure becomes a RomaPlanError naming the file. */
export async function readPlanFile(file: string): Promise<string> {
  let info;
  try {
    info = await stat(file);
  } catch (err) {
    throw fsError(err, file);
  }
  if (info.isDirectory()) {
    throw new RomaPlanError('NOT_A_FILE', `${file} is a directory, not a plan file`, { file, hint: 'Give a .yaml or .json file; `validate` and `batch` also accept a directory.' });
  }
  if (info.isFile() && info.size > MAX_PLAN_BYTES) return decodePlanBytes(new Uint8Array(MAX_PLAN_BYTES + 1), file);
  let bytes: Uint8Array;
  try {
    bytes = await readBounded(createReadStream(file), MAX_PLAN_BYTES + 1);
  } catch (err) {
    throw fsError(err, file);
  }
  return decodePlanBytes(bytes, file);
}

function fsError(err: unknown, file: string): RomaPlanError {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new RomaPlanError('FILE_NOT_FOUND', `${file} does not exist`, { file, hint: 'Check the path and the file name.', cause: err });
  if (code === 'EACCES' || code === 'EPERM') return new RomaPlanError('FILE_UNREADABLE', `${file} cannot be read (permission denied)`, { file, params: { reason: 'permission denied' }, hint: 'Give your user read permission on the file.', cause: err });
  if (code === 'EISDIR') return new RomaPlanError('NOT_A_FILE', `${file} is a directory, not a plan file`, { file, cause: err });
  return new RomaPlanError('FILE_UNREADABLE', `${file} cannot be read (${code ?? String(err)})`, { file, params: { reason: code ?? String(err) }, cause: err });
}

/**
 * Some tools write UTF-16 without a byte-order mark. A plan starts with ASCII (a key or a comment),
 * which in UTF-16 puts a NUL in every other byte; without this it would be called a binary file.
 */
function looksLikeUtf16WithoutBom(bytes: Uint8Array): boolean {
  if (bytes.length < 4) return false;
  const le = bytes[0] !== 0 && bytes[1] === 0 && bytes[2] !== 0 && bytes[3] === 0;
  const be = bytes[0] === 0 && bytes[1] !== 0 && bytes[2] === 0 && bytes[3] !== 0;
  return le || be;
}

function positionOf(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) { line++; start = i + 1; }
  return { line, column: offset - start + 1 };
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const n = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return 0;
}
