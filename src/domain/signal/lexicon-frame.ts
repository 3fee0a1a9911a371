/**
 * Markers for the message-level rules of frame.ts and thread.ts: who speaks, what a short question
 * ends with, what marks a report or a status question, and the words with which a reply continues
 * the message it answers. Markers carry no weight of their own. Patterns use the language of
 * pattern.ts on normalised text.
 */
import type { Cue } from './cue.js';
import { WHAT_IF_WE_TRIED } from './lexicon-intent.js';

const marker = (code: string, patterns: string[]): Cue => ({ code, kind: 'marker', weight: 0, patterns });

export const MARKER_CUES: readonly Cue[] = [
  marker('marker.we', [
    'wij|we|ons|onze|ik|mijn|mij|me|our|us|i|my|wed|ours',
    'were (adding|introducing|switching|going|planning|building|looking|thinking|doing|rolling|putting|paying|getting|working|buying|hoping|keen|considering|exploring|testing|trying|setting|about)',
    'well (use|do|build|roll|start|put|try|need|look|get|switch|keep|be|have|link|share|test|buy|set|introduce|ask)',
    'team|afdeling|department|directie|gemeente utrecht|the city|de gemeente',
    // Round 13 of issue 20: "I've", "we've" (normalised "ive", "weve") are the writer speaking.
    'ive|weve',
  ]),
  marker('marker.proposal-tag', [
    'proefje|testje|pilotje|proberen|uitproberen|testen|doen|mag dat|mag het|mag dit|kan dat|kan het|kan dit|mogen we|mogen wij|kunnen we|kunnen wij',
    'goed idee|goed plan|slim|idee|iets voor ons|zinnig|haalbaar|ja of nee|oke|ok|okay|akkoord|zien jullie dat zitten|hoe kijken jullie daarnaar|wat vinden jullie|wat denken jullie',
    'yesno|yes or no|ja of nee|yay or nay|wel of niet|doen of niet|iets voor ons|something for us',
    'legal|legaal|rechtmatig|lawful|thoughts|allowed|worth a try|worth it|good idea|shall we|should we|can we|could we|trial|try|ok to try|objections|bezwaar|what do you think|any objections|is that ok|is this ok|yes or no',
    // Round 12 of issue 20: whether the thing named pays off ("geluidsmeters bij de kademuren, loont dat?").
    'loont (dat|het|dit) ?|(is|zou) (dat|het|dit) ~ de moeite|(dat|het|dit) (waard|rendabel) ?|(would|does|will) (it|that|this) pay off|worth the (money|effort|cost)|worth (trying|testing|piloting|a pilot|a test) ?',
  ]),
  // Round 13 of issue 20: a short message that opens with a hedge ("mss …", "maybe …") suggests the thing it names (frame.ts).
  marker('marker.hedge', ['^ (mss|misschien|wellicht|maybe|perhaps|evt|eventueel)']),
  marker('marker.join-call', [
    'wie doet mee|wie doet er mee|wie doen er mee|wie heeft zin|wie wil meedenken|wie denkt mee|wie is trekker|wie wil trekken|wie wil er mee',
    'hoe (we|wij) dat ~ (aanpakken|opzetten|regelen|inrichten)|how (we|to) (set it up|set that up|go about it|tackle it|approach it)',
    'whos on it|who s on it|who is on it|who picks (this|it|that) up|wie pakt (dit|dat|het) op|wie pakt dit|wie neemt (dit|dat) op zich',
    'whos in|who is in|anyone in|who wants in|who wants to join|who wants to help|anyone keen|dpia ?|dpia nodig|dpia needed|(moet|moeten|need|needs) ~ dpia',
    // Round 11 of issue 20: whether the thing named needs to be flagged ("bodycams for the stewards, need to flag that?").
    '(need|needs|should|must) ~ (flag|report|register|mention) (that|this|it|them|those) ?',
    // Round 12 of issue 20: asking who knows more about the thing named ("bodycams voor de boa's, wie weet er meer van?").
    // Round 13 of issue 20: "…, quick win?" proposes the thing named, as a call to join in does.
    'quick win|quickwin|laaghangend fruit|low hanging fruit|no brainer|nobrainer',
    'wie weet (er|hier|daar|hiervan|ervan) ~ (meer|iets) (van|over|vanaf)|wie weet (hier|daar|er) meer van|wie weet (er|hier) iets van|who knows (more|anything) about (this|it|that|those|them)|(anyone|anybody) (know|knows) more',
  ]),
  marker('marker.status', [
    'al|weer|nog|nu|already|again|still|yet|(is|zijn|staat|staan) (live|online)|(live|online) ?|kapot|stuk|down|gisteren|vandaag|yesterday|today|vorige|vorig|last',
    'werkt|werken|doet ~ (het|ie|t|niks|niets|raar|vreemd)|works|working|broken|opvragen|hoeveel|how many|wie heeft (de|het|die|dat|deze|dit|nog|er)|who has (the|that|this|it)|waar is|where is|waar staat|af|klaar|ready|done|bijgewerkt|updated',
    '^ (are|is|zijn|staat|staan|werkt|werken|doet|doen|was|were|does|do) (the|de|het|those|these|die|deze|our|onze|that|this|dat|dit)',
    'toch ?|right ?|klopt dat|klopt het|is dat zo|mag je|are you allowed to|zou toch|zouden toch|was supposed to|were supposed to|zag je|did you see|have you seen|heb je ~ gezien|hebben jullie ~ gezien',
  ]),
  marker('marker.report', [
    'verslag|verslagje|recap|write up|writeup|terugblik|terugkoppeling|stand van zaken|update over|update on|status on|status update|kwartaalupdate|jaarcijfers|annual figures|quarterly update',
    'incident|incidentje|incident report|incident summary|storing|storingsverslag|outage|outage report|root cause|oorzaak was|lessons learned|evaluatie volgt|evaluation follows',
    'takeaways|key takeaways|keynote|spreker|speaker|sprekers|speakers|panel|sessie|session|workshops|webinar|congres|conference|expo|summit|kennisdag|stands|presentaties|presentations|slides',
  ]),
  marker('marker.minutes', [
    'notulen|notule|verslagje|actiepunten|actielijst|besluitenlijst|rondvraag|wvttk|aanwezig|afwezig|agendapunt*|volgende keer|volgend overleg',
    '(verslag|update|notities|aantekeningen) ~ (overleg|teamoverleg|werkoverleg|mt|vergadering|sync|standup|stand up|weekstart|team|afdeling|projectgroep|stuurgroep)',
    'status update|statusupdate|voortgangsrapportage|voortgang|progress update|sprint|sprint review|werksessie|teamsessie|brainstorm|teamdag|team meeting|teammeeting|teamvergadering',
    'teamupdate|teambericht|teamnieuws|teamoverleg|werkoverleg|mt overleg|afdelingsoverleg|weekupdate|week update|weekbericht|maandupdate|standup|stand up|weekstart|weekly|weekly update|monthly update|team update',
    '^ (mt|management team|stuurgroep|projectgroep|werkoverleg|teamoverleg|afdelingsoverleg)|(uit|van) het (mt|werkoverleg|teamoverleg|afdelingsoverleg)|(from|of) (the|our|todays|this weeks) (mt|management team|team meeting|sync|standup)',
    '^ minutes|meeting minutes|minutes (of|from) (our|the|todays|this|yesterdays) ~ (meeting|sync|standup|team|overleg)|meeting notes|notes|action points|action items|actions|any other business|aob|attendees|present|next meeting|next sync|sync|check in|checkin|retro',
  ]),
  marker('marker.suggestion', [
    // Round 11 of issue 20: "kunnen wij dat niet ook proberen voor …?" suggests, however long the rest of the question.
    '(kunnen|zouden|moeten|zullen|mogen|kan|zou) (we|wij) (dat|dit|het|die|zoiets|zo iets) niet ook ~~~ ?|(cant|couldnt|shouldnt) (we|i) (do|try|use|have) (that|this|it|one) (too|as well) ~~~ ?',
    '^ (zouden|moeten|kunnen|gaan|zullen) (we|wij) ~ (niet|geen)|(zouden|moeten|kunnen|gaan|zullen) (we|wij) ~~ (niet|geen) ~~ ?|waarom ~~ (we|wij) ~~ (niet|geen) ~~ ?|(shouldnt|couldnt|cant|wouldnt) (we|it|they) ~~ ?|why dont we ~~ ?',
  ]),
  marker('marker.conference', [
    'keynote|key note|spreker|speaker|sprekers|speakers|panel|webinar|congres|conference|expo|summit|kennisdag|beurs|stands|lezing|symposium|festival|meetup|seminar',
  ]),
  marker('marker.anaphor', [
    // Round 13 of issue 20: "I've / we've" is the writer speaking; having agreed to test it takes up the thing named in the sentence before.
    '(afgesproken|agreed|afgestemd) ~~~ (proef|test|testen|proberen|uitproberen|pilot|pilots|piloten|try|trial)|(agreed|afgesproken) to (test|try|pilot|run|trial) (it|a|one|this|that)',
    // Round 13 of issue 20: "we want exactly that" after news takes over the thing named in the sentence before.
    '(wil|willen|want|wants) ~~ (precies|ook|net|exactly|just) ~ (zoiets|zo iets|iets vergelijkbaars|hetzelfde|something similar|the same|something like that|something like this)',
    '(dat|die|het) laatste|the latter|that last (one|thing|bit|idea)|(dat|dit|zoiets) (wil|willen|zou|zouden) (ik|we|wij)|(that|this) (is|s) something (we|i)|(wil|willen) (ik|we|wij) ~ ook (wel|graag)',
  ]),
  marker('marker.trial', [WHAT_IF_WE_TRIED]),
  // Round 9 of issue 20: a time that is still to come, for a plan typed as a note ("drone checks at X, Q2").
  marker('marker.future', [
    'q1|q2|q3|q4|next (week|month|year|quarter|spring|summer|autumn|fall|winter|sprint)|this (spring|summer|autumn|fall|winter)|after summer|after the (summer|holidays|summer break)|(from|starting) (next|january|february|march|april|may|june|july|august|september|october|november|december)|in (2027|2028|2029)',
    'volgende (week|maand|sprint)|volgend (jaar|kwartaal)|komend (jaar|kwartaal|voorjaar|najaar)|komende (maand|zomer|winter)|na de (zomer|zomervakantie|vakantie)|dit (voorjaar|najaar)|deze (zomer|winter)|vanaf (volgende|volgend|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)|in (2027|2028|2029)',
  ]),
  marker('marker.again', ['opnieuw|alsnog|again|toch wel|nu wel|now we do|this time|deze keer wel|once more|anyway']),
  marker('marker.wh', [
    '^ (wanneer|when|waar|where|wie|who|whos|hoe laat|what time|welke|which|hoe lang|how long|hoeveel|how many|how much)',
    // Round 11 of issue 20: the same question after an interjection ("oh cool, who's the project lead?").
    '^ (oh|ah|ok|oke|okay|nice|cool|top|mooi|leuk|great|wow|gaaf|vet|interessant|interesting|klinkt goed|sounds good) ~ (wanneer|when|waar|where|wie|who|whos|welke|which|hoe lang|how long|hoeveel|how many|how much) ~~ ?',
  ]),
  marker('marker.doubt', [
    'legally|legaal|juridisch ~ (houdbaar|mogelijk|toegestaan|ok)|wettelijk ~ (toegestaan|mogelijk)|houdbaar|privacy wise|privacywise|is that (even|really) (allowed|legal|ok)|can they (even|really|legally) do|mag dat (wel|zomaar|eigenlijk)|is dat wel|kan dat wel|mag dat van de avg|is that gdpr',
  ]),
  marker('marker.refers-back', [
    '(dat|dit|die|deze|het|zoiets|zon|that|this|it|those|these|them|one|such a thing|something like that) ~ (ook|too|as well|also|eveneens)',
    // round 10: "kan hij dan ook …?": a pronoun for something named elsewhere, asked to do more
    '^ (kan|kunnen|zou|zouden|could|can|would) (hij|zij|ze|he|she|they) ~ (ook|also|too|as well)',
    'hetzelfde|the same|same thing|same for us|zoiets|zo iets|something similar|iets vergelijkbaars|such a thing|one of those|zon ding|wij ook|we ook|us too|me too|count us in|can we join|can i join|kunnen we aansluiten|kan ik aansluiten|aanhaken',
  ]),
  marker('marker.continue', [
    'ook|also|too|as well|meteen|erbij ?|ook erbij|erbij (nemen|zetten|doen|halen|betrekken)|en dan|dan ook|hetzelfde|dezelfde|zelfde|same|while were at it|als we toch bezig zijn|als we toch|daarnaast|tegelijk|tegelijkertijd|at the same time',
  ]),
];
