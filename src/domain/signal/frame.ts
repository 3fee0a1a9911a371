/**
 * Message-level reading: what the message as a whole does with the plans its cues find.
 *
 * - Retraction: "gaat niet door", "off the table", "we decided not to…" takes back every plan
 *   stated before it or in the same clause, however many technology words the message holds.
 *   A later clause that states a plan again wins ("de drone gaat niet door, maar we willen wel
 *   sensoren"); a question is not a retraction ("gaan we dat niet gewoon doen?").
 * - Short proposal: a message of a few words that names a technology and asks whether it may,
 *   could or should be done ("drone boven de markt, proefje?", "anpr at the p+r?") is a plan
 *   implied by the question; a question about the state of something existing is not.
 * - Report: a long message that is a report, a review or a status update, without a sentence in
 *   which the writer (or their team) wants, plans or asks something, holds no plan of its own,
 *   however much vocabulary it shares with one.
 * - Minutes: in the notes of our own meeting or a team's update, a plan in one item is ours even
 *   when a colleague or department states it, and the negative context of the other items does
 *   not count against it.
 */
import type { CompiledCue, Cue } from './cue.js';
import type { CueHit, Features } from './features.js';

/** A technology at least this strong can make a short question a proposal. */
const PLAN_TECH = 1.5;
/** Intent cues at least this strong are substantive: they can carry a plan. */
export const SUBSTANTIVE_INTENT = 1.0;
/** At most this many words for a short proposal, with a question tag… */
const SHORT_WITH_TAG = 10;
/** …or without one ("kentekencamera bij de p+r?"), also as the opening question of a message of at most SHORT_MESSAGE words. */
const SHORT_BARE = 8;
const SHORT_MESSAGE = 20;
/** Messages longer than this are read as a whole for the report frame. */
const LONG = 40;
/** A sentence of at most this many words can introduce the plan in the next one ("dit willen we gaan doen:"). */
const LEAD_IN_WORDS = 10;

/** A cue the message-level rules add themselves: it has no patterns and matches nothing. */
export const synthetic = (cue: Omit<Cue, 'patterns'>): CompiledCue => ({ ...cue, patterns: [], re: /(?!)/g });

export const SHORT_PROPOSAL = synthetic({
  code: 'intent.short-question',
  kind: 'intent',
  weight: 1.5,
  own: true,
  phase: 'idea',
});

/** Round 9 of issue 20: a plan typed as a note, a technology, a use and a time to come, with no verb. */
export const ANNOUNCEMENT = synthetic({
  code: 'intent.announced',
  kind: 'intent',
  weight: 1.5,
  phase: 'design',
});

export const REPORT = synthetic({
  code: 'context.report',
  kind: 'negative',
  weight: -3.0,
});

/** Intent cues that state what the writer or their organisation is going to do or asks to do. */
const PLAN_INTENTS = new Set([
  'intent.want',
  'intent.plan',
  'intent.idea',
  'intent.could',
  'intent.we-will',
  'intent.own',
  'intent.change',
  'intent.need',
  'intent.pilot',
  'intent.procure',
  'intent.build',
  'intent.golive',
  'intent.start',
  'intent.scheduled',
  'intent.digitise',
  'intent.ask-uthiek',
  'intent.ask-register',
  'intent.new-review',
  'intent.asks-if-known',
  'intent.too',
  'intent.short-question',
  'intent.gets',
]);
/** Cues that say a sentence is about someone else's plan: another organisation, news, an event, hearsay. */
const OTHERS = new Set(['context.other-party', 'context.news', 'context.event', 'context.followup', 'context.hearsay']);

/** Negative cues that mark a report of something that happened, exists or belongs to others. */
const REPORT_CONTEXT = new Set([
  'context.news',
  'context.event',
  'context.fault',
  'context.figures',
  'context.existing',
  'context.since-launch',
  'context.other-party',
  'context.followup',
  'context.opinion',
  'context.no-change',
]);

