import type { Rng } from './prng.js';

/**
 * Odd values for fuzzing: wrong types, huge and strange strings, injections, prototype keys.
 * Every value here must be safe to send anywhere: no host names (a serviceUrl pointing at a
 * real host would make the bot try the network), no closed ports.
 */

export const KB = 1024;

/** JSON object text with a real "__proto__" own key (an object literal would set the prototype instead). */
export const protoObject = (inner: Record<string, unknown> = { fuzzPolluted: 'yes' }): unknown =>
  JSON.parse(`{"__proto__":${JSON.stringify(inner)}}`);

export const PROTO_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '__defineGetter__',
  'isPrototypeOf',
];

const UNICODE = [
  'Gemeente Utrecht – digitale ethiek ✓',
  'ÆØÅ æøå ß ĳ Ĳ ë ï',
  '👩🏽‍💻🚲🏙️',
  'e\u0301\u0301\u0301\u0301\u0301 combining',
  '\u202Egnp.exe\u202C',
  'admin\u202E\u2066\u2069',
  'zero\u200Bwidth\u200D\uFEFF',
  '\uD800 lone surrogate',
  '\uDFFF\uD800',
  '\u0000nul\u0000',
  'مرحبا بالعالم',
  'שלום עולם',
  '中文字符测试',
  '\r\n\t\v\f',
  'Ｕｔｈｉｅｋ',
  '\u0085\u2028\u2029',
];

const INJECTIONS = [
  '${}',
  '${$root}',
  '${data.projectName}',
  '${t.title}',
  '{{data.x}}',
  '${if(true, "a", "b")}',
  '${json(raw)}',
  '**vet** _schuin_ [klik](https://evil.invalid/x)',
  '![img](https://evil.invalid/p.png)',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<at>Uthiek Bot</at>',
  '<at id="0">Iedereen</at>',
  '&lt;b&gt;&amp;nbsp;&#x41;&#65;',
  "' OR 1=1 --",
  '../../../../etc/passwd',
  'a\r\nX-Injected: 1',
  '%00%0d%0a',
  '{"__proto__":{"fuzzPolluted":"yes"}}',
  '`rm -rf /`',
  '{{constructor.constructor("return process")()}}',
  '\\u0000\\ud800',
];

const NUMBERISH = [
  '0',
  '-0',
  '1',
  '-1',
  '1.5',
  '1e309',
  'NaN',
  'Infinity',
  '-Infinity',
  '0x10',
  '0b1',
  '  3  ',
  '00',
  '9007199254740993',
  '3e0',
];

export const PROTO_STRINGS = PROTO_KEYS;

/** A string of about `bytes` bytes built from a few shapes (plain, unicode, newlines, markup). */
export function hugeString(rng: Rng, bytes: number): string {
  const shape = rng.int(0, 4);
  const unit = ['x', 'é', '👍', '\n', '<b>a</b>'][shape]!;
  const unitBytes = Buffer.byteLength(unit);
  return unit.repeat(Math.max(1, Math.floor(bytes / unitBytes)));
}

/** A size for a huge string: mostly moderate, sometimes up to 200 KB. */
export function hugeSize(rng: Rng): number {
  return rng.weighted([
    [4, rng.int(41, 2000)],
    [3, rng.int(2 * KB, 20 * KB)],
    [2, rng.int(20 * KB, 100 * KB)],
    [1, rng.int(100 * KB, 200 * KB)],
  ]);
}

