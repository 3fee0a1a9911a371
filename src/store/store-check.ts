import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { collectionNames } from './collections.js';
import {
  generationDir,
  generationName,
  hasLegacyLayout,
  listGenerations,
  readCurrent,
  readGeneration,
  switchCurrent,
  writeGeneration,
  type GenerationContent,
} from './generations.js';
import { migrations, targetVersion } from './migrations.js';
import { replay } from './replay.js';
import type { Stored } from './store.js';

/** What `npm run store:check` found in a data directory. */
export interface CheckReport {
  where: string;
  layout: 'generation' | 'legacy' | 'empty';
  lines: string[];
  problems: string[];
  warnings: string[];
}

async function readCurrentData(
  root: string,
): Promise<{ content: GenerationContent; where: string; layout: CheckReport['layout']; generation?: number }> {
  let generation: number | undefined;
  try {
    generation = readCurrent(root);
  } catch (err) {
    const empty: GenerationContent = {
      snapshot: null,
      snapshotMissing: true,
      snapshotSize: 0,
      commits: [],
      skipped: 0,
      segments: [],
      problems: [(err as Error).message],
      warnings: [],
    };
    return { content: empty, where: root, layout: 'generation' };
  }
  if (generation !== undefined) {
    const dir = generationDir(root, generation);
    const content = await readGeneration(dir);
    if (content.snapshotMissing) content.problems.unshift(`the snapshot ${path.join(dir, 'uthiek.json')} is missing`);
    return { content, where: dir, layout: 'generation', generation };
  }
  if (hasLegacyLayout(root)) {
    const content = await readGeneration(root, { legacy: true });
    if (content.snapshotMissing && content.commits.length)
      content.problems.unshift('uthiek.json is missing, but the journal holds data');
    return { content, where: root, layout: 'legacy' };
  }
  const stray = listGenerations(root).map(generationName);
  const content: GenerationContent = {
    snapshot: null,
    snapshotMissing: true,
    snapshotSize: 0,
    commits: [],
    skipped: 0,
    segments: [],
    problems: stray.length ? [`CURRENT is missing, and ${stray.join(', ')} exist(s)`] : [],
    warnings: [],
  };
  return { content, where: root, layout: 'empty' };
}

/** Reads and checks everything, changes nothing. */
export async function checkDataDir(root: string): Promise<CheckReport> {
  const { content, where, layout } = await readCurrentData(root);
  const events = content.commits.reduce((n, { commit }) => n + (commit.events?.length ?? 0), 0);
  const lines = [
    `data directory: ${root} (${layout === 'legacy' ? 'layout of older versions, migrated at the next start' : layout === 'empty' ? 'no data yet' : `current: ${path.basename(where)}`})`,
    `snapshot: ${content.snapshot ? `valid, up to commit ${content.snapshot.seq}, ${content.snapshot.eventSeq} audit events` : content.snapshotMissing ? 'absent' : 'DAMAGED'}`,
    `journal: ${content.segments.length} segment(s), ${content.commits.length} intact line(s), ${events} audit event(s)` +
      (content.unfinished
        ? '; an unfinished last line (a write cut off by a crash, never acknowledged: dropped at start)'
        : ''),
  ];
  return { where, layout, lines, problems: content.problems, warnings: content.warnings };
}

/**
 * Keeps what is intact: the snapshot (if valid) and the journal up to the first damaged line or
 * gap, written as a new generation that becomes current. The damaged generation is moved aside
 * (`damaged-…`), not deleted. Returns what was kept and what is lost. Run only while the bot is stopped.
 */
export async function recoverDataDir(root: string, now: Date): Promise<string[]> {
  const { content, where, layout, generation } = await readCurrentData(root);
  const version = targetVersion(migrations);
  const kept: GenerationContent['commits'] = [];
  const snapSeq = content.snapshot?.seq ?? 0;
  let nextSeq = snapSeq + 1;
  let nextEvent = 1;
  for (const entry of content.commits) {
    const { commit } = entry;
    if (commit.seq > snapSeq && commit.seq !== nextSeq) break;
    if ((commit.events ?? []).some((e, i) => e.seq !== nextEvent + i)) break;
    kept.push(entry);
    if (commit.seq > snapSeq) nextSeq = commit.seq + 1;
    nextEvent += commit.events?.length ?? 0;
  }
  const state = replay({ ...content, commits: kept }, collectionNames, migrations, version, where);
  state.eventSeq = nextEvent - 1;
  const report = [
    content.snapshot
      ? `kept the snapshot (documents as of commit ${snapSeq})`
      : 'NO valid snapshot: documents not written again after the last snapshot are LOST (restore them from a backup if you can)',
    `kept ${kept.length} journal line(s), ${state.events.length} audit event(s), documents up to commit ${state.seq}`,
  ];
  const lost = content.commits.length - kept.length + content.skipped;
  if (lost)
    report.push(
      `LOST: ${lost} journal line(s) from the first damage or gap on: commits after ${state.seq}, audit events after ${state.eventSeq}`,
    );
  const next = Math.max(0, ...listGenerations(root)) + 1;
  const collections: Record<string, Record<string, Stored>> = {};
  for (const [name, byId] of state.docs) collections[name] = Object.fromEntries(byId);
  await writeGeneration(root, next, {
    snapshot: { schemaVersion: version, seq: state.seq, eventSeq: state.eventSeq, collections },
    events: state.events,
    version,
    at: now.toISOString(),
  });
  const aside = path.join(
    root,
    `damaged-${layout === 'legacy' ? 'legacy' : generationName(generation ?? 0)}-${now.toISOString().replace(/[:.]/g, '-')}`,
  );
  await fsp.mkdir(aside, { mode: 0o700 });
  if (layout === 'legacy') {
    for (const f of ['uthiek.json', 'journal'])
      if (fs.existsSync(path.join(root, f))) await fsp.rename(path.join(root, f), path.join(aside, f));
  } else if (generation !== undefined && fs.existsSync(generationDir(root, generation))) {
    await fsp.rename(generationDir(root, generation), path.join(aside, generationName(generation)));
  }
  await switchCurrent(root, next);
  report.push(
    `wrote ${generationName(next)} and made it current; the damaged data is in ${aside}: keep it until you are satisfied, then delete it (it may hold personal data)`,
  );
  return report;
}
