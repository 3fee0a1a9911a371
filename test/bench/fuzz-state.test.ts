import { afterEach, expect, it } from 'vitest';
import { buildState } from '../../bench/reliability/fuzz-state.js';
import { startTestBot, type TestBot } from '../support/bot-harness.js';

// The benchmarks are not run by CI, but bench:fuzz (and through it the guarantees of the HTTP
// edge) starts from a state built through the real flows. When a feature changes a flow, this
// test fails here instead of the benchmark stopping at its setup the next time someone runs it.
let h: TestBot | undefined;
afterEach(async () => {
  await h?.stop();
});

it("bench:fuzz's starting state can still be built through the real flows", async () => {
  h = await startTestBot();
  const t = await buildState(h);
  expect(Object.keys(t.byRole).sort()).toEqual(
    [
      'accepted',
      'algorithm',
      'assessed',
      'declined',
      'draft',
      'followUp',
      'needsInfo',
      'scheduled',
      'submitted',
    ].sort(),
  );
  expect(t.signalId).toBeTruthy();
  expect(t.proposalId).not.toBe(t.supersededProposalId);
}, 120_000);
