import http from 'node:http';

/**
 * restify 11 loads spdy (HTTP/2), whose http-deceiver reads process.binding('http_parser') as
 * it loads; Node 24 removed that binding, so restify would not even load. The bot never uses
 * spdy, so where the binding is missing, a stand-in with the values http-deceiver reads (the
 * method list and the parser's callback slots) lets it load. Nothing else changes, and on Node
 * 20 and 22 nothing changes at all. Remove this once restify 12 (Node 22 and newer) is the floor.
 * Imported first by the composition root, before anything loads restify.
 */
const proc = process as unknown as { binding(name: string): unknown };
const original = proc.binding.bind(process);

function hasHttpParserBinding(): boolean {
  try {
    original('http_parser');
    return true;
  } catch {
    return false;
  }
}

if (!hasHttpParserBinding()) {
  const standIn = {
    HTTPParser: { methods: http.METHODS, kOnHeaders: 1, kOnHeadersComplete: 2, kOnBody: 3, kOnMessageComplete: 4 },
  };
  proc.binding = (name: string) => (name === 'http_parser' ? standIn : original(name));
}