const has = (hits: readonly CueHit[], code: string) => hits.some((h) => h.cue.code === code);
const strongest = (hits: readonly CueHit[]) => hits.reduce((m, h) => Math.max(m, h.cue.weight), 0);

/** Sentences in which the writer (or their team) speaks. */
const weSentences = (features: Features) =>
  new Set(features.hits.filter((h) => h.cue.code === 'marker.we').flatMap((h) => h.sentences));

/** An intent stated by the writer or their own organisation, strong enough to carry a plan. */
const ownIntent = (h: CueHit, we: Set<number>) =>
  h.cue.weight >= SUBSTANTIVE_INTENT &&
  PLAN_INTENTS.has(h.cue.code) &&
  (h.cue.own === true || h.sentences.some((s) => we.has(s)));

/**
 * The retraction cues that count: outside questions, and with no later clause in which the writer
 * states a plan again, in contrast to what was taken back ("…gaat niet door, maar nu willen we het
 * opnieuw proberen"); "we zetten in plaats daarvan gewoon meer boa's in" restates nothing.
 */
export function countingRetractions(features: Features, intents: readonly CueHit[]): CueHit[] {
  const retractions = features.hits.filter((h) => h.cue.retraction === true);
  if (retractions.length === 0) return [];
  const questions = new Set(features.questions);
  const we = weSentences(features);
  const again = new Set(features.hits.filter((h) => h.cue.code === 'marker.again').flatMap((h) => h.clauses));
  const contrasting = new Set(features.contrasts);
  const retracted = new Set(retractions.flatMap((h) => h.clauses));
  const restated = intents
    .filter((h) => ownIntent(h, we))
    .flatMap((h) => h.clauses.filter((c) => !retracted.has(c) && (contrasting.has(c) || again.has(c))));
  const lastPlan = Math.max(-1, ...restated);
  return retractions.filter((h) => h.sentences.some((s) => !questions.has(s)) && Math.max(...h.clauses) >= lastPlan);
}

/** Technologies a bare question can name on its own ("anpr bij de p+r?"); verbs like "koppelen" need more. */
const NAMED_THINGS = new Set([
  'tech.cameras',
  'tech.plates',
  'tech.drones',
  'tech.sensors',
  'tech.tracking',
  'tech.biometrics',
  'tech.vision',
  'tech.chatbot',
  'tech.genai',
  'tech.algorithm',
  'tech.model',
  'tech.dashboard',
  'tech.platform',
  'tech.scoring',
  'tech.linking',
  'tech.automated-decision',
  'tech.automated-processing',
]);

/** A short message that names a technology and asks whether it may or could be done. */
export function shortProposal(
  features: Features,
  named: readonly CueHit[],
  negatives: readonly CueHit[],
): CompiledCue | undefined {
  // Only the message's own technology: a reply's question about its parent ("wanneer kunnen we het zien?") is no proposal.
  let tech = named;
  tech = tech.filter((h) => !h.cue.code.startsWith('reply.'));
  if (negatives.length > 0 || strongest(tech) < PLAN_TECH || has(features.hits, 'marker.status')) return undefined;
  // "drone boven de markt, wie doet mee?": a call to join in, or whether it needs a DPIA, proposes the thing.
  if (has(features.hits, 'marker.join-call') && features.wordCount <= SHORT_MESSAGE) return SHORT_PROPOSAL;
  // "Kun je de lijst even delen?" asks a colleague for something; it proposes nothing.
  if (features.masked.some((m) => m.code === 'sense.request')) return undefined;
  const tagged =
    has(features.hits, 'marker.proposal-tag') && (features.question || features.wordCount <= SHORT_WITH_TAG);
  if (tagged && features.wordCount <= SHORT_WITH_TAG) return SHORT_PROPOSAL;
  // Round 13 of issue 20: a few words that open with "mss", "misschien", "maybe" and name a thing
  // ("mss bodycams voor de handhavers in Zuid") propose it, as a short question does.
  if (
    has(features.hits, 'marker.hedge') &&
    !features.question &&
    features.wordCount <= SHORT_WITH_TAG &&
    tech.some((h) => h.cue.weight >= PLAN_TECH && NAMED_THINGS.has(h.cue.code) && h.sentences.includes(0))
  )
    return SHORT_PROPOSAL;
  if (!features.question || features.wordCount > SHORT_MESSAGE) return undefined;
  // The message, or its opening sentence, is a short question naming the thing.
  const opening =
    features.wordCount <= SHORT_BARE
      ? features.questions
      : features.questions.filter((s) => s === 0 && features.firstSentenceWords <= SHORT_BARE);
  const thing = tech.some(
    (h) => h.cue.weight >= PLAN_TECH && NAMED_THINGS.has(h.cue.code) && h.sentences.some((s) => opening.includes(s)),
  );
  return thing ? SHORT_PROPOSAL : undefined;
}

