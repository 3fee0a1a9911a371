import fs from 'node:fs';
import path from 'node:path';
import { DockerfileParser, type Instruction } from 'dockerfile-ast';
import { validate } from 'dockerfile-utils';
import { describe, expect, it } from 'vitest';
import { PRODUCTION_NODE_OPTIONS } from '../../scripts/build.js';

/**
 * No Docker engine here: the Dockerfile is linted with dockerfile-utils (the linter of the VS
 * Code Docker extension) and its essentials are checked on the parsed instructions. It is not built.
 */
const root = path.resolve(import.meta.dirname, '../..');
const text = fs.readFileSync(path.join(root, 'Dockerfile'), 'utf8');
const instructions = DockerfileParser.parse(text).getInstructions();

/** The instructions of each stage, by the stage's name. */
function stages(): Map<string, Instruction[]> {
  const out = new Map<string, Instruction[]>();
  let current: Instruction[] | undefined;
  for (const i of instructions) {
    if (i.getKeyword() === 'FROM') {
      current = [];
      out.set(/\bAS\s+(\S+)/i.exec(i.getArgumentsContent() ?? '')?.[1] ?? `stage-${out.size}`, current);
    }
    current?.push(i);
  }
  return out;
}
const args = (i: Instruction) => i.getArgumentsContent() ?? '';
const find = (list: Instruction[], keyword: string) => list.filter((i) => i.getKeyword() === keyword).map(args);

describe('Dockerfile', () => {
  it('passes the linter, which does catch a broken one', () => {
    expect(validate(text).map((d) => `${d.range.start.line + 1}: ${d.message}`)).toEqual([]);
    expect(validate(`${text}\nEXPOSE not-a-port\nFROM\n`).length).toBeGreaterThan(0);
  });

  it('builds in one stage with the dev dependencies and runs the compiled bot from another', () => {
    const s = stages();
    expect([...s.keys()]).toEqual(['build', 'runtime']);
    const build = s.get('build')!;
    expect(find(build, 'RUN')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^npm ci\b(?!.*--omit=dev)/), 'npm run build']),
    );
    const runtime = s.get('runtime')!;
    expect(find(runtime, 'RUN').some((r) => /^npm ci --omit=dev\b/.test(r))).toBe(true);
    expect(find(runtime, 'COPY')).toContain('/app/dist ./dist');
    expect(
      runtime.find((i) => i.getKeyword() === 'COPY' && args(i) === '/app/dist ./dist')!.getTextContent(),
    ).toContain('--from=build');
    // the command start:prod runs, with the same V8 options
    const command = ['node', ...PRODUCTION_NODE_OPTIONS, 'dist/src/index.js'];
    expect(find(runtime, 'CMD')).toEqual([`[${command.map((a) => JSON.stringify(a)).join(', ')}]`]);
  });

  it('runs as a non-root user, with DATA_DIR a volume and a health check on /healthz', () => {
    const runtime = stages().get('runtime')!;
    const users = find(runtime, 'USER');
    expect(users).toHaveLength(1);
    expect(users[0]).not.toMatch(/^(root|0)(:|$)/);
    const dataDir = /DATA_DIR=(\S+)/.exec(find(runtime, 'ENV').join(' '))?.[1];
    expect(dataDir).toBe('/data');
    expect(find(runtime, 'VOLUME').join(' ')).toContain(`"${dataDir}"`);
    expect(find(runtime, 'HEALTHCHECK').join(' ')).toMatch(/CMD .*\/healthz/);
    // the user comes after everything that needs root
    const last = runtime.map((i) => i.getKeyword());
    expect(last.lastIndexOf('RUN')).toBeLessThan(last.indexOf('USER'));
  });

  it('has no tsx at run time, and the build context leaves out data, secrets and local builds', () => {
    const runtime = stages().get('runtime')!;
    for (const i of runtime) expect(args(i)).not.toMatch(/\btsx\b/);
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    expect(pkg.dependencies.tsx).toBeUndefined();
    const ignored = fs.readFileSync(path.join(root, '.dockerignore'), 'utf8').split('\n');
    for (const entry of ['node_modules', 'dist', 'data', '.env', '.git', 'manifest/build'])
      expect(ignored).toContain(entry);
  });
});
