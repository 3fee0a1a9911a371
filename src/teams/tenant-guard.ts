import type { Activity } from 'botbuilder';
import type { Logger } from '../log.js';

/** The tenant an activity comes from, as Teams sends it (conversation, else channelData). */
export function tenantOf(activity: Partial<Activity>): string | undefined {
  const id =
    activity.conversation?.tenantId ?? (activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id;
  return typeof id === 'string' && id.length > 0 ? id.toLowerCase() : undefined;
}

/** Whether `tenantId` may use the bot: always with an empty allow-list (local mode), else only a listed tenant. */
export function tenantAllowed(allowed: readonly string[], tenantId: string | undefined): boolean {
  if (allowed.length === 0) return true;
  return tenantId !== undefined && allowed.includes(tenantId.toLowerCase());
}

/**
 * The first step of every turn: an activity from a tenant that is not on the allow-list (or from
 * no tenant at all, while there is a list) is dropped before any handler or store sees it. The
 * log names the tenant and the activity, nothing of the person or the text.
 */
export function tenantGuard(allowed: readonly string[], logger: Logger) {
  return (activity: Partial<Activity>): boolean => {
    const tenantId = tenantOf(activity);
    if (tenantAllowed(allowed, tenantId)) return true;
    logger.warn(
      { tenantId: tenantId ?? 'none', activityType: activity.type },
      'activity from a tenant that is not allowed: ignored',
    );
    return false;
  };
}
