import net from 'node:net';

export interface RawResponse {
  /** The status code, or undefined when the server answered nothing. */
  status: number | undefined;
  /** Interim statuses before it (100 Continue). */
  interim: number[];
  headers: Record<string, string>;
  body: string;
  /** The server closed the connection (rather than the client giving up). */
  closed: boolean;
  timedOut: boolean;
  error?: string;
  ms: number;
}

export interface RawOptions {
  /** Give up after this long without the server closing (default 10 s). */
  timeoutMs?: number;
  /** Write the request in these pieces, one per `gapMs` (a slow client). */
  gapMs?: number;
}

/**
 * One HTTP exchange over a plain socket, so that requests fetch() refuses to send (odd methods,
 * paths, lengths that lie, headers that never end) can be sent. Reads until the server closes
 * the connection; send `connection: close` to get it closed after the answer.
 */
export function rawExchange(port: number, pieces: (string | Buffer)[], options: RawOptions = {}): Promise<RawResponse> {
  const started = performance.now();
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    let timedOut = false;
    let error: string | undefined;
    let timer: NodeJS.Timeout | undefined;
    const giveUp = setTimeout(() => {
      timedOut = true;
      socket.destroy();
    }, options.timeoutMs ?? 10_000);
    socket.on('data', (d) => chunks.push(d));
    socket.on('error', (e) => (error = e.message));
    socket.on('close', () => {
      clearTimeout(giveUp);
      clearTimeout(timer);
      let text = Buffer.concat(chunks).toString('latin1');
      // interim answers (100 Continue) come first; the final one is what counts
      const interim: number[] = [];
      for (
        let m = /^HTTP\/1\.[01] (1\d\d)[^\r]*\r\n\r\n/.exec(text);
        m;
        m = /^HTTP\/1\.[01] (1\d\d)[^\r]*\r\n\r\n/.exec(text)
      ) {
        interim.push(Number(m[1]));
        text = text.slice(m[0].length);
      }
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...headerLines] = head.split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of headerLines) {
        const i = line.indexOf(':');
        if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
      }
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1];
      const raw = rest.join('\r\n\r\n');
      const body = headers['transfer-encoding'] === 'chunked' ? dechunk(raw) : raw;
      const ms = performance.now() - started;
      resolve({
        status: status ? Number(status) : undefined,
        interim,
        headers,
        body,
        closed: !timedOut,
        timedOut,
        error,
        ms,
      });
    });
    let i = 0;
    const writeNext = () => {
      if (i >= pieces.length || socket.destroyed) return;
      socket.write(pieces[i++]!, () => {
        if (options.gapMs) timer = setTimeout(writeNext, options.gapMs);
        else writeNext();
      });
    };
    socket.once('connect', writeNext);
  });
}

function dechunk(raw: string): string {
  let out = '';
  let at = 0;
  for (;;) {
    const eol = raw.indexOf('\r\n', at);
    const size = eol < 0 ? 0 : parseInt(raw.slice(at, eol), 16);
    if (!size) return out;
    out += raw.slice(eol + 2, eol + 2 + size);
    at = eol + 2 + size + 2;
  }
}

/** A request head: the request line, `host`, the given headers, and `connection: close` unless given. */
export function requestHead(method: string, path: string, headers: Record<string, string | number> = {}): string {
  const all: Record<string, string | number> = { host: '127.0.0.1', connection: 'close', ...headers };
  return `${method} ${path} HTTP/1.1\r\n${Object.entries(all)
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('')}\r\n`;
}

/** A whole request with a body of known length. */
export function rawRequest(
  port: number,
  method: string,
  path: string,
  headers: Record<string, string | number> = {},
  body: string | Buffer = '',
  options?: RawOptions,
) {
  const length = typeof body === 'string' ? Buffer.byteLength(body) : body.length;
  const head = requestHead(
    method,
    path,
    length || !['GET', 'HEAD'].includes(method) ? { 'content-length': length, ...headers } : headers,
  );
  return rawExchange(port, length ? [head, body] : [head], options);
}

/** A chunked body: each piece as one chunk, then the final empty chunk. */
export function chunked(pieces: (string | Buffer)[]): Buffer[] {
  return [
    ...pieces.map((p) => {
      const b = typeof p === 'string' ? Buffer.from(p) : p;
      return Buffer.concat([Buffer.from(`${b.length.toString(16)}\r\n`), b, Buffer.from('\r\n')]);
    }),
    Buffer.from('0\r\n\r\n'),
  ];
}
