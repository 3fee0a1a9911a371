import { renderCard, type CardJson } from './render.js';

/** One input of a simple form. `value` is what the input shows. */
export interface FormField {
  id: string;
  kind: 'text' | 'multiline' | 'number' | 'toggle' | 'multi';
  label: string;
  value: string;
  maxLength?: number;
  choices?: { title: string; value: string }[];
  error?: string;
}

/** A small settings form (panel member, availability), saved with `verb`; errors under their field. */
export function formCard(input: { title: string; verb: string; id: string; save: string; fields: FormField[]; errorSummary?: string }): CardJson {
  return renderCard('form', {
    t: { title: input.title, save: input.save, errorSummary: input.errorSummary ?? '' },
    raw: {
      verb: input.verb,
      id: input.id,
      fields: input.fields.map((f) => ({ maxLength: 500, choices: [], error: '', ...f })),
    },
  });
}
