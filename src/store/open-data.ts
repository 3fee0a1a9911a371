import fsp from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../log.js';
import { collectionNames } from './collections.js';
import type { DiskIo } from './files.js';
import { tighten } from './files.js';
import {
  generationDir,
  hasLegacyLayout,
  JOURNAL_DIR,
  listGenerations,
  readCurrent,
  readGeneration,
  removeStale,
  segmentName,
  SNAPSHOT_FILE,
  StoreDamagedError,
  switchCurrent,
  writeGeneration,
} from './generations.js';
import type { Migration } from './migrations.js';
import { emptyState, replay, snapshotOf, StateBuilder, type StoreState } from './replay.js';
import type { Snapshot } from './snapshot-file.js';
import type { AuditEvent } from './store.js';

interface OpenContext {
  version: number;
  migrations: Migration[];
  io: DiskIo;
  logger?: Logger;
  now: Date;
  /** Sees every audit event of the current generation as it is read (those of one commit at once). */
  onEvents?: (events: readonly AuditEvent[]) => void;
}

export interface OpenedData {
  generation: number;
  state: StoreState;
  snapshot: Snapshot;
  snapshotSize: number;
  /** The journal segment to append to. */
  lastSegment: number;
}

/**
 * Reads a data directory (locked by the caller): tightens its permissions, migrates the layout
 * of older versions or creates generation 1, removes what interrupted writes left behind, and
 * reads and checks the current generation. Damage throws StoreDamagedError; an unfinished last
 * line (a write cut off by a crash, never acknowledged) is cut off.
 */
export async function openData(root: string, ctx: OpenContext): Promise<OpenedData> {
  tighten(root);
  let generation = readCurrent(root);
  if (generation === undefined)
    generation = hasLegacyLayout(root) ? await migrateLegacy(root, ctx) : await initialise(root, ctx);
  const removed = await removeStale(root, generation);
  if (removed.length) ctx.logger?.info({ removed }, 'removed what an interrupted write or rewrite left behind');
  const dir = generationDir(root, generation);
  // the state is built while the journal is read, so the whole journal is never in memory at once
  let builder: StateBuilder | undefined;
  const build = (snapshot: Snapshot | null) =>
    (builder ??= new StateBuilder(snapshot, collectionNames, ctx.migrations, ctx.version, dir, ctx.onEvents));
  const content = await readGeneration(dir, { visit: (entry, snapshot) => build(snapshot).add(entry) });
  if (content.snapshotMissing) {
    content.problems.unshift(
      `the snapshot ${path.join(dir, SNAPSHOT_FILE)} is missing (CURRENT names ${path.basename(dir)}, which always has one)`,
    );
  }
  if (content.problems.length) throw new StoreDamagedError(root, content.problems);
  for (const warning of content.warnings) ctx.logger?.warn({ dataDir: root }, warning);
  const state = build(content.snapshot).state;
  if (content.unfinished) {
    const file = path.join(dir, JOURNAL_DIR, segmentName(content.unfinished.segment));
    ctx.logger?.warn({ file, offset: content.unfinished.offset }, 'dropping an unfinished journal line');
    await fsp.truncate(file, content.unfinished.offset);
  }
  return {
    generation,
    state,
    snapshot: content.snapshot!,
    snapshotSize: content.snapshotSize,
    lastSegment: content.segments.at(-1) ?? 1,
  };
}

/** A data directory from before generations: read it as it is, write it as generation 1. */
async function migrateLegacy(root: string, ctx: OpenContext): Promise<number> {
  const content = await readGeneration(root, { legacy: true });
  if (content.snapshotMissing && content.commits.length) {
    content.problems.unshift(`the snapshot ${path.join(root, SNAPSHOT_FILE)} is missing, but the journal holds data`);
  }
  if (content.problems.length) throw new StoreDamagedError(root, content.problems);
  for (const warning of content.warnings) ctx.logger?.warn({ dataDir: root }, `before migration: ${warning}`);
  const state = replay(content, collectionNames, ctx.migrations, ctx.version, root);
  await createFirstGeneration(root, ctx, snapshotOf(state, ctx.version), state);
  ctx.logger?.info({ dataDir: root, events: state.events.length }, 'data directory migrated to generation 1');
  return 1;
}

/** A new data directory, or one whose first start was cut off before CURRENT was written. */
async function initialise(root: string, ctx: OpenContext): Promise<number> {
  for (const n of listGenerations(root)) {
    const content = await readGeneration(generationDir(root, n));
    if (content.commits.length || (content.snapshot?.seq ?? 0) > 0) {
      throw new StoreDamagedError(root, [
        `${path.join(root, 'CURRENT')} is missing, but ${path.basename(generationDir(root, n))} holds data`,
      ]);
    }
  }
  const empty = emptyState(collectionNames);
  await createFirstGeneration(root, ctx, snapshotOf(empty, ctx.version), empty);
  return 1;
}

async function createFirstGeneration(
  root: string,
  ctx: OpenContext,
  snapshot: Snapshot,
  state: StoreState,
): Promise<void> {
  for (const n of listGenerations(root)) await fsp.rm(generationDir(root, n), { recursive: true, force: true });
  const at = ctx.now.toISOString();
  await writeGeneration(root, 1, { snapshot, events: state.events, version: ctx.version, at }, ctx.io);
  await switchCurrent(root, 1, ctx.io);
}
