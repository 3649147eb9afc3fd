import { describe, expect, it } from 'vitest';
import { commandLine, invocation, quoteArg, startedAs, type StartedWith, defaultEditor } from '../../src/cli/invocation.js';
import { resumeCommand } from '../../src/cli/init-files.js';

const posixRun = (script: string, extra: Partial<StartedWith> = {}): StartedWith => ({
  argv: ['/usr/bin/node', script, 'init', 'plan.yaml'],
  env: { PATH: '/usr/local/bin:/usr/bin:/bin' },
  cwd: '/home/ana/plans',
  platform: 'linux',
  ...extra,
});

const winRun = (script: string, extra: Partial<StartedWith> = {}): StartedWith => ({
  argv: ['C:\\Program Files\\nodejs\\node.exe', script, 'init', 'plan.yaml'],
  env: { Path: 'C:\\Windows\\system32;C:\\Program Files\\nodejs\\;C:\\Users\\Ana\\AppData\\Roaming\\npm' },
  cwd: 'C:\\Users\\Ana\\Documents\\plans',
  platform: 'win32',
  ...extra,
});

describe('invocation: how roma-plan was started', () => {
  it('roma-plan on the PATH (POSIX: the link the shell found; Windows: npm\'s roma-plan.cmd beside node_modules)', () => {
    expect(invocation(posixRun('/usr/local/bin/roma-plan'))).toEqual(['roma-plan']);
    expect(invocation(winRun('C:\\Users\\Ana\\AppData\\Roaming\\npm\\node_modules\\roma-plan\\bin\\roma-plan.js'))).toEqual(['roma-plan']);
    // Windows paths and PATH entries compare without case, and PATH entries may be quoted.
    expect(invocation(winRun('c:\\users\\ana\\appdata\\roaming\\npm\\node_modules\\roma-plan\\bin\\roma-plan.js', { env: { PATH: '"C:\\Users\\Ana\\AppData\\Roaming\\npm"' } }))).toEqual(['roma-plan']);
  });

  it('npx roma-plan (npm exec sets npm_command=exec), for a script npm found in node_modules', () => {
    expect(invocation(posixRun('/home/ana/.npm/_npx/3ed4/node_modules/.bin/roma-plan', { env: { npm_command: 'exec', PATH: '/usr/bin' } }))).toEqual(['npx', 'roma-plan']);
    expect(invocation(winRun('C:\\Users\\Ana\\AppData\\Local\\npm-cache\\_npx\\3ed4\\node_modules\\roma-plan\\bin\\roma-plan.js', { env: { npm_command: 'exec' } }))).toEqual(['npx', 'roma-plan']);
    // A program started by `npx something-else` passes npm_command on to roma-plan started from a checkout.
    expect(invocation(posixRun('/home/ana/src/roma-plan/bin/roma-plan.js', { env: { npm_command: 'exec' } }))).toEqual(['node', '/home/ana/src/roma-plan/bin/roma-plan.js']);
  });

  it('node <script>: relative to the current folder when inside it, else absolute', () => {
    expect(invocation(posixRun('/home/ana/plans/roma-plan/bin/roma-plan.js'))).toEqual(['node', 'roma-plan/bin/roma-plan.js']);
    expect(invocation(posixRun('/opt/roma-plan/bin/roma-plan.js'))).toEqual(['node', '/opt/roma-plan/bin/roma-plan.js']);
    expect(invocation(posixRun('../tool/bin/roma-plan.js'))).toEqual(['node', '/home/ana/tool/bin/roma-plan.js']);
    expect(invocation(winRun('C:\\Users\\Ana\\Documents\\plans\\roma-plan\\bin\\roma-plan.js'))).toEqual(['node', 'roma-plan\\bin\\roma-plan.js']);
    expect(invocation(winRun('D:\\tools\\roma-plan\\bin\\roma-plan.js'))).toEqual(['node', 'D:\\tools\\roma-plan\\bin\\roma-plan.js']);
    // A roma-plan.js in a PATH folder is not the command `roma-plan`.
    expect(invocation(posixRun('/usr/local/bin/roma-plan.js'))).toEqual(['node', '/usr/local/bin/roma-plan.js']);
    // A package folder that is not npm's global one next to a PATH entry.
    expect(invocation(winRun('C:\\Users\\Ana\\Documents\\plans\\node_modules\\roma-plan\\bin\\roma-plan.js'))).toEqual(['node', 'node_modules\\roma-plan\\bin\\roma-plan.js']);
  });
});

