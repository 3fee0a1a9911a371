import type { CaseRecord } from '../domain/case/case.js';
import { FINAL_STATES } from '../domain/case/lifecycle.js';
import type { Locale } from '../i18n/index.js';
import type { AppDeps } from './deps.js';
import { invitePath, prepPath } from './schedule.js';

/**
 * How long after the assessment its invitation and preparation-pack links keep working. The
 * invitation is needed until the meeting; the pack is read before it and perhaps looked at again
 * in the days after (notes, expenses). Three days also spans a weekend; a longer life would only
 * widen the time in which a forwarded link shows the case to someone it was not meant for. Like the
 * other links for people outside Teams (LINK_VALID_MS, the personal page), they carry `exp`.
 */
export const AFTER_ASSESSMENT_MS = 3 * 24 * 60 * 60 * 1000;

/**
 * A signed link to the case's calendar invitation (as of its current version) or its preparation
 * pack, in `lang`, valid until AFTER_ASSESSMENT_MS after the assessment ends, or until `notAfter`
 * (epoch ms) when that is sooner. The expiry depends only on the assessment, so the link is the same
 * each time.
 */
export function assessmentFileUrl(
  deps: Pick<AppDeps, 'links' | 'clock'>,
  c: CaseRecord,
  kind: 'invite' | 'prep',
  { notAfter = Infinity, lang }: { notAfter?: number; lang: Locale },
): string {
  const exp = Math.min(Date.parse(c.schedule!.slot.end) + AFTER_ASSESSMENT_MS, notAfter);
  const url = deps.links.url(kind === 'prep' ? prepPath(c) : invitePath(c), exp - deps.clock.now().getTime());
  return `${url}&lang=${lang}`;
}

/**
 * Whether the case's file is still served to a valid link: never once the case has ended (closed,
 * cancelled); the pack not without an assessment that stands (none yet, or called off). The
 * invitation of a called-off assessment is its cancellation, and is served.
 */
export function assessmentFileServed(c: CaseRecord, kind: 'invite' | 'prep'): boolean {
  if (FINAL_STATES.has(c.state) || !c.schedule) return false;
  return kind === 'invite' || !c.schedule.cancelledAt;
}
