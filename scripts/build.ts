/**
 * Compiles the bot for production: TypeScript to JavaScript with tsc, plus every file the
 * runtime reads beside the code (card templates, configuration defaults, the detector's model,
 * the dashboard page and script), and a package.json that marks the output as ES modules and
 * carries the version. The result runs with plain Node, without tsx:
 *
 *   npm run build [-- --out DIR]      (default: dist/)
 *   node --max-semi-space-size=4 dist/src/index.js   (npm run start:prod; the Docker image)
 *   node dist/scripts/backup.js DIR   (also restore.js, store-check.js)
 *
 * Node finds the runtime dependencies in node_modules beside or above DIR.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * The V8 options the compiled bot runs with (`start:prod` and the Docker image's CMD; tests hold
 * both to this list, and the benches run the bot with it). V8 lets the young generation grow to
 * 2 × 16 MB (more on Node 24) while the start replays years of records, and keeps it, mostly
 * empty, for as long as the bot runs: 4 MB per semi-space cuts the resident memory of a bot with
 * ten years of data by about a tenth, at no throughput cost bench:turns could see (README, Speed).
 */
export const PRODUCTION_NODE_OPTIONS = ['--max-semi-space-size=4'] as const;

/** Files under src/ that are not TypeScript, relative to src/ (what tsc does not copy). */
export function runtimeAssets(srcDir = path.join(root, 'src')): string[] {
  return fs
    .readdirSync(srcDir, { recursive: true })
    .map(String)
    .filter((f) => fs.statSync(path.join(srcDir, f)).isFile() && !f.endsWith('.ts'));
}

export function build(outDir: string): void {
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json'), '--outDir', outDir], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`tsc failed (exit ${result.status})`);
  for (const file of runtimeAssets()) {
    const to = path.join(outDir, 'src', file);
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.copyFileSync(path.join(root, 'src', file), to);
  }
  fs.cpSync(path.join(root, 'cards'), path.join(outDir, 'cards'), { recursive: true });
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string; version: string };
  fs.writeFileSync(
    path.join(outDir, 'package.json'),
    `${JSON.stringify({ name: pkg.name, version: pkg.version, private: true, type: 'module' }, null, 2)}\n`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const { values } = parseArgs({ options: { out: { type: 'string', default: path.join(root, 'dist') } } });
  const out = path.resolve(values.out!);
  fs.rmSync(out, { recursive: true, force: true });
  build(out);
  const where = path.relative(process.cwd(), out) || '.';
  process.stdout.write(`Built into ${where}; start it with: node ${path.join(where, 'src', 'index.js')}\n`);
}
