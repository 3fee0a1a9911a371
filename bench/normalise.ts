/**
 * Cost of the text passes that read message HTML, on adversarial input of growing size: linear
 * time means ten times the text costs about ten times as much (the last column, ~10 and ~100).
 *
 *   npm run bench:normalise [-- --sizes 10000,100000,1000000 --runs 5]
 *
 * Paths measured: stripHtml (the scanner itself, no cap), normalise (the detector's text form,
 * no cap), detect (the signal path, capped at 40,000 characters inside the detector), the
 * message action's description (capped at MAX_MESSAGE_CHARS) and the command parser (capped at
 * MAX_COMMAND_CHARS). "before" is the regex form stripHtml replaced, measured up to 40,000
 * characters only (it is quadratic: 200,000 `<` took about 28 s).
 */
import { performance } from 'node:perf_hooks';
import { detect } from '../src/domain/signal/detector.js';
import { normalise, stripHtml } from '../src/domain/signal/normalise.js';
import { commandText } from '../src/teams/routing/commands.js';
import { descriptionFrom } from '../src/teams/routes/message-action.js';
import { benchOptions } from './support/args.js';

const options = benchOptions(['sizes', 'runs']);
const SIZES = (options.text('sizes') ?? '10000,100000,1000000').split(',').map(Number);
const RUNS = options.count('runs', 5);
const BEFORE_MAX = 40_000;

const repeat = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
const TEAMS_HTML =
  '<p><at>Uthiek Bot</at>&nbsp;We willen een <b>pilot</b> met camera&#39;s starten.</p><p>Mag dat?<br>Groet, Sanne</p>';
const INPUTS: Record<string, (n: number) => string> = {
  '"<" only': (n) => repeat('<', n),
  '"<a" repeated': (n) => repeat('<a', n),
  'unclosed <at>': (n) => repeat('<at>', n),
  '<at>text, no </at>': (n) => repeat('<at>a', n),
  'nested <b> then >': (n) => `${repeat('<b', n - 1)}>`,
  '"<br" repeated': (n) => repeat('<br', n),
  'spaces then text': (n) => `${' '.repeat(n - 1)}x`,
  'entity never ended': (n) => `&#x${'1'.repeat(n - 3)}`,
  'Teams HTML': (n) => repeat(TEAMS_HTML, n),
};

/** stripHtml as it was: the same regexes, each retried from every position. */
function stripHtmlBefore(input: string): string {
  return input
    .replace(/<at\b[^>]*>[\s\S]*?<\/at>/gi, ' ')
    .replace(/<(?:br|\/p|\/div|\/li)\b[^>]*>/gi, ' . ')
    .replace(/<[^>]*>/g, ' ');
}

const PATHS: Record<string, (s: string) => unknown> = {
  stripHtml,
  normalise,
  'detect (signal)': (s) => detect(s),
  'message action': (s) => descriptionFrom({ content: s, contentType: 'html' }),
  commandText,
  before: stripHtmlBefore,
};

function median(fn: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

const print = (line = '') => process.stdout.write(`${line}\n`);
const cell = (s: string, w: number) => s.padStart(w);
print(`Text passes on adversarial input — median of ${RUNS} runs, ms (Node ${process.version})`);
print(
  `${'input'.padEnd(22)}${'path'.padEnd(18)}${SIZES.map((n) => cell(n.toLocaleString('en'), 12)).join('')}${cell('growth', 20)}`,
);
let worst = 0;
for (const [inputName, make] of Object.entries(INPUTS)) {
  for (const [pathName, fn] of Object.entries(PATHS)) {
    const sizes = pathName === 'before' ? [10_000, BEFORE_MAX] : SIZES;
    const ms = sizes.map((n) => {
      const text = make(n);
      fn(text); // warm up (compiled code, string caches) before timing
      return median(() => fn(text));
    });
    const growth = ms
      .slice(1)
      .map(
        (m, i) => (ms[0]! > 0.05 ? (m / ms[0]!).toFixed(0) : '–') + `× at ${(sizes[i + 1]! / sizes[0]!).toFixed(0)}×`,
      );
    if (pathName === 'stripHtml') worst = Math.max(worst, ...ms);
    const cells =
      pathName === 'before' ? sizes.map((n, i) => `${ms[i]!.toFixed(1)} @${n / 1000}k`) : ms.map((m) => m.toFixed(1));
    print(
      `${(pathName === 'stripHtml' ? inputName : '').padEnd(22)}${pathName.padEnd(18)}${cells.map((c) => cell(c, 12)).join('')}${cell(growth.join(', '), 20 + (growth.length > 1 ? 12 : 0))}`,
    );
  }
}
print();
print(`Slowest stripHtml at ${SIZES.at(-1)!.toLocaleString('en')} characters: ${worst.toFixed(1)} ms.`);
