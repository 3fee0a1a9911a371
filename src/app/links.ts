import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Clock } from '../domain/clock.js';
import { Settings } from '../store/repositories/settings.js';
import type { Store } from '../store/store.js';
import type { Links } from './ports.js';

/** Links in a report card stay valid for a working day. */
export const LINK_VALID_MS = 8 * 60 * 60 * 1000;

/**
 * Signed download links (calendar invitations, preparation packs) for people outside Teams:
 * unguessable, bound to one path. The key is generated once and kept in the store's secrets
 * file (mode 0600), never in the snapshot or journal.
 */
export class LinkSigner implements Links {
  private base = '';

  private constructor(
    private readonly secret: Buffer,
    private readonly clock: Clock,
  ) {}

  static async open(store: Store, clock: Clock): Promise<LinkSigner> {
    const settings = new Settings(store, clock);
    const legacy = settings.legacyLinkSecret();
    // links signed before keep working: the old key moves into the secrets file
    const secret = store.secret('links', legacy ? Buffer.from(legacy, 'hex') : undefined);
    if (legacy) await settings.removeLegacyLinkSecret();
    return new LinkSigner(secret, clock);
  }

  /** Where people reach the bot: PUBLIC_URL, or the local address in local mode. */
  setBase(url: string): void {
    this.base = url.replace(/\/$/, '');
  }

  private signature(path: string): string {
    return createHmac('sha256', this.secret).update(path).digest('base64url').slice(0, 32);
  }

  /** A link to `path`; with `validForMs` it stops working after that time. */
  url(path: string, validForMs?: number): string {
    if (validForMs === undefined) return `${this.base}${path}?sig=${this.signature(path)}`;
    const exp = this.clock.now().getTime() + validForMs;
    return `${this.base}${path}?exp=${exp}&sig=${this.signature(`${path}|${exp}`)}`;
  }

  verify(path: string, sig: string | undefined, exp?: string): boolean {
    if (!sig) return false;
    if (exp !== undefined && exp !== '' && !(Number(exp) > this.clock.now().getTime())) return false;
    const expected = Buffer.from(this.signature(exp ? `${path}|${exp}` : path));
    const given = Buffer.from(sig);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }
}