export function oddString(rng: Rng): string {
  switch (rng.int(0, 9)) {
    case 0:
      return rng.pick(['', ' ', '   ', '\t', '\n']);
    case 1:
      return rng.pick(UNICODE);
    case 2:
      return rng.pick(INJECTIONS);
    case 3:
      return rng.pick(NUMBERISH);
    case 4:
      return rng.pick(PROTO_KEYS);
    case 5:
      return hugeString(rng, hugeSize(rng));
    case 6:
      return `${rng.pick(UNICODE)}${rng.pick(INJECTIONS)}`;
    case 7:
      return rng.pick(['true', 'false', 'null', 'undefined', '[]', '{}', 'yes', 'no', 'adopt', 'high']);
    case 8:
      return rng.pick([
        'UTH-9999-999',
        'uth-2026-001',
        'UTH-2026-001 ',
        ' UTH-2026-001',
        'UTH-2026-0001',
        'UTH-2026-001\u0000',
        'UTH-2026-001\u202E',
        'UTH-',
        'prop-',
        'sig-',
        'panel-',
      ]);
    default:
      return String.fromCharCode(...Array.from({ length: rng.int(1, 40) }, () => rng.int(0, 0xffff)));
  }
}

/**
 * Deeply nested arrays or objects. JSON.stringify (and structuredClone) overflow the stack on a
 * few thousand levels, so the value is a placeholder string that `expandDeep` turns into the
 * nested JSON text when the body is written.
 */
export function deep(rng: Rng, depth: number): unknown {
  return `@@DEEP:${rng.bool() ? 'array' : 'object'}:${depth}@@`;
}

/** Replaces the placeholders of `deep` in a JSON text by the nesting they stand for. */
export function expandDeep(json: string): string {
  return json.replace(/"@@DEEP:(array|object):(\d+)@@"/g, (_m, kind: string, n: string) => {
    const depth = Number(n);
    return kind === 'array'
      ? `${'['.repeat(depth)}"leaf"${']'.repeat(depth)}`
      : `${'{"a":'.repeat(depth)}"leaf"${'}'.repeat(depth)}`;
  });
}

/** Any JSON value of a wrong type, for a field that expects a string (or a number). */
export function wrongType(rng: Rng): unknown {
  switch (rng.int(0, 13)) {
    case 0:
      return null;
    case 1:
      return rng.pick([0, -1, 1, 1.5, 1e308, -1e308, 2 ** 53 + 1, 3]);
    case 2:
      return rng.bool();
    case 3:
      return [];
    case 4:
      return [oddString(rng), rng.int(0, 9)];
    case 5:
      return {};
    case 6:
      return { toString: 'x', valueOf: 1, length: 3 };
    case 7:
      return protoObject();
    case 8:
      return JSON.parse('{"constructor":{"prototype":{"fuzzPolluted":"yes"}}}');
    case 9:
      return Array.from({ length: rng.int(100, 5000) }, (_, i) => i);
    case 10:
      return deep(rng, rng.int(20, 2000));
    case 11:
      return [[['UTH-2026-001']]];
    case 12:
      return { '0': 'a', length: 1 };
    default:
      return rng.pick([{ $ref: '#' }, { type: 'Action.Execute' }, ['__proto__']]);
  }
}

/** A wrong or odd value of any kind, strings included. */
export function oddValue(rng: Rng): unknown {
  return rng.bool(0.55) ? oddString(rng) : wrongType(rng);
}

/**
 * Prototype-pollution keys as real own properties (parsed from JSON text), merged over `base`.
 * Spread keeps an own "__proto__" key; never Object.assign or `o[k] = v` with these objects.
 */
export function pollutingData(rng: Rng, base: Record<string, unknown> = {}): Record<string, unknown> {
  const extra = rng.sample(
    [
      '"__proto__":{"fuzzPolluted":"yes","caseId":"UTH-2026-001","isMember":true}',
      '"constructor":{"prototype":{"fuzzPolluted":"yes"}}',
      '"prototype":{"fuzzPolluted":"yes"}',
      '"toString":"x"',
      '"hasOwnProperty":1',
      '"valueOf":{}',
      '"__defineGetter__":null',
      '"nested":{"__proto__":{"fuzzPolluted":"yes"}}',
    ],
    rng.int(1, 4),
  );
  return { ...base, ...(JSON.parse(`{${extra.join(',')}}`) as Record<string, unknown>) };
}

/** Sets a key as an own property, even "__proto__". */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
