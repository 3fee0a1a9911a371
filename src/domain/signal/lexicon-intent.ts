/**
 * Intent cues: the municipality (the writer, a department, a partner acting with it) wants,
 * plans, asks about, pilots, buys, builds, starts or changes something. Each may suggest an
 * intake phase. Patterns use the language of pattern.ts on normalised text.
 */
import type { Cue } from './cue.js';

const MONTHS =
  'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|may|june|july|august|october';
/** "vanaf …": a start date for something that changes. */
const START_DATES = `volgend jaar|volgende maand|komend jaar|komende maand|het nieuwe jaar|het nieuwe schooljaar|het voorjaar|de zomer|het najaar|de winter|${MONTHS}`;

/** "What if we tried sensors there?": a suggestion, not a thought experiment (context.what-if). */
export const WHAT_IF_WE_TRIED =
  '(what if|wat als) (we|wij) ~ (tried|try|trial|trialled|piloted|tested|test|used|use|put|installed|install|started|start|gave|let|linked|link|connected|combined|fed|proberen|probeerden|probeer|testen|gebruiken|gebruikten|inzetten|zetten|ophangen|hangen|plaatsen|laten|geven)|' +
  // Dutch puts the verb last: "wat als we de kentekencameras van de milieuzone ook gebruiken"
  '(wat als) (we|wij) ~~~ (proberen|probeerden|testen|gebruiken|gebruikten|inzetten|ophangen|plaatsen|koppelen|koppelden|combineren|aansluiten|voeden|laten)';

