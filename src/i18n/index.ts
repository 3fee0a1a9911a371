import type { Locale } from '../domain/locale.js';
import { en } from './en/index.js';
import { nl, type MessageKey } from './nl/index.js';

export type { MessageKey, Locale };

const catalogues: Record<Locale, Record<MessageKey, string>> = { nl, en };

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

/** Fills {placeholders}; an unknown placeholder stays visible so a missing value is noticed. */
export function format(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function translator(locale: Locale): Translate {
  const catalogue = catalogues[locale];
  return (key, params) => format(catalogue[key], params);
}

/** The keys with a singular (`<key>.one`) and a plural (`<key>.other`) text, named without the suffix. */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer Base}.one` ? (`${Base}.other` extends MessageKey ? Base : never) : never;
}[MessageKey];

/**
 * The text of a plural key for `count`: `<key>.one` for exactly 1, `<key>.other` for any other
 * count (0 included), as Dutch and English both have it. `params` fill the text as with `t`.
 */
export function plural(t: Translate, key: PluralKey, count: number, params?: Params): string {
  return count === 1 ? t(`${key}.one`, params) : t(`${key}.other`, params);
}

/** Maps a Teams locale such as "en-US" or "nl-NL" to a supported language, if any. */
export function supportedLocale(tag: string | undefined | null): Locale | undefined {
  const lang = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return lang === 'nl' || lang === 'en' ? lang : undefined;
}

/** Whether `key` is in the catalogue: for keys built from data (e.g. an audit event's type). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(nl, key);
}

export function catalogue(locale: Locale): Readonly<Record<MessageKey, string>> {
  return catalogues[locale];
}
