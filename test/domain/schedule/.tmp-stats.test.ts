import fc from 'fast-check';
import { it } from 'vitest';
import { proposeSlots } from '../../../src/domain/schedule/slot-finder.js';
import { scenario, toSearch } from './slot-scenario.fixture.js';
it('stats', () => {
  const st = { runs: 0, withSlots: 0, slots: 0, panelPicks: 0, urgentSlots: 0, highWithSlots: 0, codes: {} as Record<string, number> };
  fc.assert(fc.property(scenario, (s) => {
    const p = proposeSlots(toSearch(s)); st.runs++;
    if (p.slots.length) st.withSlots++;
    if (p.slots.length && s.impact === 'high') st.highWithSlots++;
    st.slots += p.slots.length;
    for (const x of p.slots) { st.panelPicks += x.panel.length; if (x.urgent) st.urgentSlots++; }
    for (const pr of p.problems) st.codes[pr.code] = (st.codes[pr.code] ?? 0) + 1;
  }), { numRuns: 300 });
  console.log(st);
});
