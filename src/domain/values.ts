import type { Locale } from './locale.js';

/** A city's value model (configuration, not code: other cities of the coalition use their own). */
export interface ValueModel {
  id: string;
  name: Record<Locale, string>;
  values: PublicValue[];
  /** The expertise the panel can have: a controlled, translated vocabulary (see expertise.ts). */
  expertise: ExpertiseTerm[];
}

export interface PublicValue {
  id: string;
  name: Record<Locale, string>;
  description: Record<Locale, string>;
  /** Panel expertise ids (from `expertise`) that match this value (used to choose panel members). */
  expertise: string[];
}

/** One kind of expertise: a stable id, its name per language, and other words people use for it. */
export interface ExpertiseTerm {
  id: string;
  name: Record<Locale, string>;
  synonyms: string[];
}

export function valueById(model: ValueModel, id: string): PublicValue | undefined {
  return model.values.find((v) => v.id === id);
}
