import os from 'node:os';

/** The machine a figure was measured on, and how busy it was (other processes slow every figure down). */
export function machine(): string {
  const load = os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  return `node ${process.version}, ${os.cpus().length} CPUs, load average ${load} (1, 5, 15 min)`;
}
