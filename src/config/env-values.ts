import { z } from 'zod';

/** The kinds of value an environment variable can hold, each with its own clear error message. */

export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

export const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

/** Comma-separated tenant ids (GUIDs); empty means "not set". */
export const tenantList = z
  .string()
  .optional()
  .transform((v, ctx) => {
    const ids = (v ?? '')
      .split(',')
      .map((s) => s.trim().toLowerCase())
      .filter((s) => s.length > 0);
    const bad = ids.filter((id) => !GUID.test(id));
    if (bad.length) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        message: `ALLOWED_TENANT_IDS must be tenant ids (GUIDs), comma-separated (got "${bad.join('", "')}")`,
      });
      return z.NEVER;
    }
    return [...new Set(ids)];
  });

export const idList = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s.length > 0),
  );

/** A number setting within [min, max]; `whole` for counts. Empty means the default. */
const numberSetting = (name: string, min: number, max: number, fallback: number, whole: boolean) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return fallback;
      const n = Number(v);
      if (!(whole ? Number.isInteger(n) : Number.isFinite(n)) || n < min || n > max) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          message: `${name} must be a ${whole ? 'whole number' : 'number'} from ${min} to ${max} (got "${v}")`,
        });
        return z.NEVER;
      }
      return n;
    });
export const int = (name: string, min: number, max: number, fallback: number) =>
  numberSetting(name, min, max, fallback, true);
export const num = (name: string, min: number, max: number, fallback: number) =>
  numberSetting(name, min, max, fallback, false);

export const bool = (name: string, fallback: boolean) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return fallback;
      if (/^(true|1|yes|ja)$/i.test(v)) return true;
      if (/^(false|0|no|nee)$/i.test(v)) return false;
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: `${name} must be true or false (got "${v}")` });
      return z.NEVER;
    });

export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
