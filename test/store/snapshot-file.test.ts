import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSnapshot, SnapshotFile, type Snapshot } from '../../src/store/snapshot-file.js';
import { dataDir } from './helpers.js';

/** The file as it was written in one piece before snapshots were serialised in slices. */
const inOnePiece = (data: Snapshot) => {
  const body = JSON.stringify(data);
  return `{"checksum":"${createHash('sha256').update(body).digest('hex')}","body":${body}}`;
};

describe('the snapshot file', () => {
  it('is written in slices, byte for byte what writing it in one piece gave, 0600, and reads back', async () => {
    const dir = dataDir();
    const doc = fc
      .dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 5 })
      .map((d) => ({ ...d, id: 'x' }));
    const snapshot = fc.record({
      schemaVersion: fc.integer({ min: 1, max: 9 }),
      seq: fc.nat(),
      eventSeq: fc.nat(),
      collections: fc.dictionary(
        fc.constantFrom('cases', 'people', 'jobs', 'ü'),
        fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), doc, { maxKeys: 6 }),
      ),
    });
    let n = 0;
    await fc.assert(
      fc.asyncProperty(snapshot, async (data) => {
        const file = path.join(dir, `s${n++}.json`);
        const adapter = new SnapshotFile(file);
        await adapter.write(data as Snapshot);
        const text = fs.readFileSync(file, 'utf8');
        expect(text).toBe(inOnePiece(data as Snapshot));
        expect(adapter.size).toBe(JSON.stringify(data).length);
        expect(fs.statSync(file).mode & 0o777).toBe(0o600);
        expect(parseSnapshot(text, file)).toEqual(JSON.parse(JSON.stringify(data)));
        expect(fs.existsSync(`${file}.tmp`)).toBe(false);
      }),
      { numRuns: 100 },
    );
  });
});
