import type { Locale } from '../config/env.js';
import type { MessageKey } from '../i18n/index.js';

/** A typed command: the words that start it in each language, and its line in the help card. */
export interface CommandSpec {
  id: string;
  words: Record<Locale, string[]>;
  help: MessageKey;
  audience: 'everyone' | 'uthiek';
}

export interface CommandMatch {
  spec: CommandSpec;
  /** What followed the command words, trimmed; original case kept. */
  args: string;
}

/** Text of a message as a command: tags and mentions removed, spaces collapsed. */
export function commandText(text: string | undefined): string {
  return (text ?? '')
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\/+/, '');
}

export class CommandRegistry {
  private readonly specs: CommandSpec[] = [];
  private readonly words: { spec: CommandSpec; word: string }[] = [];
  /** Every route asks about the same message in turn: remember the last answer. */
  private last: { text: string | undefined; match: CommandMatch | undefined } | undefined;

  add(spec: CommandSpec): CommandSpec {
    if (this.specs.some((s) => s.id === spec.id)) throw new Error(`command ${spec.id} registered twice`);
    this.specs.push(spec);
    for (const word of [...spec.words.nl, ...spec.words.en]) this.words.push({ spec, word: word.toLowerCase() });
    this.last = undefined;
    return spec;
  }

  list(): readonly CommandSpec[] {
    return this.specs;
  }

  /** The longest matching command words win ("mijn zaken" before "zaken"). */
  match(text: string | undefined): CommandMatch | undefined {
    if (this.last && this.last.text === text) return this.last.match;
    const input = commandText(text);
    const lower = input.toLowerCase().replace(/[.!?]+$/, '');
    let best: { spec: CommandSpec; length: number } | undefined;
    for (const { spec, word } of this.words) {
      if ((lower === word || lower.startsWith(`${word} `)) && (!best || word.length > best.length)) best = { spec, length: word.length };
    }
    const match = best ? { spec: best.spec, args: input.slice(best.length).trim().replace(/[.!?]+$/, '') } : undefined;
    this.last = { text, match };
    return match;
  }
}
