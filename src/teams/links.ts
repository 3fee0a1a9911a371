import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Store } from '../store/store.js';
import type { Clock } from '../domain/clock.js';

const SECRET_ID = 'secret:links';

/**
 * Signed download links (calendar invitations, preparation packs) for people outside Teams:
 * unguessable, bound to one path. The secret is generated once and kept in the store.
 */
export class LinkSigner {
  private base = '';

  private constructor(
    private readonly secret: Buffer,
    private readonly clock: Clock,
  ) {}

  static async open(store: Store, clock: Clock): Promise<LinkSigner> {
    let secret = store.get('settings', SECRET_ID)?.secret;
    if (!secret) {
      secret = randomBytes(32).toString('hex');
      const value = secret;
      await store.transact((tx) => {
        if (!tx.get('settings', SECRET_ID)) tx.put('settings', { id: SECRET_ID, secret: value, updatedAt: clock.now().toISOString(), updatedBy: 'system' });
      });
      secret = store.get('settings', SECRET_ID)!.secret!;
    }
    return new LinkSigner(Buffer.from(secret, 'hex'), clock);
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
