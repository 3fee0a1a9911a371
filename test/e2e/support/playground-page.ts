import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type ElementHandle, type Locator, type Page } from 'playwright-core';
import { waitFor } from './processes.js';

/** Debian's Chromium; never a downloaded browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** DOM hooks of the playground UI (0.2.28). */
const SEL = {
  composer: '[role="textbox"][data-lexical-editor="true"]',
  card: '.ac-adaptiveCard',
  channelPost: '[role="group"].fui-Card',
  mentionItem: '[role="menu"] [role="menuitem"]',
  conversation: (name: string) => `[role="treeitem"][aria-label="${name}"]`,
};

interface StreamEvent {
  action: string;
  actionConversationId: string;
  message?: { from?: { id?: string }; text?: string; attachments?: { contentType: string; content: any }[] };
}

type CardInput = {
  type: string;
  id: string;
  label?: string;
  title?: string;
  choices?: { title: string; value: string }[];
  isMultiSelect?: boolean;
};

/** The texts a card shows without a click (not those inside a ShowCard), in order. */
function shownTexts(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(shownTexts);
  if (!node || typeof node !== 'object') return [];
  const n = node as Record<string, unknown>;
  const own =
    (n.type === 'TextBlock' || n.type === 'TextRun') && typeof n.text === 'string' && n.text.trim()
      ? [n.text.trim()]
      : [];
  return [...own, ...['body', 'items', 'columns', 'inlines'].flatMap((key) => shownTexts(n[key]))];
}

/** Text as compared with the screen: markdown marks dropped, spaces collapsed. */
const flat = (text: string) => text.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim();

