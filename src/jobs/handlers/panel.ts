import type { AppDeps } from '../../app/deps.js';
import { normaliseExpertise } from '../../domain/expertise.js';
import type { JobHandlers } from '../scheduler.js';

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * At every start: panel members' expertise is read through the value model's vocabulary, so that
 * free-text tags of older versions ("algoritmen", "Privacy") become its ids; words that name no
 * term are kept aside, shown in the panel list, and never matched.
 */
export function panelJobs(deps: AppDeps): JobHandlers {
  return {
    'panel.normalise': {
      async run() {
        for (const m of deps.panel.all()) {
          const { ids, unknown } = normaliseExpertise(
            [...m.expertise, ...(m.unmatchedExpertise ?? [])],
            deps.valueModel.expertise,
          );
          if (same(ids, m.expertise) && same(unknown, m.unmatchedExpertise ?? [])) continue;
          const { unmatchedExpertise: _old, ...rest } = m;
          await deps.panel.save(
            { ...rest, expertise: ids, ...(unknown.length ? { unmatchedExpertise: unknown } : {}) },
            'system',
          );
          deps.logger.info({ memberId: m.id, unmatched: unknown.length }, 'panel expertise normalised');
        }
        return { status: 'done' };
      },
      interrupted: 'retry',
    },
  };
}
