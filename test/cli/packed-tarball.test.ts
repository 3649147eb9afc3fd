import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasStackTrace, root } from '../helpers/run-cli.js';

/**
 * The package as a coordinator gets it: `npm pack` (what a release publishes), installed into an
 * empty folder with its dependencies from the registry, and run from there, far from the sources.
 */

const onWindows = process.platform === 'win32';

function npm(args: string[], cwd: string): SpawnSyncReturns<string> {
  // npm is a .cmd script on Windows, which only a shell can start.
  return spawnSync('npm', args, { cwd, encoding: 'utf8', shell: onWindows, timeout: 200_000, env: { ...process.env, npm_config_update_notifier: 'false' } });
}

interface Packed {
  tarball: string;
  files: string[];
}

let packed: Packed;
let installDir: string;

function roma(args: string[], cwd = installDir): { status: number | null; stdout: string; stderr: string } {
  const bin = onWindows
    ? [process.execPath, join(installDir, 'node_modules', 'roma-plan', 'bin', 'roma-plan.js')]
    : [join(installDir, 'node_modules', '.bin', 'roma-plan')];
  const r = spawnSync(bin[0]!, [...bin.slice(1), ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  const packDir = mkdtempSync(join(tmpdir(), 'roma-plan-pack-'));
  // dist/ is built before the tests run; --ignore-scripts keeps the prepack build from rewriting
  // it under the other CLI tests that run at the same time.
  const pack = npm(['pack', '--ignore-scripts', '--json', '--pack-destination', packDir], root);
  expect(pack.status, pack.stderr).toBe(0);
  const info = (JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[])[0]!;
  packed = { tarball: join(packDir, info.filename), files: info.files.map((f) => f.path.replace(/\\/g, '/')) };

  installDir = mkdtempSync(join(tmpdir(), 'roma-plan-installed-'));
  writeFileSync(join(installDir, 'package.json'), '{ "private": true }\n');
  // As a user's npm installs it: with npm's default engine-strict=false, not this project's own
  // .npmrc (which npm test passes on). The Word writer depends on nanoid 6, which declares Node 22+
  // but runs on Node 20; npm then warns (EBADENGINE) and installs it.
  const install = npm(['install', '--no-audit', '--no-fund', '--engine-strict=false', packed.tarball], installDir);
  expect(install.status, install.stderr).toBe(0);
}, 240_000);

describe('the packed tarball', () => {
  it('ships what the package needs and nothing that points at files it does not ship', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { files: string[] };
    for (const entry of pkg.files) expect(existsSync(join(root, entry)), `files lists ${entry}`).toBe(true);
    for (const f of ['bin/roma-plan.js', 'dist/cli/main.js', 'dist/index.js', 'dist/index.d.ts', 'schemas/plan.schema.json', 'templates/plan.md.hbs', 'examples/pecs-hu.yaml']) {
      expect(packed.files).toContain(f);
    }
    expect(packed.files.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(packed.files.filter((f) => f.startsWith('src/') || f.startsWith('test/'))).toEqual([]);
  });

  it('runs --help, new --example, validate, render and init (without a terminal) from an empty folder', { timeout: 240_000 }, () => {
    const help = roma(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('init');

    const made = roma(['new', 'plan.yaml', '--example', 'pecs-hu']);
    expect(made.status, made.stderr).toBe(0);
    expect(readFileSync(join(installDir, 'plan.yaml'), 'utf8')).toMatch(/\$schema=node_modules\/roma-plan\/schemas\/plan\.schema\.json/);

    const valid = roma(['validate', 'plan.yaml']);
    expect(valid.status, valid.stdout + valid.stderr).toBe(0);

    const rendered = roma(['render', 'plan.yaml', '--out', 'out']);
    expect(rendered.status, rendered.stderr).toBe(0);
    expect(readdirSync(join(installDir, 'out')).sort()).toEqual(['plan.md', 'plan.pdf']);
    expect(readFileSync(join(installDir, 'out', 'plan.pdf')).subarray(0, 5).toString()).toBe('%PDF-');

    const init = roma(['init', 'new-plan.yaml']);
    expect(init.status).toBe(2);
    expect(init.stderr).toMatch(/^ {2}municipality\.name\s/m);
    expect(existsSync(join(installDir, 'new-plan.yaml'))).toBe(false);

    for (const r of [help, made, valid, rendered, init]) expect(hasStackTrace(r.stderr)).toBe(false);
  });
});