/** At most this many words for a plan typed as a note ("drone checks for dumping at Lage Weide, Q2"). */
const NOTE_WORDS = 12;

/**
 * The time to come closes the note ("…, Q2", "…, vanaf mei"), as notes put it; "Q3 figures are
 * refreshed" names a period, and "in reparatie tot volgende week" says how long a state lasts.
 */
function timeLast(features: Features): boolean {
  const future = features.hits.find((h) => h.cue.code === 'marker.future');
  if (future === undefined) return false;
  const text = features.text.replace(/[ .?]+$/, '');
  const re = new RegExp(future.cue.re.source, 'g');
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) last = m;
  if (last === null || last.index + last[0].length < text.length) return false;
  return !/(?:^| )(?:tot|until|till|untill)$/.test(text.slice(0, last.index).trimEnd());
}

/**
 * A plan typed as a note: a message of a few words, no question, that names a technology and a
 * time still to come ("drone checks for dumping at the industrial estate, Q2", "kentekencamera's
 * bij de brengpunten, na de zomer"). Not when it says that something exists, broke or was done
 * (a status word, or any negative context), nor when it already states an intent of substance.
 */
export function announcement(
  features: Features,
  named: readonly CueHit[],
  intents: readonly CueHit[],
  negatives: readonly CueHit[],
): CompiledCue | undefined {
  if (features.question || features.wordCount > NOTE_WORDS || negatives.length > 0) return undefined;
  if (
    !has(features.hits, 'marker.future') ||
    has(features.hits, 'marker.status') ||
    has(features.hits, 'marker.report')
  )
    return undefined;
  if (intents.some((h) => h.cue.weight >= SUBSTANTIVE_INTENT) || !timeLast(features)) return undefined;
  const thing = named.some(
    (h) => !h.cue.code.startsWith('reply.') && h.cue.weight >= PLAN_TECH && NAMED_THINGS.has(h.cue.code),
  );
  return thing ? ANNOUNCEMENT : undefined;
}

/**
 * Minutes or notes of our own meeting, or a team's update: every item in them is the
 * organisation's own business, so "Joost bouwt een dashboard op de klantgegevens" in item 2 is a
 * plan of our own, with no "we" in it. Not for reports of conferences and other events.
 */
function minutes(features: Features): boolean {
  return has(features.hits, 'marker.minutes') && !has(features.hits, 'marker.conference');
}

/**
 * The sentences in which the writer (or their team) wants, plans or asks something about a
 * technology; in minutes also a colleague or department, when the sentence is not about
 * another organisation, news, an event or something that exists or was assessed.
 */
