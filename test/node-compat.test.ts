import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

/** Loads restify in a fresh Node whose process.binding lacks http_parser, as Node 24's does. */
function loadRestifyWithoutHttpParser(withCompat: boolean): string {
  const script = `
    const original = process.binding;
    process.binding = (name) => { if (name === 'http_parser') throw new Error('No such module: http_parser'); return original.call(process, name); };
    ${withCompat ? "await import('./src/node-compat.ts');" : ''}
    try { const restify = (await import('restify')).default; console.log('loaded', typeof restify.createServer); }
    catch (err) { console.log('failed', err.message); }`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--no-deprecation', '--input-type=module', '-e', script], {
    cwd: root,
    encoding: 'utf8',
  });
  return `${r.stdout}${r.stderr}`.trim();
}

describe('running on Node 24 (process.binding("http_parser") removed)', () => {
  it('restify loads with the stand-in binding, and does not load without it', () => {
    expect(loadRestifyWithoutHttpParser(false)).toContain('failed No such module: http_parser');
    expect(loadRestifyWithoutHttpParser(true)).toBe('loaded function');
  }, 60_000);
});
