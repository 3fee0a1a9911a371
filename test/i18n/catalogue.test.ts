import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/i18n/index.js';
import { enParts } from '../../src/i18n/en/index.js';
import { nlParts } from '../../src/i18n/nl/index.js';
import { ALGORITHM_CUES } from '../../src/domain/signal/lexicon-algorithm.js';
import { CONTEXT_CUES, MASK_CUES } from '../../src/domain/signal/lexicon-context.js';
import { DATA_CUES, SUBJECT_CUES } from '../../src/domain/signal/lexicon-data.js';
import { INTENT_CUES } from '../../src/domain/signal/lexicon-intent.js';
import { SENSING_CUES } from '../../src/domain/signal/lexicon-tech.js';
import { MODEL_REASON, MODEL_VETO_REASON } from '../../src/domain/signal/model.js';
import { detect } from '../../src/domain/signal/detector.js';

const I18N = path.resolve(import.meta.dirname, '../../src/i18n');

type Table = Record<string, string>;

/** Every table each file of a language's folder exports, by file. */
async function tablesByFile(lang: 'nl' | 'en'): Promise<Map<string, Table[]>> {
  const files = fs.readdirSync(path.join(I18N, lang)).filter((f) => f.endsWith('.ts') && f !== 'index.ts');
  const out = new Map<string, Table[]>();
  for (const file of files) {
    const module = (await import(path.join(I18N, lang, file))) as Record<string, unknown>;
    out.set(
      file,
      Object.values(module).filter((v): v is Table => typeof v === 'object' && v !== null),
    );
  }
  return out;
}

/** Keys that more than one file defines: the merged catalogue would silently keep only one text. */
function sharedKeys(byFile: Map<string, Table[]>): string[] {
  const files = new Map<string, string[]>();
  for (const [file, tables] of byFile)
    for (const key of new Set(tables.flatMap(Object.keys))) files.set(key, [...(files.get(key) ?? []), file]);
  return [...files].filter(([, f]) => f.length > 1).map(([key, f]) => `${key} in ${f.join(' and ')}`);
}

const placeholders = (text: string) => [...new Set(text.match(/\{\w+\}/g) ?? [])].sort();

describe('the text catalogue', () => {
  it('defines every key in one file only, in each language', async () => {
    for (const lang of ['nl', 'en'] as const) {
      const byFile = await tablesByFile(lang);
      expect(byFile.size).toBeGreaterThan(5);
      expect(sharedKeys(byFile), lang).toEqual([]);
    }
  });

  it('merges every file of the folder, and the same files in both languages', async () => {
    const nlFiles = [...(await tablesByFile('nl')).keys()].sort();
    const enFiles = [...(await tablesByFile('en')).keys()].sort();
    expect(enFiles).toEqual(nlFiles);
    const nlKeys = Object.values(nlParts).flatMap(Object.keys).sort();
    const filed = [...(await tablesByFile('nl')).values()].flat().flatMap(Object.keys).sort();
    expect(nlKeys).toEqual(filed);
    expect(Object.keys(enParts).sort()).toEqual(Object.keys(nlParts).sort());
  });

  it('has every key in both languages, part by part, with text and the same placeholders', () => {
    for (const [part, table] of Object.entries(nlParts)) {
      expect(Object.keys(enParts[part as keyof typeof enParts]).sort(), part).toEqual(Object.keys(table).sort());
    }
    const nl = catalogue('nl');
    const en = catalogue('en');
    const problems: string[] = [];
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) {
      if (!nl[key]?.trim() || !en[key]?.trim()) problems.push(`${key}: empty`);
      else if (placeholders(nl[key]).join() !== placeholders(en[key]).join())
        problems.push(`${key}: ${placeholders(nl[key]).join()} ≠ ${placeholders(en[key]).join()}`);
    }
    expect(problems).toEqual([]);
  });

  it("has a text for every reason the signal detector can give, and the detector's reasons are codes only", () => {
    const cues = [
      ...SENSING_CUES,
      ...ALGORITHM_CUES,
      ...DATA_CUES,
      ...SUBJECT_CUES,
      ...INTENT_CUES,
      ...CONTEXT_CUES,
      ...MASK_CUES,
    ];
    const codes = [
      ...cues.map((c) => c.code),
      MODEL_REASON.code,
      MODEL_VETO_REASON.code,
      'gate.no-intent',
      'gate.no-technology',
    ];
    const nl = catalogue('nl') as Record<string, string>;
    const en = catalogue('en') as Record<string, string>;
    expect(codes.filter((code) => !nl[`reason.${code}`] || !en[`reason.${code}`])).toEqual([]);
    const reasons = detect("Handhaving wil camera's met kentekenherkenning bij de ingang van de binnenstad").reasons;
    expect(reasons.length).toBeGreaterThan(0);
    for (const r of reasons) expect(Object.keys(r)).toEqual(['code']);
  });
});