export function ownPlanSentences(features: Features, tech: readonly CueHit[], intents: readonly CueHit[]): Set<number> {
  const we = weSentences(features);
  const inMinutes = minutes(features);
  const sentencesOf = (codes: (code: string) => boolean) =>
    new Set(features.hits.filter((h) => codes(h.cue.code)).flatMap((h) => h.sentences));
  const elsewhere = sentencesOf((c) => REPORT_CONTEXT.has(c) || c === 'context.event' || c === 'context.hearsay');
  const withTech = new Set(tech.filter((h) => h.cue.weight >= SUBSTANTIVE_INTENT).flatMap((h) => h.sentences));
  const clearTech = new Set(tech.filter((h) => h.cue.weight >= PLAN_TECH).flatMap((h) => h.sentences));
  // "Naar aanleiding hiervan willen we iets nieuws: de handhavers krijgen…": a short lead-in in which
  // the writer states an intent of their own owns the plan in the sentence after it; in minutes,
  // so does an item's heading ("voorstel:", "new request from MO:").
  const leadIns = new Set(
    intents
      .filter(
        (h) => ownIntent(h, we) || (inMinutes && h.cue.weight >= SUBSTANTIVE_INTENT && PLAN_INTENTS.has(h.cue.code)),
      )
      .flatMap((h) => h.sentences.filter((s) => (features.sentenceWords[s] ?? 0) <= LEAD_IN_WORDS)),
  );
  // "…een stand van een bedrijf dat bezwaren laat samenvatten door AI. Dat laatste wil ik wel proberen":
  // an own intent that points back to the thing named in the sentence before takes it as its plan.
  const anaphors = new Set(features.hits.filter((h) => h.cue.code === 'marker.anaphor').flatMap((h) => h.sentences));
  const out = new Set<number>();
  for (const h of intents) {
    const planned = h.cue.weight >= SUBSTANTIVE_INTENT && PLAN_INTENTS.has(h.cue.code);
    for (const s of h.sentences) {
      if (!withTech.has(s)) continue;
      if (h.cue.code.startsWith('intent.ask') || ownIntent(h, we) || (inMinutes && planned && !elsewhere.has(s)))
        out.add(s);
    }
  }
  const others = sentencesOf((c) => OTHERS.has(c));
  for (const s of leadIns) if (clearTech.has(s + 1) && !others.has(s + 1)) out.add(s + 1);
  for (const h of intents)
    for (const s of h.sentences) if (anaphors.has(s) && ownIntent(h, we) && clearTech.has(s - 1)) out.add(s);
  return out;
}

/** Whether the writer asks Team Uthiek about something, or states a plan of their own about a technology. */
function ownPlanSentence(features: Features, tech: readonly CueHit[], intents: readonly CueHit[]): boolean {
  return intents.some((h) => h.cue.code.startsWith('intent.ask')) || ownPlanSentences(features, tech, intents).size > 0;
}

/** A long report without a plan of the writer's own. */
export function report(
  features: Features,
  tech: readonly CueHit[],
  intents: readonly CueHit[],
): CompiledCue | undefined {
  if (features.wordCount <= LONG) return undefined;
  const marked = has(features.hits, 'marker.report') || features.hits.some((h) => REPORT_CONTEXT.has(h.cue.code));
  return marked && !ownPlanSentence(features, tech, intents) ? REPORT : undefined;
}

/** Minutes with at least this many items are read item by item. */
const MINUTES_ITEMS = 3;

/**
 * In minutes or a team update that hold a plan of our own in one item, the negative context
 * of the other items (the new telephone exchange, a course, the Christmas drinks, figures) says
 * nothing about that plan: the sentences whose negative cues still count. Undefined when the
 * message is not read item by item.
 */
export function itemsThatCount(
  features: Features,
  tech: readonly CueHit[],
  intents: readonly CueHit[],
): Set<number> | undefined {
  if (features.sentenceCount < MINUTES_ITEMS || !minutes(features)) return undefined;
  const plans = ownPlanSentences(features, tech, intents);
  return plans.size > 0 ? plans : undefined;
}
