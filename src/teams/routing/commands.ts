import type { Locale } from '../../config/env.js';
import type { MessageKey } from '../../i18n/index.js';
import { editDistance } from '../../domain/signal/fuzzy.js';
import { replaceTags } from '../../domain/text/html.js';
import type { Audience } from './access.js';

/** A typed command: the words that start it in each language, who may use it, and its line in the help card. */
export interface CommandSpec {
  id: string;
  words: Record<Locale, string[]>;
  help: MessageKey;
  audience: Audience;
}

export interface CommandMatch {
  spec: CommandSpec;
  /** What followed the command words, trimmed; original case kept. */
  args: string;
}

/** Commands are short; only this much of a message is read as one. */
export const MAX_COMMAND_CHARS = 2000;

/**
 * Text of a message as a command: tags and mentions removed, spaces collapsed. Linear in the
 * length, and only the first MAX_COMMAND_CHARS characters are read.
 */
export function commandText(text: string | undefined): string {
  const withoutMentions = (text ?? '').slice(0, MAX_COMMAND_CHARS).replace(/<at>[^<]*<\/at>/gi, ' ');
  // like .replace(/<[^>]+>/g, ' '), which would rescan the rest of the text from every '<'
  return replaceTags(withoutMentions, (_t, lt, gt) => (gt > lt + 1 ? ' ' : undefined))
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
      if ((lower === word || lower.startsWith(`${word} `)) && (!best || word.length > best.length))
        best = { spec, length: word.length };
    }
    const match = best
      ? {
          spec: best.spec,
          args: input
            .slice(best.length)
            .trim()
            .replace(/[.!?]+$/, ''),
        }
      : undefined;
    this.last = { text, match };
    return match;
  }

  /**
   * The command words a message that is no command is a typo away from ("regsiter" → "register",
   * "mycases" → "my cases"), among the commands `allowed` lets through; the person's own language
   * first. Words shorter than four letters are never suggested.
   */
  closest(text: string | undefined, locale: Locale, allowed: (spec: CommandSpec) => boolean): string | undefined {
    const tokens = commandText(text)
      .toLowerCase()
      .replace(/[.!?]+$/, '')
      .split(' ');
    let best: { word: string; distance: number; own: boolean } | undefined;
    for (const { spec, word } of this.words) {
      if (word.length < 4 || !allowed(spec)) continue;
      const max = word.length >= 7 ? 2 : 1;
      const head = tokens.slice(0, word.split(' ').length).join(' ');
      const distance = Math.min(
        editDistance(head, word, max),
        editDistance(tokens[0] ?? '', word.replace(/ /g, ''), max),
      );
      const own = spec.words[locale].some((w) => w.toLowerCase() === word);
      if (distance > max || (best && (distance > best.distance || (distance === best.distance && !own)))) continue;
      best = { word, distance, own };
    }
    return best?.word;
  }
}