export const INTENT_CUES: readonly Cue[] = [
  {
    code: 'intent.want',
    kind: 'intent',
    carries: true,
    weight: 1.6,
    phase: 'idea',
    patterns: [
      'wil|wilt|willen|wilen|wille|zou graag|zouden graag|hopen|hoopt|ambitie|streven',
      // Round 9 of issue 20: "~" let "we're not interested" want; only words that strengthen may stand between.
      '(zijn|is|ben) (geinteresseerd|enthousiast)|(zijn|is|ben) (erg|zeer|heel|ook|wel|echt|best|zeker|allemaal) (geinteresseerd|enthousiast)',
      '(are|am|were) (interested|keen|enthusiastic)|(are|am|were) (very|really|quite|also|definitely|all|still|both|so|genuinely) (interested|keen|enthusiastic)|interested in (buying|using|trying|doing)|interesse in|zien ~ wel zitten|zien ~ zitten',
      'wants|wanted|we want|they want|i want|you want|want to|want a|want an|want the|want it|want them|want our|want more|want all|want this|want that|want real|want some',
      'would like|d like|wed like|theyd like|hope to|wish to|keen to|eager to',
      // Round 11 of issue 20: "I'd like" is normalised to "id like".
      'id like|id love|wed love|i would love|we would love',
    ],
  },
  {
    code: 'intent.plan',
    kind: 'intent',
    carries: true,
    weight: 1.4,
    phase: 'idea',
    patterns: [
      'plannetje|plannetjes|denk aan|ik denk aan|i was thinking|was thinking of|im thinking of|im thinking about',
      'plan|plannen|van plan|planning to|planning om|plans to|plan to|planned|gepland|voornemen*|intends|intend to|intention',
      '(denken|denk|denkt|dachten) erover|we denken ~~ aan|zitten te denken|zit te denken|we are thinking|were thinking|thinking of|toying with|spelen met de gedachte|met het idee',
      'bezien|wordt bekeken|worden bekeken|wordt gekeken|wordt onderzocht|worden onderzocht|wordt verkend|overwogen|in overweging|being considered|being explored|being looked at|being investigated|under consideration|looking at whether',
      'overweeg*|overwegen|considering|consider|denken aan|denkt ~ aan|denken ~ aan|thinking about|thinking of|denken na over|nadenken over|kijken of|gaan kijken|look at whether|see whether|see if|verkennen|verkent|verkenning|exploring|explore',
      'ik pak (het|dit|dat) ~ op|pak ik ~ op|ik neem (het|dit|dat) op met|(ill|i ll|i will|we ll|well) (pick|take) (it|this|that) up|new request (from|of|by)|nieuw verzoek (van|vanuit)|nieuwe vraag (van|vanuit)|(scoping|scope|scopen|oppakken|picking|pick) ~~ (next|volgende|komende) sprint|uitwerken|werken ~~ uit|werkt ~~ uit|work out|working out|flesh out|uitgewerkt tot|(gaan|gaat) ~~ (oppakken|doorvoeren|regelen)|(pakken|pakt) ~~ op',
      'onderzoek* of|onderzoekt|onderzoeken|(investigate|investigating|investigates) (whether|if|how)|looking into|look into|business case|roadmap',
      'er wordt gesproken over|wordt gesproken over|there is talk|talk of|sprake van|in de maak|in the works|op de planning|on the agenda|op stapel',
    ],
  },
  {
    code: 'intent.idea',
    kind: 'intent',
    carries: true,
    weight: 1.4,
    phase: 'idea',
    patterns: [
      'idee|ideeen|ideetje|ideetjes|idea|ideas|voorstel|stelt voor|stellen voor|stelde voor|stelden voor|proposal|propose*|suggest*|suggestie*|initiatief|initiative|brainstorm*',
      // Round 8 of issue 20: "let's …" / "laten we …" proposes, as "shall we" does.
      '(lets|let us) (do|add|get|try|use|test|pilot|start|build|buy|put|link|include|combine|connect|make|set|roll|order|install|hang|place|ask|bring|trial)',
      // Round 9: more verbs of doing after "let's" ("let's merge the two lists").
      '(lets|let us) (merge|share|switch|replace|automate|digitise|digitize|scan|track|measure|count|monitor|feed|hook|swap|move|train|deploy|launch|extend|expand|scale)',
      '(laten|laat) (we|wij|ons) ~~ (doen|toevoegen|proberen|gebruiken|testen|inzetten|starten|bouwen|kopen|aanschaffen|koppelen|maken|opzetten|uitrollen|aanvragen|ophangen|plaatsen|uitproberen|erbij halen|erbij pakken)',
      // The writer takes it forward as a proposal: "ik ga het voorstellen bij …", "I'll raise it with …".
      '(ik|we|wij) (ga|gaan|wil|willen|zal|zullen) (het|dit|dat) ~ (voorstellen|voorleggen|inbrengen|agenderen)|(dat|dit|het) (ga|gaan|wil|willen|zal|zullen) (ik|we|wij) ~ (voorstellen|voorleggen|inbrengen|agenderen)',
      '(ik|we|wij) (zet|zetten) (het|dit|dat) ~ op de agenda|(zet|zetten) (ik|we|wij) (het|dit|dat) ~ op de agenda',
      '(ill|i ll|i will|well|we ll|we will) (raise|pitch|table) (it|this|that) (with|to|at|in)|(ill|i ll|i will|well|we ll|we will) (bring|put) (it|this|that) (up|forward|on the agenda)',
    ],
  },
  {
    code: 'intent.could',
    kind: 'intent',
    carries: true,
    weight: 1.4,
    phase: 'idea',
    own: true,
    patterns: [
      'kunnen we|kunnen wij|zouden we|zouden wij|kan de gemeente|zou de gemeente|zullen we|zullen wij|mogen we|mogen wij|moeten we|moeten wij',
      'could we|can we|should we|shall we|may we|could the city|is it possible|is het mogelijk|is het een idee|zou het ~ idee zijn|would it be|misschien kunnen|maybe we|perhaps we|what about',
      'would be good to|would be great to|would be nice to|would help to|zou goed zijn om|zou fijn zijn als|zou mooi zijn als|zou helpen als|it would help if',
      // Round 11 of issue 20: the conditional proposal with its subject and a comparative ("zou het niet eerlijker zijn als …").
      '(zou|zouden) het ~ (mooi|fijn|goed|beter|eerlijker|slimmer|makkelijker|handiger|efficienter|sneller|logischer|verstandig|verstandiger|praktisch|praktischer|eenvoudiger) (zijn|wezen) (als|om)',
      '(could|kan|zou) (the|het|de) (system|systeem|computer|software|tool)',
      WHAT_IF_WE_TRIED,
      '(could|can|kan|kunnen) (the|de|het|that|die|dat) (bot|chatbot|app|tool|model|system|systeem|camera|cameras|sensor|sensors|sensoren|dashboard|platform|drone) ~ (also|ook|meteen|then|dan)',
      'is het handig|is het slim|zou het handig zijn|is het zinvol|is het een goed idee|would it be useful|would it help|good idea to|zou het kunnen|kan het|could it',
      '(kan|kunnen) worden (ingezet|gebruikt|toegepast)|ingezet (kan|kunnen) worden|could be (used|deployed|applied)|can be (used|deployed|applied) for',
      '^ (maybe|perhaps|misschien) (put|fly|use|try|install|hang|place|add|test|deploy|mount)|^ misschien ~ (ophangen|plaatsen|inzetten|vliegen|gebruiken|proberen|neerzetten|installeren|zetten|hangen)',
      'cant we|couldnt we|shouldnt we|kunnen we niet|zouden we niet|could they|could it|can they|kunnen die|kunnen ze|kan die|kan het ook|kunnen die ook|can it also|could they also',
      'we should|we could|we might|we can|we moeten|wij moeten|we kunnen|wij kunnen|we zouden ~ kunnen|zou dat ~~ kunnen|zou dit ~~ kunnen|kan dat ~~ ook|could that|could this|would that work|zou dat ook',
      'hoe zouden we|hoe kunnen we|how could we|how can we|is het een probleem als|is het erg als|is het ok als|is het goed als|is it a problem if|is it ok if|is it ok to|mag de gemeente|mogen wij',
    ],
  },
  {
    code: 'intent.ask-uthiek',
    kind: 'intent',
    weight: 1.1,
    patterns: [
      'langs jullie|langs uthiek|bij jullie langs|langs ~ uthiek|iets voor jullie|met jullie ~ bespreken|jullie advies over|graag jullie advies|vragen ~ jullie advies|jullie ~ mening',
      'mag ik ~~ (gebruiken|inzetten|delen|koppelen|opslaan|laten)|mag (ons team|onze afdeling|de afdeling|het team) ~~ (gebruiken|inzetten|delen|koppelen)|may i (use|share|link)|can (i|our team) (use|share|link)',
      'hoe kijken jullie|wat vinden jullie|wat denken jullie|meekijken|meedenken|mag dat|mag dit|kan dat zomaar|kan dat|is that ok|is this ok|is dat ok',
      'something you need|been with you|with you already|need to assess|needs ~ assess*|assessment nodig|ethisch* ~ toets*|ethical review|ethics review',
      'iemand van jullie|someone from your team|someone from uthiek|iemand van uthiek|one of you|een van jullie',
      'wat we mogen|mogen we dat|is dat toegestaan|is that allowed|is this allowed|are we allowed|allowed to|mag dat wel|kan dat wel',
      'moet ~ (een|de) dpia|dpia (nodig|needed|required|vereist|verplicht)|(need|needs|require|requires) ~ dpia|(een|a) dpia (voor|for|bij)',
      'anything (i|we) (should|need to|must) (do|arrange|check)|need anything from (us|you)|(moet|moeten) (ik|we) nog iets (regelen|doen|checken)',
      'flagging (it|this) (because|since|as|for you|so)|flag (it|this) (because|since|for you)|(ik|we) (meld|melden) (het|dit) ~ (bij jullie|omdat|want)|heads up (because|since|omdat)',
      'sparren|sparring|can we talk|next step*|volgende stap*|wie gaat over|wie pakt ~ op|who picks ~ up|ask uthiek|vragen aan uthiek|uthiek first',
    ],
  },
  {
    // A project already assessed comes back because its use or data changes ("moet dat opnieuw langs jullie?").
    code: 'intent.new-review',
    kind: 'intent',
    weight: 1.3,
    own: true,
    change: true,
    phase: 'change',
    patterns: [
      'opnieuw (langs|beoordeeld|beoordelen|getoetst|toetsen|naar jullie|naar uthiek)|weer langs (jullie|uthiek)|nieuwe (toets|toetsing|beoordeling|review) nodig',
      '(new|another|fresh|second) (review|assessment)|(go|goes|going|come|comes) back to (you|uthiek)|reassess*|re assess*|review (it|this|that) again|assess (it|this|that) again',
    ],
  },
  {
    code: 'intent.ask-register',
    kind: 'intent',
    weight: 1.1,
    patterns: [
      '(moet|moeten|hoeft|hoeven|must|should|do|does|need) (ik|we|wij|dit|dat|het|die|deze|i|this|that|it|these) ~~ (aanmelden|aangemeld|melden|gemeld|registreren|geregistreerd|laten toetsen|getoetst|register|registered|submit|submitted|assessed)',
      '(moet|moeten|hoeft|hoeven|must|should|do|does|need) (ik|we|wij|dit|dat|het|die|deze|i|this|that|it|these) ~~ (langs|via|bij|through|past|with|by) (jullie|uthiek|team uthiek|you|de fg|the fg)',
      '(check*|gecheckt|nagevraagd|afgestemd|voorgelegd|cleared|run it by|run this by) ~~ (met|with|bij|by|langs|past) (uthiek|team uthiek|jullie|de fg|the fg|privacy)',
      'bij wie (moet|kan|moeten) (ik|we|wij) (zijn|terecht|aankloppen)|wie moet ik (hebben|benaderen|mailen|spreken|vragen)|who (do|should) (i|we) (ask|talk to|contact|approach) (about this|about that|about it|for this|for that|first)|who do i need to (ask|talk to|contact) (about|for|first)',
      '(heeft|hebben|has|have|did) (iemand|anyone|someone|jullie|you) ~~ (gecheckt|checked|nagevraagd|gemeld|aangemeld|registered|flagged|run it by|run this by) ~~ (uthiek|jullie|fg|you)',
      // Round 11 of issue 20: the writer says it has to be registered or looked at ("I think this has to be registered somewhere").
      '(this|it|that|they|these|this tool|this one) ~ (has|have|needs|need|should|must|ought) (to be|be) ~ (registered|assessed|reviewed|looked at)|(dit|dat|het|die|deze) (moet|moeten|hoort|horen) ~~ (aangemeld|geregistreerd|getoetst|beoordeeld|bekeken) (te worden|worden)',
    ],
  },
  {
    code: 'intent.asks-if-known',
    kind: 'intent',
    weight: 1.1,
    patterns: [
      '(al|already|eerder|ooit) ~~ (aangemeld|geregistreerd|gemeld|ingediend|bekend|langs geweest|gezien|besproken|registered|submitted|seen|assessed|with you) ?',
      '(al|already|eerder|ooit) ~~ (bij|with|past|through|langs) (jullie|uthiek|you) ~~ (geweest|been|gewest|is) ?',
      '(weet|weten) (iemand|jij|je|jullie) of ~~ (al|already|eerder) ~~ (bij|langs|via|with|past) (jullie|uthiek|you)|(does|do) (anyone|you) know (if|whether) ~~ (already|been) ~~ (with|past|through) (you|uthiek)',
      '(kennen|weten|hebben) jullie ~~ al ~~ ?|(do|did|have) you ~~ (already|seen|heard) ~~ ?',
      // Round 11 of issue 20: "does Uthiek know about that one?"
      '(does|do|did) (uthiek|team uthiek|you|you guys|you all|your team) ~ (know|knew|hear|heard) (about|of) (this|that|it|that one|this one|them|these) ~ ?|(weet|weten|kent|kennen|wist|wisten) (uthiek|team uthiek|jullie) ~ (hiervan|daarvan|ervan|dit|dat|deze|die) ~ ?',
      '^ (has|have|is|was) (this|it|that|dit|het|dat) ~ (been|gone|come|geweest) (with|past|through|by|langs|bij) (you|uthiek|jullie) ~~ ?',
      // Round 9 of issue 20: the same question after a comma ("we want X, has this been with you?").
      '(has|have|is|was) (this|it|that|something like this|something like that) ~ (been|gone|come) (with|past|through|by) (you|uthiek|team uthiek) ~ ?',
      // Round 11 of issue 20: whether it was discussed with Uthiek, asked, is no follow-up ("has that been discussed with you guys?").
      '(has|have|is|was|did) (this|it|that|something like this|something like that|anyone|someone) ~ (discussed|checked|cleared|raised|shared|discuss|check|clear|raise) ~ (with|by) (you|uthiek|team uthiek|jullie) ~ ?|(is|zijn|was) (dit|dat|het) ~ (al|ooit) (besproken|afgestemd|gedeeld) (met|bij) (jullie|uthiek) ~ ?',
      // Round 8 of issue 20: nobody knows whether it was ever with Uthiek; no follow-up, whatever the mark.
      '(nobody|no one|noone|not sure|unsure|unclear|dont know|didnt know|no idea|niemand|weet niet|wist niet|weten niet|wisten niet|geen idee|onduidelijk) ~~ (whether|if|of) ~~ (ever|ooit|already|al|eerder) ~~ (with|past|through|bij|langs) (you|uthiek|jullie|team uthiek)',
    ],
  },
  {
    code: 'intent.pilot',
    kind: 'intent',
    carries: true,
    weight: 1.5,
    phase: 'pilot',
    patterns: [
      'pilot|pilots|pilotje|pilotfase|proef|proeven|proefperiode|proeftuin*|proefproject*|experiment*|proof of concept|poc',
      'testing|tests|tested|trialling|trialing|piloting|experimenting|test|testen|uittesten|uitproberen|try out|trial|trials|tryout|living lab|fieldlab|field lab|testopstelling|testfase|beta',
    ],
  },
  {
    code: 'intent.procure',
    kind: 'intent',
    weight: 1.5,
    phase: 'procurement',
    patterns: [
      'aanbested*|tender*|offerte*|inkoop|inkopen|inkooptraject*|aanschaf*|(schaf|schaft|schaffen|schafte|schaften) ~~ aan|kopen|koopt|buy|buying|purchase*|procure*|procurement|afnemen|afname',
      'leverancier* ~ biedt|biedt ~~ aan|bieden ~~ aan|offers|offering|vendor*|supplier*|marktconsultatie|marktverkenning|abonnement|subscription|demo',
      'in gesprek over|in gesprek om|in talks about|in discussion about',
      'in gesprek ~ (leverancier|leveranciers|aanbieder|aanbieders|bedrijf|partij|vendor|supplier)|in talks with|talking to ~ (vendor|supplier)',
      'leverancier ~ gekozen|leverancier ~ geselecteerd|supplier ~ chosen|supplier ~ selected|gegund|gunning|contract ~ getekend|contract ~ signed',
      '(moet|wordt|gaat|gaan) ~~ getekend|gets signed|to be signed|signing date|tekendatum|we tekenen|gaan tekenen|sign it|sign the contract|before signing|voor ondertekening',
    ],
  },
  {
    code: 'intent.supplier',
    kind: 'intent',
    weight: 0.8,
    phase: 'procurement',
    patterns: ['leverancier|leveranciers|extern bureau|externe partij|consultants|consultant|bureau'],
  },
  {
    code: 'intent.build',
    kind: 'intent',
    weight: 1.4,
    phase: 'design',
    patterns: [
      'bouwen|bouwt|laten bouwen|ontwikkel*|maken we|we maken|wij maken|laten maken|maakt ~ voor|gaat ~~ maken|gaan ~~ maken|build|builds|building|develop*|ontwerp*|design*',
      '(zet|zetten|zette) (een|nieuwe|nieuw|een nieuwe|een eigen) ~~ op|(zet|zetten|zette) ~~ neer',
      '(hang|hangt|hangen|monteert|monteren|putting|placing|fitting) ~~ (sensor|sensoren|*sensoren|*sensors|meters|*meters|meetkast*|kastje|kastjes|*kastjes|camera|cameras|*camera|*cameras|*logger|*loggers|chip|chips|chipje|chipjes|zendertje*|tracker*|*trackers|beacon*|peilbuis*|peilbuizen|boxes|devices|screens|kiosks)',
      'opzetten|zetten ~ op|set up|setting up|aanleggen|installeren|plaatsen|plaatst|ophangen|neerzetten|install*|put|mount*',
      'uitrusten met|uitgerust met|voorzien van|equip* with|fitted with|outfit* with',
      'laat een (bureau|leverancier|partij|bedrijf|adviesbureau)|(laat|laten) ~~ (ontwikkelen|bouwen|maken|trainen)|have ~ (built|developed|trained)',
      'realiseren|implementeren|implement|inrichten|configureren|bouwt mee|meebouwen|werken aan|working on|bezig met|busy with|komen met|creeren|create',
    ],
  },
  {
    code: 'intent.underway',
    kind: 'intent',
    weight: 1.1,
    phase: 'design',
    patterns: ['werkt aan|werkte aan|werkten aan|works on|is working on|are working on|bezig om|bezig ~~ te'],
  },
  {
    code: 'intent.golive',
    kind: 'intent',
    weight: 1.5,
    phase: 'live',
    patterns: [
      '(gaat|gaan|goes|going|go) ~ live',
      'go live|golive|live gaan|gaat live|gaan live|live met|livegang|in gebruik nemen|in gebruik genomen|ingebruikname',
      // Round 13 of issue 20: a process that moves to a new portal or app, or is in use from a date, goes live.
      'vanaf (volgende|komende) (week|maand) ~~ in gebruik|in gebruik (vanaf|per) #|in gebruik (vanaf|per) (volgende|komende)|(in use|live) (from|as of) (next|the) (week|month|first)|^ live # (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)|live per #',
      'uitrollen|uitrol|rollout|roll out|rolling out|launch*|lanceren|lancering',
      'q1 live|q2 live|q3 live|q4 live|live in (q1|q2|q3|q4)|live (in|per|na|voor|vanaf|from|by) (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|may|june|july|august|october|het voorjaar|de zomer|het najaar|spring|summer|autumn)',
      '(release|releases|livegang) (in|op|per|na|voor|in de|on|by|after|before) ~ (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|may|june|july|august|october|q1|q2|q3|q4|zomer|summer|najaar|autumn|voorjaar|spring)|(release|releases|livegang) (in|op|per|on|by) #',
    ],
  },
  {
    code: 'intent.start',
    kind: 'intent',
    weight: 1.2,
    patterns: [
      'gaat ~ werken met|gaan ~ werken met|begint met|beginnen met|begonnen|started|is gestart',
      '(gaat|gaan) ~~ (trainen|bouwen|ontwikkelen|maken|plaatsen|ophangen|installeren|koppelen|delen|analyseren|verzamelen|uitrollen|aanschaffen|kopen|bijhouden|volgen)',
      '(gaat|gaan) ~~ (handhaven|controleren|meten|tellen|monitoren|registreren|experimenteren|proberen|testen)|(gaat|gaan) ~~ (gebruiken|laten|inzetten|geven|toepassen|invoeren)|(is|are) going to (use|let|deploy|introduce)',
      '(gaat|gaan) ~~ (verlenen|toekennen|afwijzen|goedkeuren|afhandelen|beoordelen|verwerken|versturen|uitkeren|uitbetalen|opsporen|signaleren|voorspellen|herkennen|vastleggen|opnemen|filmen|fotograferen|scannen|matchen|doorgeven|doorsturen|aanleveren|opslaan|bewaren)',
      '(will|shall) (use|deploy|introduce|install|start|roll out|link|share|track|count|measure|record|scan|predict|let|test|trial|pilot|launch|replace|automatically|ask|collect|monitor|check|decide|assess)',
      'werven ~~ (vrijwilligers|deelnemers|bewoners|huishoudens)|(vrijwilligers|deelnemers|bewoners|huishoudens|proefpersonen) ~ werven|(recruit|recruits|recruiting) ~~ (volunteers|participants|residents|households)',
      'staan op het punt|staat op het punt|op het punt om|(about|going|ready) to (sign|buy|order|start|launch|roll out|go live|deploy|install)',
      'starten|start|gestart|begint|beginnen|opstarten|invoeren|invoering|introduceren|introduce*|inzetten|inzet|deploy*|kickoff|kick off|aftrap',
    ],
  },
  {
    code: 'intent.we-will',
    kind: 'intent',
    carries: true,
    weight: 1.4,
    own: true,
    patterns: [
      'wij gaan|we gaan|gaan we|gaan wij|we are going to|were going to|we will|wij zullen|we zullen|our team will|onze afdeling gaat',
      'well (be|have|use|do|build|roll|start|put|try|need|look|get|switch|keep|link|share|test|buy|set|introduce|ask|go|make|send|run|add|move|pilot|trial|launch|deploy|install|collect|track|scan|check|let|give|replace)',
      // Round 12 of issue 20: money received for a thing of our own ("we kregen subsidie van het Rijk voor twintig slimme lantaarnpalen").
      '(we|wij) (hebben|kregen|krijgen) ~~ (gekregen|binnengehaald|ontvangen|toegekend) (voor|om)|(we|wij) (kregen|krijgen) ~~ (voor|om)|(we|weve|we have|wij|we ve) (got|received|secured|won|been awarded|were awarded|get) ~~ (funding|grant|subsidy|budget|money|euros|k) ~~ (for|to buy|to pilot|to install|to put)',
      // Round 12 of issue 20: "let's" proposes what follows ("let's switch that on for the intake calls").
      'lets (use|try|add|switch on|turn on|enable|link|start|pilot|trial|buy|test|roll out|include|feed|connect|combine|deploy|install)|lets take (that|it|this|them|those|one) and|laten (we|wij) (dat|dit|het|die|deze) ~ (gebruiken|inzetten|toevoegen|aanzetten|proberen|koppelen)',
    ],
  },
  {
    code: 'intent.gets',
    kind: 'intent',
    weight: 1.3,
    patterns: [
      '(krijgt|krijgen|gets|get|getting) ~ (kenteken*|camera*|*cameras|*camera|sensor*|*sensoren|*sensors|drones|bodycams|gezichtsherkenning|license plate|licence plate|number plate|plate recognition|chatbot|ai|algoritme|dashboard|wifi tellers|trackers|gps)',
      '(were|we are|wij|we) getting|we get|krijgen we|krijgen wij|krijgt ons team|we krijgen|wij krijgen|krijgt ~ een|krijgen ~ een|krijgt ~ eigen|krijgen ~ eigen|krijgt ~ nieuwe|krijgen ~ nieuwe|krijgen misschien|krijgt misschien|gets a|get a|will get|getting a|komt er een|komen er|er komt|er komen|komt misschien',
    ],
  },
  {
    code: 'intent.new-thing',
    kind: 'intent',
    weight: 1.0,
    patterns: [
      '(slimme|smart|digitale|digitaal|digital|automatische|intelligente) ~~ (die|dat|that|which|waarmee|waarin|waarbij)',
      '^ (wordt|worden|gaat|gaan|komt|komen) ~~ (gekoppeld|gecombineerd|gedeeld|geplaatst|opgehangen|ingezet|gebouwd|ontwikkeld|aangeschaft|ingekocht|uitgerold|geinstalleerd|getest|ingevoerd|gebruikt)',
      '(een|a|an|nieuw|nieuwe|new) ~ (tool|systeem|functie|feature|app|applicatie|platform|model|algoritme|dashboard|chatbot|sensor|sensoren|camera|cameras|portaal|dienst|service|system|module|assistent|assistant|robot|kaart|map|omgeving|algorithm) (die|dat|that|which|waarmee|waarin|waarop|waar|where)',
    ],
  },
  {
    code: 'intent.novelty',
    kind: 'intent',
    weight: 0.6,
    patterns: ['nieuw|nieuwe|new|brand new|gloednieuw*'],
  },
  {
    code: 'intent.future',
    kind: 'intent',
    weight: 0.7,
    patterns: ['gaat|gaan|going to|will|zal|zullen|krijgt|krijgen|komt er|komen er|wordt er|worden er'],
  },
  {
    code: 'intent.use',
    kind: 'intent',
    weight: 0.6,
    patterns: ['gaat ~ gebruiken|gaan ~ gebruiken|use|using|gebruiken|toepassen|apply|laten'],
  },
  {
    code: 'intent.need',
    kind: 'intent',
    carries: true,
    weight: 1.2,
    phase: 'idea',
    patterns: [
      'vraagt om|vragen om|vroeg om|is asking for|are asking for|asked for|asks for|ask for a|verzoek om',
      'we zoeken|wij zoeken|zoeken wij|zoeken een|zoeken we|zoekt een|zoekt naar|op zoek naar|looking for|we need|need a|need an|needs a|behoefte aan|vraag naar|hebben ~ nodig',
    ],
  },
  {
    code: 'intent.partner-asks',
    kind: 'intent',
    weight: 1.4,
    phase: 'idea',
    patterns: [
      'de vraag of|vraag of we|komt de vraag|question whether we|vraagt of|vroeg of|vragen of|heeft gevraagd|asks whether|asks if|asked whether|asked if|asking whether|asking if|asked ~ whether',
      'verzoek (om|aan ons|aan de gemeente|tot)|verzoekt (ons|de gemeente|om)|request (to|that|for us)|requests (us|the city|that)|requested (us|that|the city)|stelt voor|proposes',
      'doen we mee|doen wij mee|meedoen|mee doen|mee te doen|doen mee aan|deelnemen|deelname|take part|participate|sign up|leent ons|lenen ons|stelt ~ beschikbaar',
      // Round 12 of issue 20: a partner invites us in ("the university wants us to join their sensor network").
      '(want|wants|wanted|asked|asks|ask|invited|invite|invites|inviting) (us|the city|the municipality) to (join|come on board|hook up|connect|be part)|(willen|wil|vragen|vraagt|vroeg|vroegen) (ons|de gemeente) ~ (aan te haken|aan te sluiten|mee te doen|te laten aansluiten)',
    ],
  },
  {
    code: 'intent.commit',
    kind: 'intent',
    weight: 1.0,
    patterns: [
      'budget*|subsidie*|funding|financiering|gefinancierd|zouden ~ betalen|would pay|pay for|wij zouden|we zouden|we would|zouden ~ leveren',
      'approved|goedgekeurd|akkoord|decision|besluit ~ over|raadsvoorstel|draaiboek|deadline|convenant|overeenkomst|samenwerkingsovereenkomst|partnership|agreement with|afspraken met|nieuwe afspraak',
    ],
  },
  {
    code: 'intent.timeline',
    kind: 'intent',
    weight: 0.6,
    patterns: [
      'januari|februari|maart|april|juni|juli|augustus|september|oktober|november|december|january|february|march|june|july|august|october',
      'voorjaar|najaar|zomer|spring|summer|autumn|q1|q2|q3|q4|volgend jaar|volgende maand|next year|next month|binnenkort|soon|over ~ weken|dit jaar|this year|met ingang van|with effect from|as of',
    ],
  },
  {
    code: 'intent.change',
    kind: 'intent',
    carries: true,
    weight: 1.6,
    phase: 'change',
    change: true,
    patterns: [
      '(kan|kunnen|could|can) ~~ ook ~ (gebruikt|ingezet)|also be used|ook gebruikt worden|ook ingezet worden',
      'staat standaard aan|standaard aan|on by default|enabled by default|switched on by default|aanlaten|aan laten|aan te laten|laten ~ aan staan|(keep|leave) (it|them) (on|switched on|enabled)|keep it enabled',
      'nu ook|voortaan ook|ook ~ gebruiken|ook ~ inzetten|ook ~ laten|ook ~ gaan|gaan ~ ook|daarnaast ook|will also|also ~ use|also ~ start*',
      'ook ~~ (inschatten|voorspellen|detecteren|signaleren|bepalen|berekenen|registreren|meten|opnemen|herkennen|bewaren|tellen|koppelen|melden|seinen|schatten|fotograferen|gebruiken|inzetten|volgen|opslaan|opslaat|vastleggen|vastlegt|meenemen|meeneemt|verzamelen|verzamelt)',
      'also ~~ (record*|photograph*|detect*|register*|track*|count*|estimate*|link*|store*|use|used|deploy*|include*|collect*)',
      'also ~ (predict|predicts|flag|flags|check|checks|calculate|calculates|measure|measures|monitor|monitors|analyse|analyses|analyze|analyzes|recognise|recognises|recognize|recognizes|answer|answers|summarise|summarize|summarises|summarizes|transcribe|transcribes|score|rank|select|decide|assess|sort|classify|warn|alert|notify|log|read)',
      '(ook|also) ~~ (kijken of|zien of|nagaan of|checken of|check if|check whether|see if|see whether|look up|opzoeken)',
      // Round 11 of issue 20: Dutch splits "meenemen": "neem dan ook de klachten mee als input".
      '(neem|neemt|nemen) ~ ook ~~ mee (als|in|bij)|(neem|neemt|nemen) ~ ook ~~ mee ?',
      'ook ~ (controleren|checken|analyseren|scannen|samenvatten|beantwoorden|beoordelen|sorteren|selecteren|waarschuwen|scoren|lezen|uitlezen|loggen|bijhouden|rangschikken|prioriteren|transcriberen|notuleren)',
      '(could|can|kan|kunnen|zou|zouden) (the same|hetzelfde|dezelfde|datzelfde|diezelfde|that same|this same) ~~ (also|ook|too|as well)',
      '(the same|dezelfde|hetzelfde|those same|die) (cars|auto|autos|cameras|camera|sensors|sensoren|model|systeem|system|app|tool|scanautos|scan cars|drones|data) ~ (could|can|kunnen|kan|zou|zouden|might)',
      '(uitgebreid|extended|expanded) met|(add|adding|toevoegen|toegevoegd|bijvoegen) ~~ (data|gegevens|*data|*gegevens|dataset*|records|registers|bestanden|files)',
      'uitbreiden|uitbreiding|breiden ~ uit|extend*|expand*|aanzetten|aangezet|activeren|geactiveerd|inschakelen|ingeschakeld|switch* on|turn* on|enable*',
      'nieuwe (data|gegevens|databron|databronnen|gegevensbron*)|new data|new data source*|extra (data|gegevens)|andere (data|gegevens)|meer (data|gegevens)|more data',
      'nieuwe functie*|new feature*|extra functie*|nieuw doel|new purpose|ander doel|ander gebruik|andere toepassing|repurpose*|hergebruik*|reuse|re use',
      // Round 12 of issue 20: "we're adding a 'find my bin' feature to the app" (the feature named between the words).
      '(were|we are|we|wij|well|we will|gaan) ~ (adding|add|toevoegen|inbouwen|building in) ~~ (feature|functie|functionaliteit|option|optie|module|knop|button|tab|laag|layer)|(voegen|bouwen) (we|wij) ~~ (feature|functie|functionaliteit|optie|module|knop|laag) ~~ (toe|in)',
      'standaard aan|staat standaard aan|staan standaard aan|default aan|standaard ingeschakeld|standaard geactiveerd|on by default|enabled by default|switched on by default|turned on by default|default on|by default',
      '(neemt|nemen|registreert|registreren|slaat|slaan|logt|loggen|bewaart|bewaren|records|logs|stores) standaard|' +
        '(zet|zetten|zette|staat|staan) standaard ~~ aan|' +
        '(laten|laat) ~~ aanstaan|aan laten staan|leave it on|leaving it on|keep it on|keeping it on|(zetten|zet) (we|wij|ze|jullie|het|die|dat|hem) ~ aan|(gaat|gaan|wordt|worden) ~~ aan (voor|bij)|(will be|is|are) (on|turned on|switched on) (for|from)|will be on',
      '(zit|zitten|bevat|bevatten|heeft|hebben) (nu|er nu) ook|now (includes|include|comes with|has)|comes with|come with|komt met|komt ook met|brengt ~~ mee|adds (a|an)|voegt ~~ toe|(krijgen|krijgt) (we|wij|jullie|iedereen|je) ~~ erbij|erbij krijgen|gets added|bundled with|inbegrepen|included in the new',
      '(upgrade|update|renewal|verlenging|nieuwe versie|new version|release|licence|license|licentie) ~~ (adds|add|brings|includes|introduces|bevat|brengt|voegt)|(unless|tenzij) (we|wij|you|je|jullie) ~~ (switch|turn|zetten|zet) ~~ (off|uit)|(moeten|must|have to) ~~ (uitzetten|switch it off|turn it off|switch off|turn off|opt out)',
      'permanent|structureel|opschalen|scale up|stadsbreed|citywide|city wide|hele stad|alle wijken|dat is nieuw|flinke verandering|big change',
      // Round 13 of issue 20: a decision that will go through by itself ("… gaat straks vanzelf goed, alleen bij een wijziging komt er nog een mens aan te pas", "no human check") is an automated decision.
      '(wordt|worden|gaat|gaan|becomes|will be|is going to be|goes) (fully|volledig|helemaal) (automated|automatic|automatisch|geautomatiseerd)',
      // Round 13 of issue 20: switching a feature on ("turn it on", "of … aan mag"), a new field, a scope that is "no longer only …" change a system.
      '(turn|turning|switch|switching|zet|zetten) (it|them|that|this|het|hem|die|dat|ze) (on|aan)|(of|whether|if) ~~ aan (mag|mogen)|aan (mag|mogen) (voor|bij)',
      '(is getting|gets|get|are getting|krijgt|krijgen) (an|a|een) (extra|new|nieuw|nieuwe|additional) (field|veld|vraag|question|module|tab|optie|option)|niet meer alleen (in|binnen|bij|voor|op)|no longer (just|only) (in|at|for|on)',
      // Round 13 of issue 20: a reply that adds data to the thing in its parent ("ik zou er ook … bij nemen", "en dan ook de … erbij", "and if we add the … data").
      '(er|hier) ook ~~ bij (nemen|pakken|halen|zetten|doen|betrekken)|(en dan|dan|en) ook ~~ erbij|(ook|also) ~~ erbij (nemen|pakken|halen|zetten|doen|hebben)|(er|erin) ook (in|bij) (hebben|zetten|stoppen|opnemen|doen)|(willen|wil|wilt|want|wants) ~~ er ook in',
      '(and|en) (if|als) (we|wij) ~ (add|toevoegen|koppelen|link) ~~ (data|gegevens|*data|*gegevens|register|registers|brp|brk|bag)|(we|wij) (should|moeten|kunnen|could) (add|toevoegen) ~~ (data|gegevens|*data|*gegevens|dossiers|register|registers)',
    ],
  },
  {
    code: 'intent.digitise',
    kind: 'intent',
    carries: true,
    weight: 1.3,
    patterns: [
      'in plaats van|instead of|ipv|ter vervanging|vervangen door|replaced by|replacing the',
      '(was|ging|gebeurde|deden|doen|gaat) ~ (altijd|tot nu toe|nu nog|still|always) ~~ (schrift|schriftje|papier|papieren|briefjes|met de hand|handmatig|telefonisch|per post|on paper|by hand|by phone|by post)',
      'nu ~~ (met de hand|handmatig|op papier|met pen en papier)|(now|currently|still) ~~ (by hand|manually|on paper)',
      '(gaat|gaan|wordt|worden) ~~ (met|via|op) (een|de) (tablet|tablets|app|laptop|ipad|telefoon|smartphone|website|portaal)',
      'digitaliser*|gedigitaliseerd|digitaal maken|gaat digitaal|papierloos|paperless|van papier|papieren|no more paper|geen papier meer|no paper ~ anymore',
      // Round 13 of issue 20: a process that moves to a new portal or app, or is in use from a date, goes live.
      '(gaat|gaan|wordt|worden|goes|go|will go|moves|move) ~~ (via|met|in|op|through|via|to|into) (een|de|a|the) (nieuw|nieuwe|new) (app|portaal|website|platform|systeem|omgeving|portal|system|tool)',
    ],
  },
  {
    code: 'intent.scheduled',
    kind: 'intent',
    weight: 1.2,
    patterns: [
      'alleen nog (online|digitaal)|only (online|digitally) from',
      `(krijgt|krijgen|komt|komen|gets|get) ~~ vanaf (volgend jaar|volgende maand|komend jaar|${MONTHS})`,
      `(gaat|gaan|wordt|worden|zal|zullen|laat|laten|will|is going to|are going to) ~~ vanaf (${START_DATES})|^ vanaf (${START_DATES})`,
      `(gaat|gaan|wordt|worden|zal|zullen|will) ~~ vanaf # (${MONTHS})|^ vanaf # (${MONTHS})`,
      `(will|is going to|are going to) ~~ from (next year|next month|the autumn|the spring|${MONTHS})|^ (from|starting) (next year|next month|${MONTHS})`,
      // Round 13 of issue 20: a decision that will go through by itself ("… gaat straks vanzelf goed, alleen bij een wijziging komt er nog een mens aan te pas", "no human check") is an automated decision.
      '(straks|voortaan|binnenkort|from now on|soon) ~~ (automatisch|vanzelf|automatically|automatic|volautomatisch|fully automatic)|vanaf (q1|q2|q3|q4|volgend jaar|volgende maand) ~~ (automatisch|vanzelf)',
    ],
  },
  {
    code: 'intent.too',
    kind: 'intent',
    weight: 1.4,
    carries: true,
    own: true,
    phase: 'idea',
    patterns: [
      'lijkt me (wat|iets|echt iets|ook wat|ook iets) voor|lijkt mij (wat|iets|ook wat|ook iets) voor|(is|zou) ~ (wat|iets) voor ons|iets voor onze|wat voor onze',
      'would be (something|great|useful|handy|perfect|ideal) for (us|our)|sounds like something for (us|our)|something for (us|our)|could use (that|this|one) (too|as well|for)',
      'wij ook|we ook|ons ook|dat willen wij ook|willen wij ook|wij willen dat ook|we willen dat ook|wij willen die ook|voor ons ook|ook voor ons|bij ons ook|ook bij ons|ons team ook|onze afdeling ook',
      'we want that too|we want it too|we want one too|we want those too|we want that as well|us too|same for us|for us too|we too|count us in|can we join|can i join|kunnen we aansluiten|kan ik aansluiten|kunnen wij aansluiten|aanhaken|doen wij ook mee|doen we ook mee|doen wij ~ mee|doen we ~ mee',
      // Round 12 of issue 20: a department that wants in on a plan ("we from Parks want in too", "wij haken aan").
      '(we|wij) ~ (want|wants|wanna) in|(want|wants) in (too|as well|on)|(wij|we) ~ (haken|haakt) ~ aan|(haken|haakt) (wij|we) ~ aan|willen ~ ook (meedoen|aanhaken|aansluiten)',
      // Round 13 of issue 20: a reply that wants the thing in its parent for another place or group ("would love to try that at …", "ook voor de … graag", "voor onze … zou dat ideaal zijn").
      '(would|d) (love|like) to (try|test|do|have|pilot|use|see) (that|this|it|one|those|the same|something like that) ~ (here|at|in|for|too|as well)|would be (great|useful|handy|perfect|ideal|nice|good) (for|at|in) ~~ (too|as well|also)',
      'zou ~ (ideaal|mooi|handig|perfect|fijn|top|welkom) zijn (voor|bij|in|op)|(voor|bij|in) (onze|ons) ~~ (zou|is) (dat|dit|het|die|zoiets) ~ (ideaal|perfect|handig|welkom|top)',
      'ook (voor|bij|in|op) ~~ (graag|please|pls|plz)|graag ook (voor|bij|in|op)|(en dan|dan|and) (ook|also) (in|voor|bij|op|at|for) ~~ (please|pls|plz|graag)',
    ],
  },
  {
    code: 'intent.from-now-on',
    kind: 'intent',
    weight: 1.1,
    phase: 'change',
    change: true,
    patterns: [
      'voortaan|van nu af aan|vanaf nu|from now on|from then on|going forward|henceforth',
      'hoeft ~ (niet meer|niet langer)|hoeven ~ (niet meer|niet langer)|niemand hoeft|no longer (need|needs|have to|has to|go|goes)|wont (need|have) to|wont go|will no longer|(dont|doesnt) have to ~~ anymore|niet meer (nodig|hoeven|aan te vragen)',
      '(wordt|worden) (voortaan|straks|vanaf|automatisch|stilzwijgend|ambtshalve) ~~ (verlengd|toegekend|betaald|uitbetaald|uitgekeerd|goedgekeurd|afgewezen|verstuurd|afgehandeld|gecontroleerd|beoordeeld|gekoppeld|gedeeld|opgeslagen|gebruikt|geweigerd)',
      '(will|wont|is going to|are going to) be ~ (renewed|granted|paid|approved|rejected|refused|sent|handled|checked|assessed|decided|calculated|linked|shared|recorded|tracked|monitored|scanned|used|awarded|issued)',
      '(itll|they ll|theyll) be ~ (renewed|granted|paid|approved|rejected|sent|handled|checked|decided|calculated|awarded|issued)',
      '(keren|keert|betalen|betaalt) ~~ uit|paying out|pay out|we pay|uitkeren|uitbetalen',
      'geen ~ meer (tussen|ertussen|nodig|aan te pas)|er zit geen ~ meer tussen|no ~ (in between|involved|needed|required) (anymore|any more)|(anymore|any more) in between',
      '(wordt|worden|is|are|will be|gets|get) (auto|automatisch|automatically) (renewed|approved|granted|extended|verlengd|toegekend|goedgekeurd)',
    ],
  },
  {
    code: 'intent.own',
    kind: 'intent',
    carries: true,
    weight: 0.5,
    own: true,
    patterns: [
      'wij willen|we willen|willen we|willen wij|we want|wed like|we would like|we gaan|wij gaan|gaan we|gaan wij|we need|we zoeken|zoeken we|we plan*|were planning|we are planning',
      'wij zouden|we zouden|ons team|onze afdeling|our team|our department|voor ons|for us|bij ons|in utrecht|hier ook|wij ook|we ook|ook ~ willen|want ~ too',
      'want the same|the same for|hetzelfde ~ willen|overnemen|adopt|afnemen|aansluiten bij|reuse|hergebruik*|onze eigen|our own|misschien kunnen wij',
      // Round 13 of issue 20: "I've / we've" is the writer speaking; having agreed to test it takes up the thing named in the sentence before.
      '(ive|i have|weve|we have|ik heb|we hebben|wij hebben|hebben we) ~ (agreed|afgesproken|afgestemd) (to|dat|met)',
    ],
  },
];