describe('commands printed as the person started roma-plan', () => {
  it('quotes for the shell only when needed: single quotes on POSIX, double quotes on Windows', () => {
    expect(quoteArg('plans/pecs.yaml', 'linux')).toBe('plans/pecs.yaml');
    expect(quoteArg("Novi Bečej's plan.yaml", 'linux')).toBe("'Novi Bečej'\\''s plan.yaml'");
    expect(quoteArg('C:\\Users\\Ana\\plan.yaml', 'win32')).toBe('C:\\Users\\Ana\\plan.yaml');
    expect(quoteArg('C:\\Program Files\\roma-plan\\bin\\roma-plan.js', 'win32')).toBe('"C:\\Program Files\\roma-plan\\bin\\roma-plan.js"');
  });

  it('the resume command keeps the way it was started, the language and the global options', () => {
    expect(resumeCommand('plan.yaml', undefined, posixRun('/usr/local/bin/roma-plan'))).toBe('roma-plan init plan.yaml --resume');
    expect(resumeCommand("plans/Novi Bečej's plan.yaml", 'sr-Latn', posixRun('/usr/local/bin/roma-plan'))).toBe("roma-plan init 'plans/Novi Bečej'\\''s plan.yaml' --resume --lang sr-Latn");
    expect(resumeCommand('plan.yaml', 'hu', posixRun('/x/_npx/1/node_modules/.bin/roma-plan', { env: { npm_command: 'exec' } }))).toBe('npx roma-plan init plan.yaml --resume --lang hu');
    const withOptions = posixRun('/home/ana/plans/roma-plan/bin/roma-plan.js', { argv: ['/usr/bin/node', '/home/ana/plans/roma-plan/bin/roma-plan.js', 'init', '--no-color', 'plan.yaml', '--lang', 'mk'] });
    expect(resumeCommand('plan.yaml', 'mk', withOptions)).toBe('node roma-plan/bin/roma-plan.js --no-color init plan.yaml --resume --lang mk');
    expect(resumeCommand('my plan.yaml', 'ro', winRun('C:\\Program Files\\roma-plan\\bin\\roma-plan.js'))).toBe('node "C:\\Program Files\\roma-plan\\bin\\roma-plan.js" init "my plan.yaml" --resume --lang ro');
  });

  it('rewrites the roma-plan commands a translated message holds, and leaves other text alone', () => {
    const viaNode = posixRun('/opt/roma-plan/bin/roma-plan.js');
    expect(startedAs('Render it any time with: roma-plan render plan.yaml', viaNode)).toBe('Render it any time with: node /opt/roma-plan/bin/roma-plan.js render plan.yaml');
    expect(startedAs('Később bármikor elkészítheti: roma-plan render plan.yaml', posixRun('/home/ana/.npm/_npx/3ed4/node_modules/.bin/roma-plan', { env: { npm_command: 'exec' } }))).toBe('Később bármikor elkészítheti: npx roma-plan render plan.yaml');
    expect(startedAs('the roma-plan package; roma-plan render x', posixRun('/usr/local/bin/roma-plan'))).toBe('the roma-plan package; roma-plan render x');
    expect(startedAs('the roma-plan package; roma-plan render x', viaNode)).toBe('the roma-plan package; node /opt/roma-plan/bin/roma-plan.js render x');
    expect(startedAs('see roma-plan-0.1.0.tgz', viaNode)).toBe('see roma-plan-0.1.0.tgz');
    expect(commandLine(['validate', 'plan.yaml'], viaNode)).toBe('node /opt/roma-plan/bin/roma-plan.js validate plan.yaml');
  });
});

describe('the editor for long answers (Ctrl+E)', () => {
  const none = () => false;
  it("is the person's own when $VISUAL or $EDITOR is set, on every system", () => {
    expect(defaultEditor({ env: { EDITOR: 'code --wait' }, platform: 'win32' }, none)).toBeUndefined();
    expect(defaultEditor({ env: { VISUAL: 'emacs' }, platform: 'linux' }, none)).toBeUndefined();
  });
  it('is Notepad on Windows, nano where it is on the PATH, else vi', () => {
    expect(defaultEditor({ env: { Path: 'C:\\Windows\\system32' }, platform: 'win32' }, none)).toBe('notepad');
    expect(defaultEditor({ env: { PATH: '/usr/local/bin:/usr/bin' }, platform: 'linux' }, (f) => f === '/usr/bin/nano')).toBe('nano');
    expect(defaultEditor({ env: { PATH: '/usr/bin' }, platform: 'darwin' }, none)).toBe('vi');
  });
});
