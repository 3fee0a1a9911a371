import { describe, expect, it } from 'vitest';
import { detect } from '../../../src/domain/signal/detector.js';
import { translator } from '../../../src/i18n/index.js';
import { signalReason } from '../../../src/i18n/labels.js';

/** Replies read with the message they answer. All sentences are written for these tests. */
const OTHER_CITY = 'Amersfoort telt sinds kort bezoekers van de bibliotheek met slimme camera’s';
const PLAN = 'Vanaf mei laten we een model de binnenkomende bezwaarschriften per onderwerp sorteren';
const EXISTING = 'De parkeerscanauto rijdt al jaren door de binnenstad, zonder problemen';
const codes = (text: string, parentText?: string, parentSignal?: boolean) =>
  detect(text, {
    context: { ...(parentText ? { parentText } : {}), ...(parentSignal !== undefined ? { parentSignal } : {}) },
  }).reasons.map((r) => r.code);

describe('detect: a reply with its parent', () => {
  it('takes the technology from the parent when the reply carries a plan of its own', () => {
    const reply = 'Dat willen wij ook, bij de ingang van het stadskantoor';
    expect(detect(reply).signal).toBe(false);
    const d = detect(reply, { context: { parentText: OTHER_CITY } });
    expect(d.signal).toBe(true);
    expect(d.reasons.map((r) => r.code)).toContain('reply.tech.cameras');
    expect(signalReason(translator('nl'), 'reply.tech.cameras')).toMatch(/^in het bericht waarop dit reageert/);
    expect(d.hints.technologies).toContain('cameras');
  });

  it('reads a reply that adds to a signal as a change of that project, with the parent text or only its status', () => {
    const reply = '+1, en dan meteen ook de spoedgevallen erbij?';
    expect(detect(reply).signal).toBe(false);
    expect(detect(reply, { context: { parentText: PLAN } }).signal).toBe(true);
    expect(codes(reply, PLAN)).toContain('context.reply-adds');
    expect(detect(reply, { context: { parentSignal: true } }).signal).toBe(true);
    expect(codes(reply, undefined, true)).toContain('reply.parent-signal');
  });

  it('reads a reply that names the technology and its new use as a change on its own', () => {
    for (const reply of [
      '+1, kan hetzelfde model dan ook de spoedgevallen eruit pikken?',
      '+1, could the same model also predict which trees need pruning?',
    ]) {
      expect(detect(reply).signal).toBe(true);
      expect(detect(reply).reasons.map((r) => r.code)).toContain('intent.change');
    }
  });

  it('lets the parent supply the technology when the reply names only a passing detail', () => {
    const parent = 'Groningen heeft een app waarmee bewoners losliggende tegels met foto en locatie melden';
    const reply = 'dat moeten wij ook hebben, ipv dat telefoonnummer. ik zet het in het voorstel';
    expect(detect(reply).signal).toBe(false);
    expect(detect(reply, { context: { parentText: parent } }).signal).toBe(true);
    expect(codes(reply, parent)).toContain('reply.tech.platform');
  });

  it('does not read "ha," as a laugh or "net als daar" as a plan of another city', () => {
    expect(
      detect('ha, dat wil ik ook voor de singels, ik bel hun projectleider', { context: { parentText: OTHER_CITY } })
        .signal,
    ).toBe(true);
    expect(
      detect('lijkt me wat voor onze bibliotheken, net als daar', { context: { parentText: OTHER_CITY } }).signal,
    ).toBe(true);
  });

  it('keeps reactions and questions about the parent’s plan no signal', () => {
    for (const reply of [
      'Top, eindelijk!',
      'Wanneer kunnen we het zien?',
      'Wie is daar de projectleider van?',
      'Mag dat zomaar?',
      'Goed plan, succes ermee',
    ]) {
      expect(detect(reply, { context: { parentText: PLAN } }).signal).toBe(false);
      expect(detect(reply, { context: { parentSignal: true } }).signal).toBe(false);
    }
  });

  it('does not turn a reply into a signal when the parent has no plan and the reply adds none', () => {
    expect(detect('En klopt die data een beetje?', { context: { parentText: EXISTING } }).signal).toBe(false);
    expect(
      detect('Kunnen die ook bijhouden welke auto’s er vaak staan? Dan willen wij dat voor de vergunningen', {
        context: { parentText: EXISTING },
      }).signal,
    ).toBe(true);
  });

  it('lets a reply take a plan back', () => {
    expect(detect('Update: gaat niet door, het MT was tegen', { context: { parentText: PLAN } }).signal).toBe(false);
  });

  it('ignores an empty or malformed context', () => {
    const reply = 'Dat willen wij ook, bij de ingang van het stadskantoor';
    for (const context of [undefined, {}, { parentText: '' }, { parentText: 42 }, null]) {
      expect(detect(reply, { context: context as never })).toEqual(detect(reply));
    }
  });
});
