import { renderCard, type CardJson } from './render.js';
import type { Verb } from './verbs.js';

/**
 * One line of a form card. Inputs show `value`; 'heading' shows `label` (our text); 'info'
 * shows `userText` (a person's text, as plain text).
 */
export interface FormField {
  id?: string;
  kind: 'text' | 'multiline' | 'number' | 'date' | 'toggle' | 'choice' | 'radio' | 'multi' | 'heading' | 'info';
  label?: string;
  value?: string;
  userText?: string;
  maxLength?: number;
  choices?: { title: string; value: string }[];
  error?: string;
}

export interface FormAction {
  title: string;
  verb: Verb;
  payload: Record<string, string | number>;
  style?: 'positive' | 'destructive' | 'default';
}

/**
 * A card with a list of fields and buttons (panel member, availability, outcome, decision,
 * follow-up); errors appear under their field and as a summary at the top.
 */
export function formCard(input: {
  title: string;
  subtitle?: string;
  intro?: string;
  notice?: string;
  errorSummary?: string;
  fields: FormField[];
  actions: FormAction[];
  /** A link to open (e.g. the final report): a checked https address. */
  link?: { title: string; url: string };
}): CardJson {
  return renderCard('form', {
    t: {
      title: input.title,
      intro: input.intro ?? '',
      notice: input.notice ?? '',
      errorSummary: input.errorSummary ?? '',
    },
    data: { subtitle: input.subtitle ?? '' },
    raw: {
      fields: input.fields.map((f) => ({
        id: '',
        label: '',
        value: '',
        userText: '',
        maxLength: 500,
        choices: [],
        error: '',
        ...f,
      })),
      actions: input.actions.map((a) => ({ style: 'default', ...a, payload: { ...a.payload, verb: a.verb } })),
      link: input.link ?? { title: '', url: '' },
    },
  });
}
