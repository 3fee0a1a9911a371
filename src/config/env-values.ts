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

/** A level of the escalation line: a code for the records (derived from the name) and the name people see. */
export interface EscalationLevel {
  code: string;
  name: string;
}

const slug = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Comma-separated names of the escalation line's levels, lowest first. */
export const escalationLevels = (name: string, fallback: string) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      const names = (v?.trim() ? v : fallback)
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      const levels = names.map((n) => ({ code: slug(n), name: n }));
      const codes = new Set(levels.map((l) => l.code));
      if (levels.length === 0 || levels.length > 8 || levels.some((l) => !l.code || l.name.length > 60)) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          message: `${name} must be 1 to 8 names of at most 60 characters, comma-separated (got "${v}")`,
        });
        return z.NEVER;
      }
      if (codes.size !== levels.length) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: `${name} names a level twice (got "${v}")` });
        return z.NEVER;
      }
      return levels;
    });
export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
