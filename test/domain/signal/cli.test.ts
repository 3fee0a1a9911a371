import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../support/temp-dir.js';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../../..');
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function file(lines: string[]): string {
  const t = tempDir('uthiek-detect-');
  cleanups.push(t.cleanup);
  const p = path.join(t.dir, 'input.jsonl');
  fs.writeFileSync(p, lines.join('\n'));
  return p;
}

async function detectCli(input: string, env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'scripts/detect.ts', input], {
      cwd: root,
      env: { ...process.env, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('scripts/detect.ts', () => {
  it('writes exactly one JSON line per input line, with the contract fields', async () => {
    const input = file([
      JSON.stringify({
        id: 'a',
        text: "Handhaving wil camera's met kentekenherkenning in de binnenstad",
        label: true,
        kind: 'camera',
      }),
      '',
      JSON.stringify({ id: 7, text: 'Wie heeft er zin in koffie?' }),
      JSON.stringify({ id: 'c', text: '' }),
      '   ',
    ]);
    const { code, stdout, stderr } = await detectCli(input);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.endsWith('\n')).toBe(true);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    const rows = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows.map((r) => r.id)).toEqual(['a', 7, 'c']);
    for (const r of rows) {
      expect(Object.keys(r).sort()).toEqual(['id', 'reasons', 'score', 'signal']);
      expect(typeof r.signal).toBe('boolean');
      expect(typeof r.score).toBe('number');
      expect(Array.isArray(r.reasons)).toBe(true);
      for (const reason of r.reasons as unknown[]) expect(typeof reason).toBe('string');
    }
    expect(rows[0]?.signal).toBe(true);
    expect(rows[1]?.signal).toBe(false);
    expect(rows[2]?.reasons).toEqual([]);
  });

  it('reads a reply with its "parent" as thread context', async () => {
    const parent = 'Amersfoort telt sinds kort bezoekers van de bibliotheek met slimme camera’s';
    const reply = 'Dat willen wij ook, bij de ingang van het stadskantoor';
    const input = file([
      JSON.stringify({ id: 'alone', text: reply }),
      JSON.stringify({ id: 'reply', text: reply, parent, reply: true }),
    ]);
    const { code, stdout } = await detectCli(input);
    expect(code).toBe(0);
    const [alone, withParent] = stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { signal: boolean; reasons: string[] });
    expect(alone!.signal).toBe(false);
    expect(withParent!.signal).toBe(true);
    expect(withParent!.reasons.some((r) => r.startsWith('in the message this replies to'))).toBe(true);
    const bad = await detectCli(file([JSON.stringify({ id: 1, text: 'ok', parent: 3 })]));
    expect(bad.stderr).toMatch(/:1: "parent" must be a string/);
  });

  it('honours DETECTOR_THRESHOLD', async () => {
    const input = file([JSON.stringify({ id: 1, text: 'Wie heeft er zin in koffie?' })]);
    const { stdout } = await detectCli(input, { DETECTOR_THRESHOLD: '0' });
    expect(JSON.parse(stdout.trim()).signal).toBe(true);
    const bad = await detectCli(input, { DETECTOR_THRESHOLD: 'veel' });
    expect(bad.code).not.toBe(0);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/DETECTOR_THRESHOLD/);
  });

  it('reports a bad line with its line number on stderr and exits non-zero', async () => {
    const input = file([
      JSON.stringify({ id: 1, text: 'ok' }),
      '{"id": 2, "text": ',
      JSON.stringify({ id: 3, text: 'ok' }),
    ]);
    const { code, stdout, stderr } = await detectCli(input);
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/:2: invalid JSON/);
  });

  it('reports a line without text', async () => {
    const { code, stderr } = await detectCli(file([JSON.stringify({ id: 1 })]));
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/:1: "text" must be a string/);
  });

  it('reports a missing file', async () => {
    const { code, stdout, stderr } = await detectCli('/nonexistent/input.jsonl');
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/file not found/);
  });
});
