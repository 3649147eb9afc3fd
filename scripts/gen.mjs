// Regenerates the code derived from schemas/plan.schema.json (the single source of truth):
// the TypeScript types and a precompiled ajv validator (so that `validate` does not compile the
// schema at every start). `npm run gen`; a test fails when the committed files are stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateOutputs, generateProgressOutputs } from './gen-lib.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const schema = JSON.parse(readFileSync(`${root}schemas/plan.schema.json`, 'utf8'));
const progressSchema = JSON.parse(readFileSync(`${root}schemas/progress.schema.json`, 'utf8'));
const outputs = { ...(await generateOutputs(schema)), ...(await generateProgressOutputs(progressSchema)) };
for (const [file, text] of Object.entries(outputs)) {
  writeFileSync(`${root}${file}`, text);
  console.log(`wrote ${file}`);
}

// The message catalogue's type, from the English messages.
const { generateMessageTypes } = await import('./gen-messages-lib.mjs');
const en = JSON.parse(readFileSync(`${root}src/i18n/messages/en.json`, 'utf8'));
writeFileSync(`${root}src/i18n/message-params.generated.ts`, generateMessageTypes(en));
console.log('wrote src/i18n/message-params.generated.ts');
