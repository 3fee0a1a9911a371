/**
 * Start-up of the compiled bot (what `npm run start:prod` runs: plain node with the production V8
 * options on dist/src/index.js) on a given data directory: the time from spawning the process
 * until `GET /healthz` answers 200, and its resident memory then (and at its peak), read from /proc.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { build, PRODUCTION_NODE_OPTIONS } from '../../scripts/build.js';

const REPO = path.resolve(import.meta.dirname, '../..');

export interface CompiledStart {
  /** Spawn → first 200 from /healthz. */
  readyMs: number;
  /** CPU time the process used until then (user + system): what the start costs, whatever else the machine runs. */
  cpuMs: number;
  /** Resident memory when /healthz first answered 200, and a second later (settled), bytes. */
  rssReady: number;
  rssSettled: number;
  /** Highest resident memory the process reached (VmHWM), bytes. */
  rssPeak: number;
}

/** Compiles the bot into a temporary directory (as `npm run build` does into dist/). */
export function buildCompiled(): { dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uthiek-bench-dist-'));
  build(dir);
  fs.symlinkSync(path.join(REPO, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

/** CPU time (user + system) a process used so far, ms (Linux; /proc/PID/stat counts in clock ticks of 10 ms). */
function cpuOf(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** VmRSS and VmHWM of a process, bytes (Linux). */
function memoryOf(pid: number): { rss: number; peak: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
  return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}

/** Starts `node DIST/src/index.js` on `dataDir`, waits for /healthz 200, measures, stops it with SIGTERM. */
export async function measureCompiledStart(
  distDir: string,
  dataDir: string,
  env: Record<string, string> = {},
  timeoutMs = 60_000,
): Promise<CompiledStart> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [...PRODUCTION_NODE_OPTIONS, path.join(distDir, 'src', 'index.js')], {
    cwd: distDir,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      PORT: String(port),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let output = '';
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once('exit', () => ((exited = true), resolve())));
  try {
    for (;;) {
      if (exited) throw new Error(`the compiled bot exited before it was ready:\n${output.slice(-2000)}`);
      if (performance.now() - started > timeoutMs)
        throw new Error(`the compiled bot was not ready within ${timeoutMs} ms`);
      const ok = await fetch(`http://127.0.0.1:${port}/healthz`)
        .then((r) => r.status === 200)
        .catch(() => false);
      if (ok) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    const readyMs = performance.now() - started;
    const cpuMs = cpuOf(child.pid!);
    const ready = memoryOf(child.pid!);
    await new Promise((r) => setTimeout(r, 1000));
    const settled = memoryOf(child.pid!);
    return { readyMs, cpuMs, rssReady: ready.rss, rssSettled: settled.rss, rssPeak: settled.peak };
  } finally {
    child.kill('SIGTERM');
    await exit;
  }
}
