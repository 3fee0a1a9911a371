import type { Locale } from './locale.js';

/** A city's value model (configuration, not code: other cities of the coalition use their own). */
export interface ValueModel {
  id: string;
  name: Record<Locale, string>;
  values: PublicValue[];
}

export interface PublicValue {
  id: string;
  name: Record<Locale, string>;
  description: Record<Locale, string>;
  /** Panel expertise tags that match this value (used to choose panel members). */
  expertise: string[];
}

export function valueById(model: ValueModel, id: string): PublicValue | undefined {
  return model.values.find((v) => v.id === id);
}
