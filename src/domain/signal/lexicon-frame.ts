/**
 * Markers for the message-level rules of frame.ts and thread.ts: who speaks, what a short question
 * ends with, what marks a report or a status question, and the words with which a reply continues
 * the message it answers. Markers carry no weight of their own. Patterns use the language of
 * pattern.ts on normalised text.
 */
import type { Cue } from './cue.js';

const marker = (code: string, patterns: string[]): Cue => ({ code, kind: 'marker', weight: 0, patterns });

export const MARKER_CUES: readonly Cue[] = [
  marker('marker.we', [
    'wij|we|ons|onze|ik|mijn|mij|me|our|us|i|my|wed|ours',
    'were (going|planning|building|looking|thinking|doing|rolling|putting|paying|getting|working|buying|hoping|keen|considering|exploring|testing|trying|setting|about)',
    'well (use|do|build|roll|start|put|try|need|look|get|switch|keep|be|have|link|share|test|buy|set|introduce|ask)',
    'team|afdeling|department|directie|gemeente utrecht|the city|de gemeente',
  ]),
  marker('marker.proposal-tag', [
    'proefje|testje|pilotje|proberen|uitproberen|testen|doen|mag dat|mag het|mag dit|kan dat|kan het|kan dit|mogen we|mogen wij|kunnen we|kunnen wij',
    'goed idee|goed plan|slim|idee|iets voor ons|zinnig|haalbaar|ja of nee|oke|ok|okay|akkoord|zien jullie dat zitten|hoe kijken jullie daarnaar|wat vinden jullie|wat denken jullie',
    'legal|legaal|rechtmatig|lawful|thoughts|allowed|worth a try|worth it|good idea|shall we|should we|can we|could we|trial|try|ok to try|objections|bezwaar|what do you think|any objections|is that ok|is this ok|yes or no',
  ]),
  marker('marker.status', [
    'al|weer|nog|nu|already|again|still|yet|live|online|kapot|stuk|down|gisteren|vandaag|yesterday|today|vorige|vorig|last',
    'werkt|werken|doet|works|working|broken|opvragen|hoeveel|how many|wie heeft|who has|waar is|where is|waar staat|af|klaar|ready|done|bijgewerkt|updated',
  ]),
  marker('marker.report', [
    'verslag|verslagje|recap|write up|writeup|terugblik|terugkoppeling|stand van zaken|update over|update on|status on|status update|kwartaalupdate|jaarcijfers|annual figures|quarterly update',
    'incident|incidentje|incident report|incident summary|storing|storingsverslag|outage|outage report|root cause|oorzaak was|lessons learned|evaluatie volgt|evaluation follows',
    'takeaways|key takeaways|keynote|spreker|speaker|sprekers|speakers|panel|sessie|session|workshops|webinar|congres|conference|expo|summit|kennisdag|stands|presentaties|presentations|slides',
  ]),
  marker('marker.again', ['opnieuw|alsnog|again|toch wel|nu wel|now we do|this time|deze keer wel|once more|anyway']),
  marker('marker.wh', [
    '^ (wanneer|when|waar|where|wie|who|hoe laat|what time|welke|which|hoe lang|how long|hoeveel|how many|how much)',
  ]),
  marker('marker.refers-back', [
    '(dat|dit|die|deze|het|zoiets|zon|that|this|it|those|these|them|one|such a thing|something like that) ~ (ook|too|as well|also|eveneens)',
    'hetzelfde|the same|same thing|same for us|zoiets|zo iets|something similar|iets vergelijkbaars|such a thing|one of those|zon ding|wij ook|we ook|us too|me too|count us in|can we join|can i join|kunnen we aansluiten|kan ik aansluiten|aanhaken',
  ]),
  marker('marker.continue', [
    'ook|also|too|as well|meteen|erbij ?|ook erbij|erbij (nemen|zetten|doen|halen|betrekken)|en dan|dan ook|hetzelfde|dezelfde|zelfde|same|while were at it|als we toch bezig zijn|als we toch|daarnaast|tegelijk|tegelijkertijd|at the same time',
  ]),
];