/** A piece of a message that is on screen once the message is: a card's title, or the start of a text. */
function snippetOf(message: StreamEvent['message']): string | undefined {
  const card = message?.attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content;
  const text = card ? shownTexts(card)[0] : message?.text;
  const plain = text
    ?.split('\n')[0]
    ?.replace(/[*_`[\]()<>]/g, '')
    .trim();
  return plain ? plain.slice(0, 40).trim() : undefined;
}

function findInput(node: unknown, id: string): CardInput | undefined {
  if (Array.isArray(node)) {
    for (const n of node) {
      const hit = findInput(n, id);
      if (hit) return hit;
    }
  } else if (node && typeof node === 'object') {
    const n = node as Record<string, unknown>;
    if (n.id === id && String(n.type).startsWith('Input.')) return n as unknown as CardInput;
    for (const v of Object.values(n)) {
      const hit = findInput(v, id);
      if (hit) return hit;
    }
  }
  return undefined;
}

/** Drives the Agents Playground's web UI in headless Chromium, as a person would. */
export class PlaygroundPage {
  readonly events: StreamEvent[] = [];
  readonly cards: any[] = [];
  readonly blocked: string[] = [];
  private config: any;
  conversationId = '';

  private constructor(
    private readonly context: BrowserContext,
    readonly page: Page,
    private readonly profileDir: string,
    private readonly baseUrl: string,
  ) {}

  static async open(url: string): Promise<PlaygroundPage> {
    const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-chromium-'));
    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      viewport: { width: 1400, height: 1000 },
      args: CHROMIUM_ARGS,
    });
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(20_000);
    const ui = new PlaygroundPage(context, page, profileDir, url);
    // Only loopback: the UI asks a CDN for fonts, which it does without.
    await context.route(
      (u) => !['localhost', '127.0.0.1', '[::1]'].includes(u.hostname) && /^https?:$/.test(u.protocol),
      (route) => {
        ui.blocked.push(route.request().url());
        return route.abort('blockedbyclient');
      },
    );
    page.on('websocket', (ws) => {
      if (!ws.url().includes('/_ws_conversation/')) return;
      ws.on('framereceived', ({ payload }) => {
        try {
          const msg = JSON.parse(String(payload)) as StreamEvent;
          ui.events.push(msg);
          for (const a of msg.message?.attachments ?? [])
            if (a.contentType === 'application/vnd.microsoft.card.adaptive') ui.cards.push(a.content);
        } catch {
          /* not ours */
        }
      });
    });
    page.on('response', async (res) => {
      if (!res.url().endsWith('/_conversation/v1/invoke')) return;
      const body = await res.json().catch(() => undefined);
      if (body?.type === 'application/vnd.microsoft.card.adaptive') ui.cards.push(body.value);
    });
    const configResponse = page.waitForResponse((r) => r.url().endsWith('/_internal/v1/config'));
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    ui.config = (await (await configResponse).json()).config;
    ui.conversationId = ui.config.personalChat.id;
    await page.locator(SEL.composer).last().waitFor({ state: 'visible' });
    // the bot welcomes the person when the playground installs it in the personal chat
    await ui.rendered(await waitFor(() => ui.botMessages()[0], 'the welcome in the personal chat'));
    return ui;
  }

  private get botId(): string {
    return this.config.bot.id;
  }

  private get isChannel(): boolean {
    return this.config.teams.some((t: any) => t.channels.some((c: any) => c.id === this.conversationId));
  }

  /** Waits until a message the bot sent to the conversation on screen is shown. */
  async rendered(event: StreamEvent): Promise<void> {
    const snippet = snippetOf(event.message);
    if (snippet) await this.page.getByText(snippet, { exact: false }).last().waitFor({ state: 'visible' });
  }

  botMessages(conversationId = this.conversationId): StreamEvent[] {
    return this.events.filter(
      (e) =>
        e.action === 'createMessage' &&
        (e.actionConversationId === conversationId || e.actionConversationId.startsWith(`${conversationId};`)) &&
        e.message?.from?.id === this.botId,
    );
  }

  async selectConversation(name: string): Promise<void> {
    const ids: Record<string, string> = { 'Personal Chat': this.config.personalChat.id };
    for (const t of this.config.teams) for (const c of t.channels) ids[`${t.name} - ${c.name}`] = c.id;
    await this.page.locator(SEL.conversation(name)).click();
    this.conversationId = ids[name] ?? name;
    await this.page.locator(SEL.composer).first().waitFor({ state: 'visible' });
    // opening a channel installs the bot in its team the first time, and the bot says hello there
    const last = await waitFor(() => this.botMessages().at(-1), `a message from the bot in ${name}`);
    await this.rendered(last);
  }

  /** Types a message (with @mention outside the personal chat) and waits for the bot's reply. */
  async send(text: string): Promise<StreamEvent> {
    const before = this.botMessages().length;
    const mention = this.conversationId !== this.config.personalChat.id;
    const posts = this.page.locator(SEL.channelPost);
    const box = this.isChannel ? posts.first().locator(SEL.composer) : this.page.locator(SEL.composer).last();
    await box.click();
    if (mention) {
      await this.page.keyboard.type(`@${String(this.config.bot.name).slice(0, 3)}`);
      await this.page.locator(SEL.mentionItem, { hasText: this.config.bot.name }).first().click();
      await this.page.keyboard.type(' ');
    }
    await this.page.keyboard.type(text);
    if (this.isChannel) await posts.first().getByRole('button', { name: 'Post', exact: true }).click();
    else await this.page.keyboard.press('Enter');
    return this.waitForReply(before);
  }

  async waitForReply(after: number, match?: RegExp): Promise<StreamEvent> {
    const event = await waitFor(
      () =>
        this.botMessages()
          .slice(after)
          .find(
            (e) => !match || match.test(`${e.message?.text ?? ''} ${JSON.stringify(e.message?.attachments ?? [])}`),
          ),
      `a reply from the bot${match ? ` matching ${match}` : ''}`,
    );
    await this.rendered(event);
    return event;
  }

  /** The newest card on screen. */
  card(): Locator {
    const scope = this.isChannel
      ? this.page
          .locator(SEL.channelPost)
          .filter({ has: this.page.locator(SEL.card) })
          .first()
      : this.page;
    return scope.locator(SEL.card).last();
  }

  async cardText(): Promise<string> {
    return (await this.card().innerText()).replace(/\s+/g, ' ');
  }

  private input(id: string): CardInput {
    for (let i = this.cards.length - 1; i >= 0; i--) {
      const hit = findInput(this.cards[i], id);
      if (hit) return hit;
    }
    throw new Error(`no input "${id}" in the cards seen`);
  }

  private async control(el: CardInput): Promise<ElementHandle> {
    const label = el.label ?? el.title;
    const handle = await this.card().evaluateHandle((root: any, text) => {
      const norm = (s: string | null) =>
        (s ?? '')
          .replace(/\s*\*\s*$/, '')
          .replace(/\s+/g, ' ')
          .trim();
      const lab: any = [...root.querySelectorAll('label')].find((l: any) => norm(l.textContent) === norm(text ?? ''));
      if (!lab) return null;
      return (
        (lab.htmlFor && root.querySelector(`[id="${lab.htmlFor}"]`)) ||
        root.querySelector(`[aria-labelledby~="${lab.id}"]`) ||
        lab.parentElement?.querySelector('input')
      );
    }, label);
    const dom = handle.asElement();
    if (!dom) throw new Error(`no control for input "${el.id}" (label "${label}")`);
    return dom as ElementHandle;
  }

  /** Sets a card input by its id: text, 'YYYY-MM-DD', boolean for toggles, choice value(s). */
  async fill(id: string, value: string | boolean | string[]): Promise<void> {
    const el = this.input(id);
    const dom = await this.control(el);
    if (el.type === 'Input.Toggle') {
      const box = (await dom.evaluate((n: any) => n.matches('input')))
        ? dom
        : ((await dom.$('input[type=checkbox]')) as ElementHandle);
      if ((await box.isChecked()) !== Boolean(value)) await box.click();
      return;
    }
    if (el.type === 'Input.ChoiceSet') {
      const wanted = (Array.isArray(value) ? value : [String(value)]).map((v) => {
        const choice = el.choices?.find((c) => c.value === v || c.title === v);
        if (!choice) throw new Error(`input "${id}" has no choice "${v}"`);
        return choice;
      });
      if ((await dom.getAttribute('role')) === 'combobox') {
        await dom.click();
        for (const c of wanted) await this.page.getByRole('option', { name: c.title, exact: true }).click();
        return;
      }
      for (const c of wanted) {
        const option = (
          await dom.evaluateHandle(
            (root: any, ch) =>
              [...root.querySelectorAll('input[type=radio],input[type=checkbox]')].find(
                (n: any) =>
                  n.value === ch.value ||
                  n.getAttribute('aria-label') === ch.title ||
                  n.parentElement?.querySelector('label')?.textContent?.trim() === ch.title,
              ) ?? null,
            c,
          )
        ).asElement() as ElementHandle | null;
        if (!option) throw new Error(`input "${id}": option "${c.title}" not rendered`);
        if (!(await option.isChecked())) await option.click();
      }
      return;
    }
    await dom.fill(String(value));
    if (el.type === 'Input.Date') await dom.evaluate((n: any) => n.blur());
  }

  /** Clicks a card button and waits for the bot's answer to it. */
  async click(title: string): Promise<{ kind: 'invoke' | 'submit' | 'none'; response?: any }> {
    const sent = this.page
      .waitForRequest((r) => /\/_conversation\/v1\/(invoke|submit)$/.test(r.url()), { timeout: 3000 })
      .catch(() => null);
    const before = flat(await this.card().innerText());
    await this.card().getByRole('button', { name: title, exact: true }).click();
    const request = await sent;
    if (!request) return { kind: 'none' };
    const response = await (await request.response())?.json().catch(() => undefined);
    if (response?.type === 'application/vnd.microsoft.card.adaptive') {
      // the answer replaces the clicked card: wait until the card on screen changed, or already shows it
      const texts = shownTexts(response.value).map(flat);
      await waitFor(async () => {
        const now = flat(await this.card().innerText());
        return now !== before || texts.every((t) => now.includes(t));
      }, `the answer to "${title}" on screen`);
    }
    return { kind: request.url().endsWith('/invoke') ? 'invoke' : 'submit', response };
  }

  /**
   * A message from the current user that does not @mention the bot, in a group chat or channel:
   * what Teams delivers through the RSC permissions and the playground's UI cannot send.
   */
  async sendUnmentioned(conversationId: string, text: string): Promise<void> {
    const template = (await fetch(
      `${this.baseUrl}/_internal/v1/customActivities/template?conversationId=${encodeURIComponent(conversationId)}&type=userAdded`,
    ).then((r) => r.json())) as Record<string, any>;
    const user = this.config.currentUser;
    const { membersAdded: _m, ...rest } = template;
    const { eventType: _e, ...channelData } = rest.channelData ?? {};
    const activity = {
      ...rest,
      type: 'message',
      id: `unmentioned-${Date.now()}`,
      textFormat: 'plain',
      text,
      entities: [],
      channelData,
      from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
    };
    const res = await fetch(`${this.baseUrl}/_internal/v1/customActivities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    if (!res.ok) throw new Error(`custom activity refused: ${res.status} ${await res.text()}`);
  }

  /** Input ids of the newest card the bot sent that has this verb, starting with `prefix`. */
  inputIds(verb: string, prefix: string): string[] {
    const card = [...this.cards].reverse().find((c) => JSON.stringify(c).includes(`"verb":"${verb}"`));
    const ids: string[] = [];
    const walk = (n: unknown): void => {
      if (Array.isArray(n)) n.forEach(walk);
      else if (n && typeof n === 'object') {
        const o = n as Record<string, unknown>;
        if (typeof o.id === 'string' && String(o.type).startsWith('Input.') && o.id.startsWith(prefix)) ids.push(o.id);
        Object.values(o).forEach(walk);
      }
    };
    walk(card);
    return ids;
  }

  async screenshot(file: string): Promise<void> {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await this.page.screenshot({ path: file, fullPage: false });
  }

  async close(): Promise<void> {
    await this.context.close();
    fs.rmSync(this.profileDir, { recursive: true, force: true });
  }
}
