import { readdir, readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { UsageError } from '../errors.js';
import { packagePath } from '../io/package-paths.js';
import { didYouMean } from './did-you-mean.js';

/** One of the example plans shipped in the package's examples/ folder. */
export interface ExampleInfo {
  /** The file name without `.yaml`, e.g. 'pecs-hu': what `new --example` takes. */
  name: string;
  municipality: string;
  country: string;
  language: string;
  status: string;
  title: string;
}

const examplesDir = (): string => packagePath('examples');

/** The names of the example plans, sorted. */
export async function exampleNames(): Promise<string[]> {
  return (await readdir(examplesDir()))
    .filter((f) => f.endsWith('.yaml') && !f.endsWith('.progress.yaml'))
    .map((f) => f.slice(0, -'.yaml'.length))
    .sort();
}

/** The example plans with what `new --list` shows about them, sorted by name. */
export async function listExamples(): Promise<ExampleInfo[]> {
  const names = await exampleNames();
  return Promise.all(
    names.map(async (name) => {
      const data = parse(await readFile(`${examplesDir()}/${name}.yaml`, 'utf8')) as { language?: unknown; plan?: { title?: unknown; status?: unknown }; municipality?: { name?: unknown; country?: unknown } };
      const str = (v: unknown) => (typeof v === 'string' ? v : '');
      return {
        name,
        municipality: str(data.municipality?.name),
        country: str(data.municipality?.country),
        language: str(data.language),
        status: str(data.plan?.status),
        title: str(data.plan?.title),
      };
    }),
  );
}

/** The text of an example plan, comments and all; an unknown name is a UsageError listing the examples. */
export async function readExample(name: string): Promise<string> {
  const known = await exampleNames();
  if (!known.includes(name)) {
    const guess = didYouMean(name, known);
    throw new UsageError(`there is no example called "${name}"${guess ? `; did you mean "${guess}"?` : ''}`, `The examples are: ${known.join(', ')} (roma-plan new --list describes them).`, {
      key: 'fatal.noExample',
      params: { name, guess: guess ?? 'none', examples: known.join(', ') },
    });
  }
  return readFile(`${examplesDir()}/${name}.yaml`, 'utf8');
}
