/**
 * Context cues that make a message no signal (the hard-negative families of the label
 * definition), and masks for technology words used in another sense.
 * Patterns use the language of pattern.ts on normalised text.
 */
import type { Cue } from './cue.js';

export const CONTEXT_CUES: readonly Cue[] = [
  {
    code: 'context.followup',
    kind: 'negative',
    weight: -3.0,
    cancelledBy: ['intent.asks-if-known', 'intent.new-review'],
    patterns: [
      'advies #|advice #|adviespunt*|advice item*|actiepunt*|actielijst|action item*|action point*|eindrapport*|eindverslag*|final report',
      'verslag ~ assessment|verslag ~ sessie|rapport ~ assessment|assessment was|assessment is geweest|assessment gehad|assessment afgerond|na het assessment|na de assessment|uit het assessment|uit de assessment',
      'was assessed|were assessed|has been assessed|already assessed|al beoordeeld|al getoetst|al besproken (met|bij|door) (jullie|uthiek|you)|al ~ aangemeld|al ~ geregistreerd|al ~ ingediend|already ~ registered|already ~ submitted',
      // round 9: the intake was submitted, however long its subject ("intake voor … is vorige week bij Uthiek ingediend")
      'intake ~~~ (ingediend|submitted)|(bij|with) (uthiek|jullie|team uthiek) (ingediend|aangemeld|submitted)',
      'intake ~ ingediend|doet de intake|intake loopt|intake gedaan|afgevinkt|ticked off|geimplementeerd|is implemented|been implemented|register entry',
      'terugkoppel* ~~ (assessment|toets|toetsing|uthiek|advies|adviezen|sessie met jullie)|het advies (voor|bij|rond|rondom|over|for|on|about)|jullie advies (voor|bij|over|about|on)|your advice (on|about|for)',
      '(feedback|advies|adviezen|opmerkingen|voorwaarden|conditions|comments) ~~ (verwerkt|doorgevoerd|opgevolgd|processed|implemented|addressed)|(case|zaak|casus) (sluiten|afsluiten|closen|dicht)|close (the|our|this) case',
      'reactie op het advies|onze reactie|our response|het advies ~ over|het advies ~ van|advies ~ binnen|advice ~ about|advice on the|the advice',
      '(beschreven|gepubliceerd|opgenomen|vermeld|described|published|listed) ~~ (register|algoritmeregister|algorithm register)',
      'dank voor ~ advies|bedankt voor ~ advies|thanks for ~ advice|staat ~ in het algoritmeregister|in het algoritmeregister gezet|opgenomen in het algoritmeregister|in the algorithm register',
      '(vorig|vorige|afgelopen|last|eerder|earlier|al eens|toen) ~~ langs geweest|was with you last|has been with you before',
      '(al|already) ~~ (langs|bij|with|through|past) ~~ (geweest|been|gone|went) ~~ (toch|right|hoor|remember) ?|(toch|right) ~ (al|already) ~~ (langs|bij|with|through|past) ~~ (geweest|been|gone|went)',
      '(door|by) (jullie|uthiek|you|team uthiek) ~ (beoordeeld|getoetst|bekeken|assessed|reviewed|goedgekeurd|approved)|(assessed|reviewed|getoetst|beoordeeld) (door|by) (jullie|uthiek|you)',
      'got the ok from|ok van (jullie|uthiek)|akkoord van (jullie|uthiek)|(went|gone|been|was) (past|through|with) (you|uthiek)|al ~~ (assessed|getoetst|beoordeeld)|is al assessed|already went',
      '(advies|adviezen|advice|recommendations|aanbevelingen|adviespunten) ~~ (verwerkt|processed|opgevolgd|implemented|opgepakt|lopen nog|in progress|still running)|(verwerkt|processed) ~~ (advies|advice|adviezen)',
      '(het|de|jullie|your|the) assessment (in|van|of|op) ~ (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|june|july|august|october)',
      'leverde ~~ (adviezen|advies) op|gave ~~ recommendations|precies zoals (besproken|afgesproken|ontworpen)|exactly as (discussed|designed|agreed)|intake ~ (submitted|ingediend)|submitted the intake|uth #',
      '(is|zijn|was|waren|has|have) (al|already) ~~ (langs|bij|with|through|past) (jullie|uthiek|you) ~~ (geweest|been|gone)|precies (zoals|volgens) (het ontwerp|besproken|afgesproken)',
      '(uthiek|jullie|you) ~ (assessed|reviewed|approved|beoordeelde|toetste)|(discussed|checked|cleared|afgestemd|besproken|doorgesproken) (with|met) (uthiek|jullie|you|team uthiek)|(uthiek|jullie|you) ~ (gave|gaven|gaf) ~~ (advice|advies)|(intake|assessment|toets|review) (is|was) ~ (done|finished|complete|completed|afgerond|klaar|gedaan)',
      '(staat|stond|is|its|it s|was) ~ in (the|het|ons|our) (register|algoritmeregister)|(registered|geregistreerd|ingeschreven) (with|bij) (uthiek|jullie|you)',
      'casus staat|klankbordgroep ~ had|klankbordgroep ~ vragen|klankbordgroep ~ over|opvolging ~ advies|follow up on',
      // round 7: the advice is already in (received, given)
      '(advies|advice|adviezen) ~ (was|is|waren|were|zijn|has been) ~ (al|already) (in|binnen|ontvangen|received|gegeven|given|verwerkt)',
      // round 9: "het Uthiek-advies over <a long subject> is binnen", "the advice on … has come in"
      '(advies|adviezen) ~~~ (is|zijn|was|kwam|kwamen) binnen|(advice|recommendations) ~~~ (is|are|was|were|has|have|came) (in|come in|arrived)',
    ],
  },
  {
    code: 'context.process',
    kind: 'negative',
    weight: -1.5,
    unlessPlanElsewhere: true,
    patterns: [
      '(supposed to|should have|had to) (register|registered|report|reported|submit|submitted)|(hadden|had) ~~ moeten (registreren|aanmelden|melden|opgeven)|(niet|not) ~ (about|om|over) (iets|something|een|a) ~ (nieuw|nieuws|new)',
      'jullie proces|your process|over het proces|about the process|proces van uthiek|uthiek process|iets langs jullie moet|via jullie moet|through you or not',
      'sjabloon|template|procedure|werkwijze|hoe werkt|how does ~ work|wie beslist|who decides|high impact|hoge impact|impactniveau|impact level',
      'waardenmodel|value model|hoeveel assessments|how many assessments|toehoorder|observer|van tevoren|in advance|assessment aanvragen|aanvragen ~ assessment',
      'wanneer moet|when should|when must|when does|moet iets|counts as|telt als|advisory panel|externe leden|members of',
      '(moet|moeten|hoeft|hoeven|must|does|do) (een|iets|zoiets|elk|ieder|a|an|every) ~~ (langs jullie|via jullie|bij jullie langs|langs uthiek|via uthiek|through you|past you)|(of|or) (alleen|only) (als|if|when)',
      'alle ~ projecten|elk ~ project|ieder ~ project|every ~ project|all ~ projects|any ~ project|altijd nodig|always needed|in het algemeen|in general',
      // round 9: what Uthiek looks at, asked for a FAQ
      'faq|veelgestelde vragen|frequently asked|(kijkt|beoordeelt|toetst) uthiek ~ (ook|alleen) (naar|over)|(kijken|beoordelen|toetsen) jullie ~ (ook|alleen) (naar|over)|(does|do) (uthiek|you) (also|only) (look at|review|assess|cover)',
    ],
  },
  {
    code: 'context.curious',
    kind: 'negative',
    weight: -2.0,
    patterns: [
      // round 10: said outright to be about no project in particular
      'not about (any|a|one) (specific|particular|concrete) ~ (tender|project|plan|case|supplier|vendor|system)|(just|only|purely) (a|my) general (frustration|remark|thought|question|observation|rant|point)|(genuinely|honestly|really) curious',
      'puur om te kijken|alleen om te kijken|just to look|just looking|uit interesse|gewoon uit interesse|uit nieuwsgierigheid|just curious|out of curiosity|purely hypothetical|puur hypothetisch|puur theoretisch|voor de kennissessie|for the knowledge session',
    ],
  },
  {
    code: 'context.news',
    kind: 'negative',
    weight: -2.0,
    unlessOwn: true,
    patterns: [
      '(boek|boeken|boekje|book|books) (over|about)|(boek|boeken|boekje) aan (over|about)',
      'documentaire|docu|documentary|een film over|a film about|movie about|serie over|series about|aflevering|episode',
      'nos|nrc|volkskrant|parool|trouw|telegraaf|duic|rtv utrecht|nu nl|nunl|ad nl|tweakers|bnr|linkedin|twitter|nh nieuws|bits of freedom|rathenau',
      'artikel|artikelen|article|krantenartikel|nieuwsbericht|in het nieuws|in the news|nieuws|news|las ik|lees ik|ik las|ik lees|i read|read that|read about|gelezen',
      // round 9: a forwarded newsletter, a reading tip
      'newsletter*|nieuwsbrief*|(nice|good|interesting|great|worthwhile) (read|reading)|worth a read|reading (material|tip)|leesvoer|leestip*',
      'saw ~ on|zag ~ op|zag ik|gezien op|podcast*|webinar*|congres*|conference|symposium|lezing*|lunchlezing*|long read|longread',
      'nieuw rapport|rapport ~ uit|new report|report ~ by|published|gepubliceerd|verschenen|publiceert|kamerbrief|kamervragen|autoriteit persoonsgegevens',
      'iemand gezien|iemand gelezen|al gezien|anyone seen|anyone read|did you see|did anyone see|have you seen|kabinetsplan*|kabinet|het kabinet|the cabinet|ministerie|the ministry|tweede kamer|de kamer wil|parliament|brussel|brussels|eu regels|eu rules|ap waarschuwt|ai act|ai verordening|wetsvoorstel|position on|standpunt|uitspraak|rechter|boete opgelegd|staatscourant|wetgeving|regelgeving|legislation',
      // Round 13 of issue 20: a debate about a technology (in the council) is politics, not a plan of our own.
      '(debat|raadsdebat|debate) (over|about|on)',
    ],
  },
  {
    code: 'context.opinion',
    kind: 'negative',
    weight: -0.8,
    unlessOwn: true,
    patterns: [
      'interessant|interesting|heftig|eng|scary|creepy|benieuwd|curious|mooi voorbeeld|nice example|nice to read|fascinerend|wassen neus|mooi project|leuk project|knap|mooi gedaan|goed bezig|nice project|leuk om te zien|nice to see|werkt prima|werkt goed|works fine|works well',
    ],
  },
  {
    // Round 9 of issue 20: the writer says outright that it is someone else's ("not us!", "niet van ons").
    code: 'context.not-ours',
    kind: 'negative',
    weight: -2.5,
    unlessOwn: true,
    patterns: [
      'not us|not ours|not our (project|plan|pilot|system|idea|call)|not one of ours|niet wij|niet van ons|niet ons (project|plan|idee|systeem)|niet de onze',
    ],
  },
  {
    // Round 9 of issue 20: an opinion about AI or technology in general ("hot take", "overhyped",
    // "totally agree") in English and Dutch; an own plan in the message still counts.
    code: 'context.hot-take',
    kind: 'negative',
    weight: -2.0,
    unlessOwn: true,
    patterns: [
      'hot take|unpopular opinion|(totally|fully|completely|so|100 percent|100) agree|couldnt agree more|cant agree more|helemaal mee eens|volledig mee eens',
      'oversell*|overhyped|overhyping|over hyped|overpromis*|overrated|hype|hyped|buzzword*|snake oil|marketing fluff',
      'imho|in my (opinion|view)|if you ask me|naar mijn mening|mijns inziens|als je het mij vraagt',
      // round 10: a question of trust in technology in general
      '(does|do) (anyone|anybody|you|people) ~ (actually|really|honestly) trust',
    ],
  },
  {
    // Round 9 of issue 20: a vendor's marketing, or a sales pitch passed on, is nobody's plan here
    // until someone in the message takes it up in a sentence of their own.
    code: 'context.vendor-pitch',
    kind: 'negative',
    weight: -2.5,
    unlessPlanElsewhere: true,
    patterns: [
      'free demo*|demo (slot|slots|session|sessions|call)|(book|request|schedule|plan) (a|your|een) demo|(happy|glad|love|keen) to (give|show|do|arrange|set up|schedule|book|run) ~ (demo|walkthrough|presentation|call|pilot)',
      'just reply here|reply (here|below|to this)|dm me|dm us|drop (me|us) a (line|message|note)|reach out (to me|to us|anytime|any time)|get in touch (with us|with me)|(contact|mail) (us|me) for (a|the|more)',
      'out of the box|(your|uw) (existing|current|city|municipality|residents|citizens|gemeente|inwoners)|our (customers|clients)|trusted by|special offer|early bird|limited (time|spots|slots|places)',
      '(we|that) help (cities|municipalities|councils|governments|local authorities|gemeenten)|helps (cities|municipalities|councils|governments|local authorities|gemeenten)',
      '(sales|vendor|marketing|verkoop) (pitch|email|mail|call|deck|praatje)|verkooppraatje*|cold (email|mail|call)|unsolicited|ongevraagd*|nobody ~ asked for|niemand ~ om gevraagd|salesy|brochure*',
      // round 10: the writer offers "our" product to "your" organisation: a supplier speaks
      '(our|onze|ons) (new|latest|nieuwe|nieuwste) ~ (solution|product|service|offering|platform|tool|oplossing|dienst)|(shall|can|may|should) i (plan|schedule|book|set up|arrange) (a|an|een) (kennismaking|intro|introduction|demo|call|meeting)|(for|voor) (your|uw) ~ (team|department|afdeling|organisation|organisatie|city|stad|gemeente)',
    ],
  },
  {
    code: 'context.other-party',
    kind: 'negative',
    weight: -2.5,
    unlessOwn: true,
    patterns: [
      'amsterdam|amsterdams|rotterdam|rotterdams|den haag|the hague|den bosch|s hertogenbosch|hertogenbosch|dordrecht|leeuwarden|venlo|deventer|hilversum|eindhoven|gent|ghent|antwerpen|barcelona|helsinki|breda|zaanstad|nijmegen|almere|groningen',
      'tilburg|arnhem|leiden|delft|haarlem|zwolle|enschede|apeldoorn|amersfoort|maastricht|londen|london|parijs|paris|berlijn|berlin|kopenhagen|copenhagen',
      'new york|singapore|tallinn|wenen|vienna|lissabon|brussel|leuven|hof van twente|buurgemeente*|nieuwegein|zeist|houten|ijsselstein|woerden|de bilt|stichtse vecht|andere gemeente*|other cities|other municipalities|andere steden|tachtig andere|gemeenten|municipalities|steeds meer',
      'het ziekenhuis|the hospital|umc|umcu|prorail|de ns|the ns|not ours|niet van ons|niet de onze|niet onze (cameras|sensoren|camera s)',
      'provincie|province|waterschap|water board|rijkswaterstaat|hoogheemraadschap',
      // round 9: university research the municipality only hears about
      'phd|promovend*|promotieonderzoek|research group|onderzoeksgroep|(our|my|their|a|the) university|universiteit utrecht|utrecht university|tu delft|hogeschool utrecht|master thesis|masterscriptie|afstudeeronderzoek',
      'rijksoverheid|national government|ministerie|ministry|supermarkt*|supermarket*|rekenkamer|ombudsman|toezichthouder|auditdienst',
      'de inspectie|inspectie (szw|sociale zaken|van het onderwijs|onderwijs|gezondheidszorg|jeugd|justitie|leefomgeving|igj|ilt)|onderwijsinspectie|arbeidsinspectie|nvwa|the inspectorate',
      'kabinet|cabinet|minister|staatssecretaris|tweede kamer|eerste kamer|europese commissie|european commission|de eu|the eu|vng',
    ],
  },
  {
    code: 'context.retracted',
    kind: 'negative',
    weight: -4.0,
    retraction: true,
    patterns: [
      // Round 12 of issue 20: a plan decided against in so many words ("we doen eerst de borden, verder niks digitaals").
      '(niks|niets|geen) digitaals|(verder|and) nothing digital|nothing digital (for now|yet)|(besloten|decided) ~~ (zonder|without) (sensoren|cameras|techniek|tech|technology|sensors|data)',
      // Round 12 of issue 20: a scenario said in so many words to be no one's plan ("to be clear, nobody is working on this").
      '(nobody|no one|noone) (is|s) (working on|planning) (it|this|that)|niemand (werkt|is) ~ (eraan|er aan|mee bezig|ermee bezig)|er werkt niemand aan|(it|this|that) is ~ (a|an) (thought experiment|hypothetical|exercise)|(dit|het) is ~ (een) (gedachte experiment|gedachteexperiment|oefening)',
      // round 10: "we stick to the current setup", "we blijven bij de huidige oplossing"
      '(we|wij|well|we ll|we will|we re|were) ~ (stick|sticking|stay|staying|keep|keeping) (to|with) (the|our) (current|existing|present|old) (setup|set up|system|solution|way|approach|tools|tooling|process)|(we|wij) (houden|blijven) ~ (bij|vast aan) (de|het|onze|ons) (huidige|bestaande|oude)',
      // Round 11 of issue 20: Dutch splits "intrekken": "we trekken het voorstel om … te koppelen in, na …".
      '(trekken|trekt|trek|trokken|trok) ~ (voorstel|idee|plan|plannen|aanvraag|verzoek|aanmelding|intake) ~~~ ~~~ (weer|toch|maar) in|(trekken|trekt|trek|trokken|trok) ~ (voorstel|idee|plan|plannen|aanvraag|verzoek|aanmelding|intake) ~~~ ~~~ in (na|omdat|want|vanwege|wegens|nadat|voorlopig)|(withdraw|withdrawing) (the|our|my|this|that) (proposal|request|plan|idea|application)',
      'gaat niet door|gaan niet door|ging niet door|gingen niet door|gaat ~ niet door|gaan ~ niet door|gaat toch niet|gaan toch niet|toch niet|toch geen|gaan niet verder|niet verder met',
      'komt er niet|komen er niet|komt er geen|komen er geen|er komt geen|er komen geen|er komt ~ geen|er komen ~ geen|komt ~ er niet|komen ~ er niet',
      'niet aan de orde|van de baan|van tafel|afgeblazen|geschrapt|laten varen|laten vallen|in de ijskast|uitgesteld tot nader order|stopgezet|ingetrokken|(een|a|is|its|was|werd|wordt) (no go|nogo)|no go (voor|for)|geen go',
      '(wij|we) (gaan|doen) ~ (niet|geen)|(gaan|doen) (we|wij) ~ (niet|geen)|besloten ~ (niet|geen)|besloten ~~ niet te|niet (doen|kopen|aanschaffen|bouwen|koppelen|delen|gebruiken|inzetten)',
      '(niks|niets) gepland|er is ~ (niks|niets) gepland|geen plannen|er zijn ~ geen plannen|er wordt (niks|niets) gekoppeld|wordt niet verlengd|conclusie ~ niet doen|(was|is) een (misverstand|gerucht)|gerucht klopt niet|stond (fout|verkeerd)',
      'not going ahead|isnt going ahead|wont go ahead|not happening|isnt happening|arent happening|wont happen|decided not|decided against|called off|off the table|not on the table',
      'shelved|scrapped|cancelled|canceled|postponed indefinitely|dropped the (idea|plan)|(idea|plan) is dead|turned down|withdrew|withdrawn|nothing planned|no plans|there are no plans|nothing new planned',
      '(we|were|wij) ~ (not|wont|arent) ~ (use|using|do|doing|link|linking|buy|buying|build|building|introduce|introducing|share|sharing|install|installing|changing|going ahead)',
      // Round 9 of issue 20: more verbs for "we will not …", and a plan parked or put on hold.
      '(we|were|wij) ~ (not|wont|arent) ~ (copy|copying|adopt|adopting|follow|following|pursue|pursuing|implement|implementing|deploy|deploying|pilot|piloting|trial|trialling|roll|rolling|replicate|replicating)|(we|were|wij) ~ (not|wont|arent) (take|taking) (it|this|that) (up|further|forward)',
      '(idea|plan|project|pilot|proposal|trial|idee|voorstel) ~ (is|was|has been|have been|got|are|were|s) (parked|on hold|put on hold|on ice|put on ice)|(it|this|that) (is|was|has been|s) (on hold|put on hold|on ice|put on ice)|(we|were|wij|weve) ~ (parked|shelved) (it|this|that|the)|geparkeerd|on hold (until|till|for now|indefinitely)',
      '(stoppen|stopt|stop|stopping) ~~ (per direct|met onmiddellijke ingang|right away|immediately)|stoppen we ermee|we stoppen ermee|cut from the budget|geschrapt uit|wegbezuinigd|bezuinigd',
      '(offerte|voorstel|quote|proposal|aanbod|offer|pitch) ~~ (afgewezen|rejected|turned down|declined)|(afgewezen|rejected|turned down|declined) ~~ (offerte|voorstel|quote|proposal|aanbod|offer)',
      'af te zien van|afzien van|ziet af van|zien af van|zag af van|afgezien van|decided against|opted against|chose not to|gekozen om niet|kiezen ervoor niet',
      // Round 13 of issue 20: "er vanaf zien" takes a plan back; a fault already reported to the supplier is a fault.
      '(er|ervan|erv) ~ (vanaf|van af|af) (te zien|zien|gezien)|(ziet|zien|zag|zagen) (er|ervan|we|wij) ~ (vanaf|van af|af)',
      'voted ~ down|(stemde|stemden|stemt) ~~ weg|back to square one|terug naar af|niet door gekomen|niet doorgekomen|(is|was) er niet door|didnt get through|did not get through|voted down|weggestemd|niet aangenomen|verworpen|werd afgewezen|was rejected|got rejected|not approved',
      'gecanceld|gecancelled|geannuleerd|tegengehouden|tegen gehouden|blocked it|blocked the|blocked this|vetoed|shot down|gesneuveld|sneuvelt|afgeketst|ketst af|dus nee hoor|dus helaas nee|so no go|so thats a no|thats a no|dat wordt ~ niks|dat wordt niks',
      '(zouden|waren van plan|hadden gepland|were going to|was going to|had planned|were planning to|would have) ~~ (maar|but) ~~ (niet|no|not|nee|tegengehouden|blocked|cancelled|gecanceld|geschrapt|stopped|gestopt|afgeblazen|vetoed)',
      '^ (nee|no|nope) (we|wij|dat|hoor|joh|dus|thats|that)|(antwoord|answer|reactie|besluit|decision) (is|was|werd) ~ (nee|no|negatief|negative)|(het antwoord|the answer) (is|was) (nee|no)',
      'scrap that|forget it|forget that|never mind|nevermind|laat maar|vergeet het|schrap dat|streep maar door|geen sprake van|out of the question|geen denken aan|niet de bedoeling|not the intention|not intended',
      '(legal|juridisch|juridische zaken|the board|het mt|de directie|the director|de wethouder|the alderman) (said|zei|zeiden|says|zegt) (no|nee)|so thats off|thats off now|dus dat is van de baan|dus dat gaat niet door',
      'glad nobody|nobody here (is|does)|niemand hier (doet|gaat)|gelukkig (doen|gaan) (wij|we) dat niet|no action points|no actions for us|geen actiepunten|geen actiepunten voor ons|nothing for us to do|geen ~ plannen (meegenomen|opgedaan)|no ~ plans (for us|to take)',
      'geen (concrete|harde|verdere) (afspraken|acties|actiepunten|vervolgstappen|vervolgafspraken)|no (concrete|firm|further) (agreements|actions|action points|next steps|follow ups)|nothing concrete (agreed|for us|yet)',
      '(nothing|niets|niks) ~ (for us|voor ons) ~ (to|om) (pick up|take up|act on|follow up|op te pakken|mee te doen|over te nemen)|(nothing|niets|niks) (to pick up|to take up|om op te pakken)',
      '(idea|plan|project|pilot|proposal|idee|plan|voorstel) ~~~ (is|was|s) (dead|off|over|binned|dood|afgeschoten|gesneuveld)|(so|dus) (no|geen) ~~ (this year|dit jaar|for now|voorlopig|after all)',
      '(nothing|niets|niks) ~ (we|wij) ~ (can|could|kunnen|konden) ~ (start|begin|pick up|take on|starten|beginnen|oppakken)',
      '^ (nope|nah)|^ (nee|no) (just|only|alleen|gewoon|maar)',
      'there wont be|not doing anything|nothing gets linked|(was|is) a (misunderstanding|rumour|rumor)|rumour is wrong|rumor is wrong|conclusion ~ dont do it',
      // round 6: a plan said not to be on our roadmap or that we are not ready for; a report that sees nothing to start
      '(staat|staan|stond|stonden) ~ niet op (onze|de|ons|mijn) (roadmap|planning|agenda)|not on (our|the) (roadmap|agenda)',
      // round 9: "none of it is on our roadmap"
      '(none of|nothing of) (it|this|that|them|these|those) ~ (is|are|was|were) ~ (on|in) (our|the) (roadmap|agenda|plans|planning)|(niets|niks|geen) (ervan|daarvan|van) ~~ (staat|staan) ~ op (onze|de) (roadmap|planning|agenda)',
      'zijn ~~ niet aan toe|(not|nowhere near) ready for (that|this|it|such|something like)',
      '(dont|do not|didnt|did not) see (anything|much) ~~ (need|have|should|must) ~ (change|start|adopt|pick up)',
      'zie ~ (niets|niks) ~~ (moeten|hoeven) ~~ (veranderen|starten|beginnen|oppakken|aanpassen)',
      // round 7: what the message named is said to be nobody's plan here, or nothing concrete yet
      '(nothing|not something|not anything) ~ (we|were|wij) ~ (planning|plan|doing|starting|building) (ourselves|here|now|yet)',
      '(niks|niets) (wat|dat) (we|wij) zelf|(niks|niets) van onszelf',
      'er ligt ~ (niks|niets|nog niks|nog niets) (concreets|concreet)|(there is|theres) nothing concrete (yet|now|on the table|right now)',
      // round 9: a question with no project of its own behind it
      '(speelt|speelt er|er speelt) ~ geen (concreet|specifiek) project|geen (concreet|specifiek) project (speelt|aan de hand|op dit moment)|(there is|theres|its|it is) no (concrete|specific|actual|real) project|not (about|for) a (concrete|specific|real) project',
    ],
  },
  {
    code: 'context.declined',
    kind: 'negative',
    weight: -2.5,
    cancelledBy: ['marker.suggestion'],
    patterns: [
      'niks voor ons|niets voor ons|not for us|geen plan*|no plans|wij ~ niet doen|we ~ niet doen|wij dat niet|we dat niet|nee dank*|not going to|gaan we niet',
      'plannen zijn er niet|plannen ~ niet|there are no plans|er zijn ~ geen plannen|niet naartoe|not go there|geen goed idee|bad idea|slecht idee|moeten we niet|moeten wij niet|should not|shouldnt|niet aan beginnen|doen we niet|we dont (do|need|use|want) (that|this|it|those|these|any)|voorlopig ~ niet|nog even niet|geen behoefte|stopt met|stoppen met|gestopt|(we|were|they|theyre|it|its|is|are|was|were|has|have|had|been) ~ (stopping|stopped)|(stopping|stopped) (it|the|this|that|our|using|with)|afgeschaft|abolish*',
      '(kopen|kopen we|buy|buying) (niks|niets|nothing)|(niks|niets) (kopen|aanschaffen)|(not|arent|are not) buying|(wont|will not) buy',
      // Round 9 of issue 20: "we're not interested", "we'll pass", "geen interesse".
      '(not|no longer|arent|werent|not really) interested|no interest in|geen interesse|niet geinteresseerd|(well|we will|ill|i will) pass|thanks but no thanks|nee dank je',
      'om geen|not to use|verbod op|ban on|verbieden|verbiedt|motie ~ tegen|motion against',
    ],
  },
  {
    code: 'context.fault',
    kind: 'negative',
    weight: -2.2,
    patterns: [
      'doet het niet|doen het niet|werkt niet|werken niet|werkt ~ niet meer|doet ~ niet meer|not working|doesnt work|does not work|isnt working|stopped working',
      // Round 11 of issue 20: the words of an incident log ("Incidentlog …", "ticket INC-…", "Workaround: …").
      'incidentlog*|incident log|incidentverslag*|storingslog*|ticket inc #|ticket ~ (staat uit|uitgezet|aangemaakt|logged|raised)|inc # ~ (staat uit|open|logged|raised)|^ workaround|workaround (is|was)',
      'kapot|is stuk|zijn stuk|weer stuk|gaat stuk|storing*|outage|offline|ligt eruit|(is|are|was|were|ligt|lag|gaat|ging|went|goes|weer|again|still|nog steeds|platform|site|server|app) down|down (again|since|sinds|weer|for)|^ down|op zwart|zwart scherm|traag|trage|slow|laadt niet',
      'foutcode*|foutmelding*|gaat fout|ging fout|error*|bug|bugs|crash*|weigert|blokkeer*|blokeer*|geblokkeerd|geeft geen|geen beeld',
      'laat ~ niet ~ zien|toont ~ verkeerde|verkeerde|klopt niet|klopt ~ niet|bekend probleem|known issue|batterij*|batteries|battery|is leeg|showing zero|shows zero',
      '(liep|liepen|loopt|lopen) ~~ vast|(opnieuw|weer) (gestart|opgestart)|herstart*|restarted|got stuck|alsnog verwerkt|processed after all',
      'dubbel af|rekent ~ dubbel|niet bijgewerkt|not updated|loopt vast|vastgelopen|frozen|glitch*|wie beheert|functioneel beheer*|(wie is|wie is de|bel de|mail de|who is the|call the) (beheerder|beheerders|administrator)|who manages|who owns',
      '(looking into|look into|kijken|kijkt|uitzoeken|onderzoeken|onderzoekt|investigate|investigating|checking) (why|waarom|wat er mis)|show zero|shows zero',
      '(havent|hasnt|niet meer|geen) ~~ (sent|gestuurd|verstuurd|data)|no data since|geen data meer|sinds de storm|since the storm|te hoge|te lage|too high|too low|weird answers|wrong answers|rare antwoorden|gave weird',
      'badly|poorly|(nog steeds|still) ~ (slecht|bad|badly|poor|poorly)|(werkt|herkent|leest|works|reads|recognises|recognizes) ~ (slecht|badly|poorly)|(vendor|supplier|leverancier) ~ (is looking into it|looking into it|kijkt ernaar|kijkt er naar|is ingelicht|is informed)',
      '(gaat|gaan|ging|gingen) ~ niet ~ open|(wont|doesnt|dont|didnt) open|wie kan helpen|who can help|can anyone help|kan iemand helpen',
      'failed|failure|defect|defecte|kapotte|beschadigd|damaged|typfout|typo|issue with|problem with|probleem met|problemen met|gaat steeds uit|valt ~ weg|valt uit|verdwenen|disappeared|rare cijfers|rare waarden|vreemde cijfers|strange numbers|weird numbers|odd figures',
      // Round 13 of issue 20: "er vanaf zien" takes a plan back; a fault already reported to the supplier is a fault.
      '(leverancier|supplier|vendor|helpdesk|servicedesk|service desk|beheerder|functioneel beheer) (is|zijn|has been|have been|al|already) ~ (gebeld|gemaild|ingelicht|op de hoogte|called|emailed|informed|notified|on it)',
    ],
  },
  {
    code: 'context.figures',
    kind: 'negative',
    weight: -2.0,
    patterns: [
      'hoeveel ~ (gebruiken|gebruikt|gebruikten|gevoerd)|how many ~ (use|used|using)|how many times',
      '(mooi|mooie|goed|goede|prima|great|nice|good) (resultaat|resultaten|result|results|cijfers|figures|score)|# procent van|# percent of|(about|around|ongeveer|zon|zo n) # (van de|of the|of all|van alle)',
      'gebruikscijfers|cijfers ~ van|cijfers ~ over|the figures|usage ~ figures|statistieken over|statistics on|usage statistics|kwartaalrapportage|jaarverslag|jaarrapportage|maandrapportage|annual report',
      'een record|nieuw record|new record|recordaantal|waar vind ik|where can i find|where do i find',
      '(een|a|nieuw|new|het|the) (woo|wob|foi|informatie|inzage) (verzoek|request) ~ (binnen|over|about|came|in|ingediend|gekregen)|(woo|wob|foi) (verzoek|request) (binnen|came in)|freedom of information request|subject access request*',
      '^ hoeveel|^ how many|journalist|persvraag|press question|raadsvraag|raadslid vroeg|vraagt ernaar|vroeg ernaar',
    ],
  },
  {
    code: 'context.existing',
    kind: 'negative',
    weight: -1.2,
    unlessChange: true,
    patterns: [
      'sinds #|since #|al jaren|for years|draait al|draaien al|already running|sinds ~ (vorig jaar|vorige maand|vorige week|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)|since last (year|month|week)|al in gebruik|already in use|zonder problemen|without problems|hangen al|staan al',
      'evaluatie van de (pilot|proef|test) ~ (is|was) (af|klaar|afgerond|binnen)|(pilot|proef|test|proefje) ~~ (is|was) ~ (afgelopen|geevalueerd|afgerond|gestopt|beeindigd)|(sensoren|sensors|cameras|camera s|kastjes|palen|borden|tellers|bakens|beacons) ~~ (weggehaald|verwijderd|removed|taken down|afgebouwd|gedemonteerd)|pilot ~~ (has ended|is over|was evaluated|ended|is finished|has finished)',
      'existing (agreement|contract|system|setup|arrangement|covenant)|bestaande (afspraak|afspraken|convenant|overeenkomst|systeem|werkwijze|contract)',
      '(die|dat|which|that) (we|wij|ze|they|jullie|you) ~~ (kregen|kreeg|got|received|kochten|kocht|bought|aanschaften|installeerden|installed|plaatsten|invoerden|introduced)|heeft een functie|has a feature|zit al in|kan al|can already|al (maanden|weken|tijden|een tijd|lang)|al (een|1|twee|2|drie|3|anderhalf) (jaar|jaartje|half jaar|maand|maanden)|already (a|one|two|three) (year|years|month|months)|(for|voor) (over|ruim|more than) a year|for (months|weeks|ages|a while)|again this (spring|year|autumn|summer)',
    ],
  },
  {
    code: 'context.since-launch',
    kind: 'negative',
    weight: -1.5,
    unlessChange: true,
    patterns: [
      'sinds de (lancering|livegang|start|introductie|invoering)|since (the|its) (launch|introduction|go live|rollout)|since go live|since launch',
    ],
  },
  {
    code: 'context.info-question',
    kind: 'negative',
    weight: -1.5,
    unlessPlanElsewhere: true,
    cancelledBy: ['intent.asks-if-known'],
    patterns: ['wie weet of|weet iemand of|weet iemand hoe|does anyone know|who knows whether|who knows if'],
  },
  {
    code: 'context.status',
    kind: 'negative',
    weight: -1.5,
    cancelledBy: ['intent.asks-if-known', 'intent.ask-register'],
    patterns: [
      '(al|already|yet|nog|weer|again|eindelijk|finally) (live|online|klaar|af|ready|done|bijgewerkt|updated|werkend|working|aan|on|gefixt|fixed) ?|(live|online|klaar|ready|done|bijgewerkt|updated|fixed|gefixt) (al|yet|already|nu|now) ?',
      '^ (is|zijn|staat|staan|are) (de|het|the) ~~ (al|already|nog|still|weer|again) ~~ ?',
    ],
  },
  {
    code: 'context.internal',
    kind: 'negative',
    weight: -2.0,
    patterns: ['wij als uthiek|we als uthiek|als team uthiek|we as uthiek|uthiek zelf|puur intern|purely internal'],
  },
  {
    code: 'context.logistics',
    kind: 'negative',
    weight: -1.5,
    patterns: [
      '(sessie|session|overleg|meeting|vergadering|workshop|presentatie|training|lunch|borrel|afspraak|call|bijeenkomst) ~~ (verplaatsen|verplaatst|verzetten|verzet|schuift|schuiven|verschuift|moved|move|postponed|rescheduled|afgezegd|afgelast)',
      '(verplaatsen|verzetten|move|moving) ~~ (naar|to) ~ (zaal|room|ruimte|verdieping|floor|online)|(grote|kleine|big|small) (zaal|room)',
      '(demo|sessie|session|overleg|meeting|presentatie|presentation|training|workshop|kickoff|kick off|afspraak) ~~ (om|at) #',
    ],
  },
  {
    code: 'context.fetch',
    kind: 'negative',
    weight: -1.5,
    unlessPlanElsewhere: true,
    patterns: [
      '(footage|beelden|camerabeelden|opnames|recordings) ~~ (request|requests|verzoek|opvragen|opgevraagd|vordering|gevorderd)|(request|requests|verzoek|vordering) (for|om|van) ~ (footage|beelden|camerabeelden|opnames|recordings)',
      '(link|links|linkje|url|toegang|access|inlog|login) (pls|please|plz|pliz|aub|svp|graag|iemand|anyone|someone|naar|to|van|of|voor|for) ~~ ?|(link|linkje|url) ?',
      '^ (wie heeft|who has|whos got|who s got|heeft iemand|does anyone have|has anyone got|anyone got)|(kan|kun) iemand ~ (sturen|delen|doorsturen|opzoeken)|can (someone|anyone) (send|share|forward|drop)',
    ],
  },
  {
    code: 'context.tip',
    kind: 'negative',
    weight: -1.5,
    unlessOwn: true,
    patterns: ['tip|tips|protip|wist je dat|did you know|handig om te weten|good to know'],
  },
  {
    code: 'context.no-change',
    kind: 'negative',
    weight: -2.5,
    unlessChange: true,
    cancelledBy: ['context.reply-adds'],
    patterns: [
      'jaarlijkse (opschoning|update|herberekening|actualisatie|verversing|refresh|controle)|jaarlijks ~ (bijgewerkt|ververst|herberekend|opnieuw|gecontroleerd)|annual (refresh|update|cleanup)|zoals elk jaar|like every year',
      'huisstijl|nieuw uiterlijk|nieuwe look|new look|look and feel|restyling|lettertype*|kleurenschema*|alleen ~ (kleuren|opmaak|layout|teksten)|only ~ (colours|colors|layout|styling)',
      'opschoning|opschonen|clean up|cleanup|archiefversie*|draait weer|verandert niets|verandert er niets|niets ~ veranderd|niks ~ veranderd',
      'no (changes|change|functional changes) (planned|foreseen|expected|scheduled)|geen (wijzigingen|veranderingen|aanpassingen) (gepland|voorzien|verwacht)',
      'nothing changes|nothing ~ changes|no functional change*|functioneel verandert ~ niets|zelfde functionaliteit|same functionality|alleen bugfixes|only bugfixes|bugfixes',
      'zelfde functie|same function|nieuwer type|newer model|nieuwer model|een op een vervangen|1 op 1 vervangen|hetzelfde type|zelfde type|same type|same model|hetzelfde model|zelfde model|like for like|alleen ~ nieuwe (cijfers|data|gegevens)|only new (figures|data)|nieuwe cijfers erin',
      '(zelfde|hetzelfde|dezelfde|same) (als|as) (de|het|the) (oude|vorige|huidige|old|previous|current)',
      'geen nieuwe gegevens|no new data|ongewijzigd|unchanged|blijven hetzelfde|blijft hetzelfde|stays the same|remain* the same|zoals altijd|as usual|routine*|zoals nu al|zoals nu|as we do now|as it is now',
      '(blijft|blijven|stays|stay|remain|remains) ~ (hetzelfde|gelijk|the same|unchanged|ongewijzigd|zoals het is|zoals ze zijn|zoals hij is|zoals die is|as it is|as they are)',
      'no (change|changes) (to|in)|nothing changes (to|in)|geen (wijziging|wijzigingen|verandering|veranderingen) (in|aan|van|voor)|verandert niets aan|veranderen niets aan|wijzigt niets|wijzigen niets|changes nothing',
      '(same|zelfde|dezelfde|hetzelfde) (gebieden|areas|werkwijze|methode|method|functionaliteit|functionality|gegevens|data)',
      '(zelfde|hetzelfde|dezelfde|same) (functies|features|merk|brand|leverancier|supplier|pakket|package|opzet|setup|instellingen|settings)',
      '(same|zelfde|dezelfde|hetzelfde) ~ (as|als) (last|vorig|vorige) (year|jaar|time|keer)|zoals elke keer|same as every time|like every time|as every year|net als vorig jaar|just like last year',
    ],
  },
  {
    code: 'context.it-ops',
    kind: 'negative',
    weight: -2.0,
    unlessChange: true,
    cancelledBy: ['tech.genai', 'tech.speech', 'tech.transcription'],
    patterns: [
      'update*|upgrade*|geupdate|geupgrade|migratie*|migreren|migreert|gemigreerd|migrate*|migration*|onderhoud aan|onderhoudsvenster|technisch onderhoud|gepland onderhoud|maintenance window|scheduled maintenance|patch*|gepatcht',
      'licentie*|licences|licenses|(licence|license) (for|voor|van|renewal|renewed|costs|kosten|fee|fees|upgrade|verlengd|verlenging)|(need|needs|buy|buying|renew|renewing|extend|extending) ~ (licence|license)|(the|de|een|a|our|onze|new|nieuwe|extra) (licence|license) (for|voor|van|is|was|has|had|expires|expired|verloopt|loopt|renewal|costs|kosten|fee|fees|upgrade|verlengd|verlenging|from|with|to|of|needs|moet|will|runs|ran|and|en|or|of)|(contract*|abonnement*|subscription*|onderhoudscontract*|support*|certifica*|office|m365) ~~ (verleng*|renew*|renewal*)|(verleng*|renew*|renewal*) ~~ (contract*|abonnement*|subscription*|onderhoudscontract*|office|m365)',
      'nieuwe release|new release|nieuwe versie|new version|versie #|version #|windows #|uitfaser*|phase out|afgesloten|disconnected|decommission*',
      'niet beschikbaar|unavailable|beheerprofiel|overstap*|stappen over|stapt over|switch* to|nieuwe server*|new server*|server (migratie|update|onderhoud|maintenance|down|storing|room|ruimte)|servers (worden|gaan|are|will)|serverruimte|backup|back up|(mailbox|mailboxen|postbus|inbox) (vol|full|migratie|migration|quota|limit|verhuizen|verhuist|moved)',
      '(bestanden|files|mappen|folders|documenten|documents) ~~ (sharepoint|onedrive|gedeelde schijf|shared drive|netwerkschijf|teamsite)|(sharepoint|onedrive|gedeelde schijf|shared drive|netwerkschijf|teamsite) ~~ (bestanden|files|mappen|folders|map|folder|documenten|documents)',
      'gedeelde map|fileshare*|(in|naar|op) (een|de|die|deze|1) map|(in|into|to) (a|the|one) folder',
      'change notice|change window|wijzigingsvenster|wijzigingsbericht|beveiligingsupdate*|security patch*|security fix*',
      'na (het|de) onderhoud|after (the|scheduled) maintenance|weer live|weer online|weer in de lucht|back online|back live|back up and running',
      'telefonie|telefooncentrale|fax*|nieuwe laptops|nieuwe telefoons|diensttelefoons',
      // Round 9 of issue 20: maintenance of a named device or system ("camera maintenance next month").
      '(camera|cameras|sensor|sensors|server|servers|system|systems|systeem|drone|drones|app|portal|portaal|kiosk|kiosks|lamp|lampen) (maintenance|onderhoud|servicing)|maintenance (on|of|to) (the|de|our|onze|all|alle)',
    ],
  },
  {
    code: 'context.hearsay',
    kind: 'negative',
    weight: -2.5,
    unlessOwn: true,
    patterns: [
      '(een|de|twee|drie|sommige|veel) (bewoner|bewoners|inwoner|inwoners|ondernemer|ondernemers|ouder|ouders|deelnemer|deelnemers) ~ (vroeg|vroegen|zei|zeiden|stelde|stelden|wilde|wilden|opperde|riep)',
      'iemand (vroeg|zei|riep|opperde)|vraag van (een|de) (bewoner|inwoner|ondernemer|ouder|deelnemer)|(a|one|some|several) (resident|residents|citizen|citizens|parent|parents|shop owner|shop owners) (asked|said|suggested|wondered|shouted)|someone (asked|said|suggested)',
    ],
  },
  {
    code: 'context.login',
    kind: 'negative',
    weight: -2.0,
    cancelledBy: ['tech.biometrics'],
    patterns: [
      'authenticator*|tweestapsverificatie|twee factor*|multi factor*|two factor*|mfa|2fa|inlogcode*|login code*|sms code*|verificatiecode*|verification code*',
      // round 10: who has the (admin) login of an existing system
      'beheerrechten|adminrechten|(admin|beheer|beheerder|beheerders) (login|logins|inlog|account|accounts|wachtwoord|password|rechten|rights)|(who|wie) (has|heeft|knows|weet) (the|de|het) ~ (login|inlog|password|wachtwoord)',
    ],
  },
  {
    code: 'context.helpdesk',
    kind: 'negative',
    weight: -2.0,
    unlessPlanElsewhere: true,
    cancelledBy: ['intent.ask-register', 'intent.procure'],
    patterns: [
      'moet ik|should i|do i need to|ik krijg ~~ (niet|geen)|ik zie ~~ (niet|geen)|i cant see|i dont see|i dont get|i cant get',
      'hoe stel ik|hoe kan ik|hoe krijg ik|hoe zet ik|hoe moet ik|how do i|how can i|mijn laptop*|mijn telefoon|mijn pc|mijn computer|mijn ~ scherm|mijn printer',
      'mijn muis|mijn toetsenbord|mijn headset|mijn mail|mijn outlook|mijn account|mijn wachtwoord|mijn handtekening|mijn teams|my laptop|my phone|my screen',
      'my password|my account|printer*|printen|toetsenbord*|laptopbatterij|wachtwoord*|password*|vpn|outlook|draaitabel|pivot|beamer|hdmi|gastennetwerk',
      'wifi code|it balie|servicedesk|service desk|helpdesk|inloggen lukt niet|kan niet inloggen|cant log in|i cant|lukt niet|lukt het niet|iemand tips',
      'mijn copilot|my copilot|mijn chatgpt|my chatgpt|button|knop ~ weg|any idea why|weet iemand waarom|bijlagen|attachments|macro*|share my screen|scherm delen|doorschakel*|vaste lijn',
    ],
  },
  {
    code: 'context.joke',
    kind: 'negative',
    weight: -3.0,
    patterns: [
      'haha*|hihi*|hehe*|ha ha|lol|lmao|rofl|grapje*|geintje*|just kidding|kidding|jk|joke|joking|grap|grappen|stel je voor|stel dat|imagine',
      'in een ideale wereld|in a perfect world|ideal world|droom*|dream*|dagdroom*|sci fi|science fiction|zou top zijn|zou geweldig zijn|zou leuk zijn',
      'half joking|half serious|only half serious|half serieus|half grappend|would be hilarious|zou hilarisch zijn|hilarisch|hilarious|not (actually|really) doing (it|that)|not doing (it|that) (obviously|of course)|(gaan|doen) we ~ (natuurlijk|uiteraard|obv|obviously) niet|komt er nooit|never going to happen',
      'would be fun|would be cool|wouldnt it be|ik zeg maar wat|ik zou bijna|zou ik bijna|i almost|i nearly',
      'parallel universe|parallelle wereld|parallel universum|alternate universe|in theorie|in theory|theoretisch|theoretically|hypothetisch*|hypothetical*|gedachte experiment|gedachteexperiment|thought experiment|dream on|one can dream|mag je dromen|dystopisch|dystopian|black mirror',
      'if we ever|if i ever|als we ooit|als wij ooit|mochten we ooit|(if|als) we ~~ (every|elke|iedere|alle) ~~ (we d|wed|we would|zouden we|hebben we|dan)|when pigs fly|als de koeien',
      'als ik (wethouder|burgemeester|de baas|baas|koning|minister) (was|ben|zou zijn)|if i (were|was) (mayor|the boss|boss|king|in charge|alderman)|zou grappig zijn|would be funny',
    ],
  },
  {
    // "what if we…" is as often a suggestion ("what if we tried sensors there?") as a thought experiment.
    code: 'context.what-if',
    kind: 'negative',
    weight: -3.0,
    cancelledBy: ['marker.trial'],
    patterns: ['wat als we|wat als wij|what if|^ wat als'],
  },
  {
    code: 'context.someday',
    kind: 'negative',
    weight: -1.5,
    patterns: [
      'ooit|someday|some day|one day|in de toekomst|in the future|over tien jaar|in ten years|ons allemaal|us all|we allemaal|iedereen werkloos',
    ],
  },
  {
    code: 'context.event',
    kind: 'negative',
    weight: -1.5,
    patterns: [
      'keynote|key note|lezing|een talk|a talk|spreker|speaker|sprekers|speakers|presentatie|presentation',
      'workshop*|werkgroep*|working group|personeelsdag|een cursus|de cursus|cursus over|course on|hackathon|meetup|masterclass|kennissessie*|inspiratiesessie*|lunchsessie*',
      'een training|training over|training on|e learning|elearning|presentatie over|*borrel|*borrels|uitje|heidag|jarig|verjaardag*|birthday*|teamuitje|gekletst|nog een lid|nieuwe leden|new members',
      // Round 9 of issue 20: a course someone signs up for, with its sessions and homework, is no plan of ours.
      '(free|online|new|short|this|that|a|the|an|great|good|useful) (course|courses|e learning|mooc)|(course|courses|mooc) (from|by|about|on|at|for)|leergang*|mooc*',
      '(signed|signing) up (for|already|too|as well)|(i|we|ive|weve) ~ signed up|(ingeschreven|aangemeld) (voor|bij) (de|het|een) (cursus|training|leergang|opleiding|e learning)|homework|huiswerk|(first|second|next|final) assignment|(eerste|tweede|volgende) opdracht',
    ],
  },
  {
    code: 'context.office',
    kind: 'negative',
    weight: -1.5,
    cancelledBy: [
      'tech.sensors',
      'tech.tracking',
      'tech.cameras',
      'tech.biometrics',
      'tech.monitoring',
      'tech.personal-data',
      'tech.scoring',
      'tech.genai',
      'tech.speech',
      'tech.transcription',
      'tech.automated-decision',
      'tech.algorithm',
      'tech.chatbot',
    ],
    patterns: [
      'koffie|coffee|lunch|lunchen|kantine|canteen|catering|borrel|drinks',
      'flexplek*|vergaderzaal*|vergaderzalen|vergaderruimte*|werkplekken|werkplek reserveren|room booking|meeting room*|desk booking|zaalreservering*',
      'declaratie*|reiskosten*|onkosten*|expense claim*|expenses|timesheet*|zaalverhuur',
      'koffieautomaat*|koffiemachine*|printer*|windows #|office 365|microsoft 365|m365|telefonie|kantoorsoftware|office software',
    ],
  },
  {
    code: 'context.hiring',
    kind: 'negative',
    weight: -1.5,
    patterns: [
      'deel de vacature|vacature ~ (voor|open|staat)|openstaande vacature|nieuwe collega|new colleague|we zoeken een ~ collega|welkom ~ collega|welcome ~ colleague|job opening|we are hiring|were hiring',
    ],
  },
  {
    code: 'context.personal',
    kind: 'negative',
    weight: -2.0,
    patterns: [
      '(mijn|my) (instagram|tiktok|facebook|feed|tijdlijn|timeline|youtube|spotify|netflix)|algoritme van (instagram|tiktok|facebook|youtube|spotify|netflix)|(instagram|tiktok|spotify|netflix|youtube) ~ algoritme*',
      'youtube|spotify|netflix|my holiday|mijn vakantie|on holiday|op vakantie|holiday photos|vakantiefoto*|mijn hond|my dog|at home|robotstofzuiger|hilarious|grappig',
      'voor je eigen|voor mijn eigen|je eigen tuin|mijn eigen tuin|in je tuin|in mijn tuin|in my garden|in your garden|for private use|voor prive gebruik|voor privegebruik',
      'group chat|groepschat|mijn zoon|mijn dochter|my kids|mijn kinderen|mijn man|mijn vrouw|my partner|mijn eigen|my own phone',
    ],
  },
];

/** Places and organisations a plan of our own may be compared with ("net als Rotterdam"). */
const COMPARED =
  'amsterdam|rotterdam|den haag|the hague|den bosch|eindhoven|gent|ghent|antwerpen|barcelona|helsinki|breda|zaanstad|nijmegen|almere|groningen|tilburg|arnhem|leiden|delft|haarlem|zwolle|enschede|apeldoorn|amersfoort|maastricht|londen|london|parijs|paris|berlijn|berlin|kopenhagen|copenhagen|new york|singapore|tallinn|wenen|vienna|nieuwegein|zeist|houten|de provincie|the province|andere gemeenten|other cities';

/** Technology that can be someone's field ("een collega die veel weet van AI"). */
const TOPICS =
  'ai|kunstmatige intelligentie|artificial intelligence|algoritmes|algoritmen|algoritme|algorithms|data|datasets|privacy|drones|sensoren|sensors|cameras|chatbots|genai|generatieve ai|generative ai|machine learning|taalmodellen|language models|biometrie|biometrics|gezichtsherkenning|face recognition|iot';

/** Technology words used in another sense; matched words are removed before the other cues run. */
export const MASK_CUES: readonly Cue[] = [
  {
    code: 'sense.comparison',
    kind: 'mask',
    weight: 0,
    patterns: [
      `(net als|netals|net zoals|zoals|zoals in|zoals bij|zoals ook|naar voorbeeld van|naar het voorbeeld van|vergelijkbaar met|analoog aan|a la|like|just like|like in|similar to|the way|same as|as in|as they do in) (${COMPARED})`,
      `(net als|net zoals|zoals|like|just like|similar to|the way|as in) (in|bij|de gemeente|gemeente|the city of) (${COMPARED})|(wat|what|zoals) (ze|they) (in|bij) (${COMPARED})`,
      `(${COMPARED}) (style|stijl)|(van|of) (${COMPARED}) (maar dan|but)`,
      '(net als|netals|net zoals|zoals|just like|like|same as) (daar|daarzo|zij|hen|bij hen|bij hun|die van hen|they do|theirs|there|over there)',
    ],
  },
  {
    code: 'sense.offer',
    kind: 'mask',
    weight: 0,
    patterns: [
      'als iemand ~~ (wil|wilt|interesse heeft)|wie ~~ (wil|wilt) ~ (hebben|lezen|zien|kijken|ontvangen)|wie het wil hebben|voor wie wil|voor wie het wil|if anyone (wants|would like)|anyone who wants|for anyone who wants|if you want (them|it|a copy)',
      'happy to (share|forward|send)|stuur ik (het|hem|ze) (door|rond)|ill (share|forward|send) it|ik stuur ~ rond|ik deel ~ in het kanaal',
      // Round 9 of issue 20: a courtesy, "if you want to have a look", wants nothing.
      'if you (want|wanna|d like|would like) to (have a look|take a look|see it|see them|look|drop by|pop by|pop in|come by|swing by|stop by|check it out|come and see|join)|feel free to (have a look|take a look|drop by|pop by|pop in|come by|swing by|stop by|check it out|join)',
    ],
  },
  {
    code: 'sense.condition',
    kind: 'mask',
    weight: 0,
    patterns: [
      '(als|wanneer|indien|zolang|tenzij|mits|if|when|unless|as long as) ~~ (niks|niets|nothing|nothings|niet|not|no) ~~ (veranderd|verandert|veranderen|gewijzigd|wijzigt|changed|changes|change) (sinds|since|t o v|compared to) ~ (vorig|vorige|last|het vorige|the last|the previous) (jaar|year|keer|time|maand|month|aanvraag|application)',
      '(als|wanneer|indien|zolang|tenzij|mits|if|when|unless|as long as) ~~ (niks|niets|nothing|nothings|niet|not|no) ~~ (veranderd|verandert|veranderen|gewijzigd|wijzigt|changed|changes|change)',
      '(als|wanneer|indien|zolang|mits|if|when|as long as) ~~ (hetzelfde|gelijk|dezelfde|the same|unchanged|ongewijzigd) ~ (is|zijn|blijft|blijven|are|is|stay|stays|as|als) ~~ (vorig|vorige|last|the previous|het vorige) (jaar|year|keer|time|maand|month)|(als|wanneer|indien|zolang|mits|if|when|as long as) ~~ (the same|hetzelfde|dezelfde|gelijk) (as|als) (last|vorig|vorige) (year|jaar|time|keer|month|maand)',
      // Round 13 of issue 20: a decision that will go through by itself ("… gaat straks vanzelf goed, alleen bij een wijziging komt er nog een mens aan te pas", "no human check") is an automated decision.
      '(als|wanneer|indien|zolang|mits|if|when|as long as) ~~ (is|are|blijft|blijven|stays|remains|remain) (unchanged|ongewijzigd|ongewijzigt)',
    ],
  },
  {
    code: 'sense.not-ourselves',
    kind: 'mask',
    weight: 0,
    patterns: [
      '(niet|not) ~ (zelf|ourselves) ~ (bouwen|ontwikkelen|maken|doen|build|building|develop|developing|make|making)|(niet|not) ~ (bouwen|ontwikkelen|maken|build|building|develop|developing) ~ (zelf|ourselves)',
    ],
  },
  {
    code: 'sense.wink',
    kind: 'mask',
    weight: 0,
    patterns: [
      '(asking|ask|vraag|vragen) (for|voor) (a|een) (friend|vriend|vriendin|colleague|collega) haha|(asking|ask|vraag|vragen) (for|voor) (a|een) (friend|vriend|vriendin|colleague|collega)',
    ],
  },
  {
    code: 'sense.request',
    kind: 'mask',
    weight: 0,
    patterns: [
      'wil je|wilt u|wil iemand|wilt iemand|wil er iemand|would anyone|does anyone want|would someone|could someone|kan er iemand|wil jij|would you|do you want to|zou je|zou jij|zou u|kun je|kan je|kunt u|kun jij|kan jij|can you|could you',
    ],
  },
  {
    code: 'sense.not-installing',
    kind: 'mask',
    weight: 0,
    patterns: [
      'er hangen|er hangt|hangen er|hangt er|hangt af|hangen af|hangt ervan af|hangt er ~ van af|hangt ~ samen|hangen ~ samen',
    ],
  },
  {
    code: 'sense.app-as-verb',
    kind: 'mask',
    weight: 0,
    patterns: [
      'app me|app mij|app je|app even|app ff|app maar|app hem|app haar|app ons|appje*|appen|appt|appte|appten|geapt|geappt|whatsapp*|groepsapp*|appgroep*|app groep*',
      'stuur* ~~ via de app|send ~~ via the app|via de groepsapp|applicatiebeheer*|applaus|appeltaart*',
      // Round 8 of issue 20: a message one person just got ("kreeg net een app van de buurman") is a WhatsApp.
      'ik kreeg ~ een app|kreeg (net|zojuist|vanochtend|vanmorgen|gisteren|gisteravond|daarnet|vandaag) ~ een app|(heb|had) ~~ een app (gehad|gekregen|ontvangen)',
    ],
  },
  {
    code: 'sense.data-as-dates',
    kind: 'mask',
    weight: 0,
    patterns: [
      'mobiele data|mobile data|databundel*|data bundel*|welke data|data prikken|prikdata|data is op',
      '(data|datums) ~ (voor|van|for|of) ~ (uitje*|teamuitje*|teamdag*|heidag*|borrel*|vergadering*|vergaderingen|overleggen|sessies|trainingen|cursus*|etentje*|bijeenkomst*|feest*|workshops|kerstdiner*|vakantie*|vrije dagen)|(doodle*|datumprikker*) ~~ data|data ~~ (doodle*|datumprikker*)',
    ],
  },
  {
    code: 'sense.camera-media',
    kind: 'mask',
    weight: 0,
    patterns: [
      'je camera*|jullie camera*|your camera*|my camera*|mijn camera*|uw camera*|^ (camera|cameras) (aan|uit|on|off)|(camera|cameras) (aan|uit|on|off) (zetten|doen|graag|aub|svp|please|laten|houden)',
      '(hold|holding|vasthouden|houdt|houden) ~ (the|de|a|een) camera|(de|het|een|the|a) camera ~ (vasthouden|vast houden|hold|holding|bedienen|operate)|camera (at|bij|tijdens|during) (the|de|het|a) ~ (speech|toespraak|afscheid|farewell|borrel|party|feest|uitje|teamdag)|camera ready|camera shy|cameraschuw|camera schuw|voor de camera|in front of the camera|on camera|fotocamera*|fotograaf ~~ camera*|photographer ~~ camera*|camera* ~~ fotograaf|(je|jouw|mijn|my|your|uw|laptop|ingebouwde|built in) webcam*|webcam* (aan|uit|on|off|werkt|doet|works)|camera loopt|camera rolt|vlog*|fotoshoot*|photoshoot*|filmploeg*|camera crew',
    ],
  },
  {
    code: 'sense.topic',
    kind: 'mask',
    weight: 0,
    patterns: [
      '(ai|data|algoritme|algoritmes|algorithm|algorithms|privacy|copilot|chatgpt|genai|dashboard|drone|drones|sensor|sensoren|sensors) (sessie|session|workshop|training|overleg|lunch|lunchlezing|presentatie|presentation|talk|cursus|course|webinar|kennissessie|borrel|uurtje|meetup|cafe)',
      // Round 11 of issue 20: a product's name before "meeting" names a feature in meetings ("Copilot meeting recaps"), not a meeting about it.
      '(ai|data|algoritme|algoritmes|algorithm|algorithms|privacy|genai|dashboard|drone|drones|sensor|sensoren|sensors) meeting',
    ],
  },
  {
    code: 'sense.asks-to-know',
    kind: 'mask',
    weight: 0,
    patterns: [
      '(we|wij|ik|i) ~ (just|only|alleen|gewoon|enkel|simply|eigenlijk) ~ (want|wil|willen|wanted|wilden|would like) ~ (to know|weten|to check|checken|horen|to hear)',
      '(wethouder|burgemeester|raad|gemeenteraad|commissie|fractie|griffie|college|raadslid|raadsleden|mt|directeur|directie|journalist|pers|baas|manager|leidinggevende|teamleider|alderman|mayor|council|councillor|board|boss|press|director|they|ze|hij|zij|he|she) ~ (wil|wilt|willen|wants|want|wanted|would like|wil graag|wil even) ~ (weten|to know|horen|to hear|zien|to see)',
      '(wethouder|burgemeester|raad|gemeenteraad|commissie|fractie|griffie|college|raadslid|raadsleden|mt|directeur|directie|journalist|pers|alderman|mayor|council|councillor|board|director|press|they|ze|hij|zij|he|she) ~ (wil|wilt|willen|wants|want|wanted|would like|asks for|vraagt om|vraagt naar) (the|de|het) (number|numbers|figures|aantal|aantallen|cijfers|stats|statistics|gebruikscijfers|usage figures)',
    ],
  },
  {
    // Round 9 of issue 20: the history of faults as data for a model is no fault.
    code: 'sense.fault-data',
    kind: 'mask',
    weight: 0,
    patterns: [
      'storingshistorie|storingsgeschiedenis|storingsdata|storingsgegevens|storingsregistratie*|fault history|failure history|fault data|failure data|outage history|fault records|failure records',
    ],
  },
  {
    // Round 9 of issue 20: the supplier of a system says or does something about it; nobody buys anything.
    code: 'sense.supplier-says',
    kind: 'mask',
    weight: 0,
    patterns: [
      '(supplier|vendor|leverancier) (says|said|zegt|zei|confirms|confirmed|bevestigt|bevestigde|reports|reported|meldt|meldde|explains|explained|legt uit|legde uit|is looking into it|kijkt ernaar|fixed it|rebooted|restarted|herstartte)',
      // round 10: what another party pushes for is their wish ("they pushed hard for a pilot")
      '(they|he|she|vendor|supplier|rep|zij|ze|hij|leverancier) (pushed|pushes|push|pushing|pressed|presses|lobbied|lobbies|drong|dringt|dringen) ~ (for|on|op) ~ (pilot|pilots|demo|trial|proef|proefje)',
    ],
  },
  {
    code: 'sense.building',
    kind: 'mask',
    weight: 0,
    patterns: [
      '(the|a|this|that|our|their|new|old|office|city|main|whole|same|in|from|per|each|every|which|library|school) (building|buildings)',
      // Round 9 of issue 20: an architect's model of a building is no model that predicts.
      '(3d|scale|physical|cardboard|wooden|lego|paper) (model|models|maquette) (of|van) ~~ (building|buildings|gebouw|school|station|bridge|brug|square|plein|tower|toren|district|wijk|neighbourhood|campus|library|bibliotheek|stadhuis|city hall)|maquette*',
    ],
  },
  {
    code: 'sense.wants-evidence',
    kind: 'mask',
    weight: 0,
    patterns: [
      '(wil|wilt|willen|want|want to|d want to|would want to|wanna) ~~ (hun|de|het|their|the|an) ~ (evaluatie|evaluation|onderzoek|research|resultaten|results|assessment|privacy assessment|dpia|rapport|report|cijfers|figures|evidence|bewijs) ~ (zien|lezen|inzien|see|read)',
      '(want|want to|d want to|would want to|wanna|wil|wilt|willen) (see|read|zien|lezen) (their|the|hun|de|het) ~ (evaluatie|evaluation|onderzoek|research|resultaten|results|assessment|dpia|rapport|report|cijfers|figures|evidence)',
    ],
  },
  {
    code: 'sense.want-existing',
    kind: 'mask',
    weight: 0,
    patterns: [
      '(wil|wilt|willen|want|wants|would like) (ze|hem|them|those|these|a copy) (in|for|voor|op)',
      '(wil|wilt|willen|want|wants|would like) ~ (in|for|voor|op) (de|het|the|my|mijn|our|onze) (nieuwsbrief|newsletter|presentatie|presentation|rapport|report|verslag|slides|post|blog|jaarverslag)',
      // A page of the website holds what is wanted; "we willen een chatbot op de website" wants a new thing there.
      '(wil|wilt|willen|want|wants|would like) (ze|hem|het|dit|dat|deze|die|them|it|this|that|those|these|de cijfers|the figures|the numbers|een stukje|a piece|een artikel|an article|een bericht|a message|de tekst|the text|de fotos|the photos) (in|for|voor|op) (de|het|the|my|mijn|our|onze) (intranet|website)',
    ],
  },
  {
    code: 'sense.reaction',
    kind: 'mask',
    weight: 0,
    patterns: [
      '^ (goed|goede|good|leuk|leuke|nice|great|top|mooi|mooie|slim|slimme|sterk|sterke|cool|prima|briljant|brilliant|excellent) (plan|plannen|idee|ideeen|idea|ideas|initiatief|initiative)',
      '^ (top|ja|yes|wow|echt|heel|really|super|oh|nou|zeker|definitely|absolutely|yay|jaa|yess|mooi|nice|great) (een|a) ~ (goed|goede|good|leuk|leuke|nice|great|mooi|mooie|slim|slimme|sterk|sterke|cool|prima|briljant|brilliant) (plan|idee|idea|initiatief|initiative)',
      '^ (top|ja|yes|wow|echt|heel|really|super|oh|nou|zeker|definitely|absolutely|yay|jaa|yess|mooi|nice|great) (goed|goede|good|leuk|leuke|nice|great|mooi|mooie|slim|slimme|sterk|sterke|cool|prima|briljant|brilliant) (plan|idee|idea|initiatief|initiative)',
      '(klinkt als|sounds like|wat een|what a|such a|lijkt me een|seems like a|seems a) ~ (goed|goede|good|leuk|leuke|nice|great|top|mooi|mooie|slim|slimme|sterk|sterke|cool|prima|briljant|brilliant|excellent) (plan|idee|idea|initiatief|initiative)',
    ],
  },
  {
    code: 'sense.idea-as-question',
    kind: 'mask',
    weight: 0,
    patterns: [
      'any idea|any ideas|enig idee|geen idee|no idea|idee waarom|idea why|iemand een idee|iemand enig idee|anyone ~ idea',
    ],
  },
  {
    code: 'sense.rail-platform',
    kind: 'mask',
    weight: 0,
    patterns: [
      'platform #|spoor #|perron*|treinplatform|platform ~ trein*|train ~ platform|platform ~ train',
      '(hele|heel het|het hele|the whole|the entire) platform|platform (ligt|lag|staat|stond|is) ~ (vol|full)|platform (vol|full of)',
    ],
  },
  {
    code: 'sense.application-request',
    kind: 'mask',
    weight: 0,
    patterns: [
      '(application|applications) (for|came in|have come in|received)|(aantal|number of|how many|hoeveel) (applications|aanvragen)',
    ],
  },
  {
    code: 'sense.something-new',
    kind: 'mask',
    weight: 0,
    patterns: ['(iets|wat|niets|niks) nieuws|something new|nothing new'],
  },
  {
    code: 'sense.repair',
    kind: 'mask',
    weight: 0,
    patterns: [
      '(sensor|sensoren|sensors|camera|cameras|lampje|lamp|lampen|melder|detector) (van|of|on) (de|het|the) (deur|deuren|door|doors|lift|elevator|poort|gate|slagboom|barrier|garagedeur|koelkast|fridge|printer|koffieautomaat|coffee machine|toilet|toiletten|wc|kraan|tap)',
      '(vervangen|gerepareerd|gemaakt|hersteld|replaced|repaired|fixed|swapped) (door|by) (de|het|een|the|a|our|onze) (netbeheerder|energieleverancier|grid operator|leverancier|supplier|vendor|monteur|monteurs|technician|engineer|installateur|storingsdienst|it|ict|facilitair|beheerder)',
    ],
  },
  {
    code: 'sense.matching-people',
    kind: 'mask',
    weight: 0,
    patterns: [
      '(koppel*|match*|pair*) ~ (vrijwilligers|vrijwilliger|buddys|buddy|maatjes|maatje|mentoren|mentor|coaches|coach|volunteers|volunteer|mentors|studenten|students|nieuwkomers|statushouders) (aan|met|to|with)',
      '(vrijwilligers|buddys|maatjes|mentoren|volunteers|mentors) ~ (koppel*|match*|pair*) (aan|met|to|with)',
    ],
  },
  {
    code: 'sense.messaging',
    kind: 'mask',
    weight: 0,
    patterns: ['(via|in|op|through|on) ~~ (buurtapp|wijkapp|buurtapps|bewonersapp|neighbourhood app|street app)'],
  },
  {
    code: 'sense.expertise',
    kind: 'mask',
    weight: 0,
    patterns: [
      `(weet|weten|wist|kennis|verstand|expertise|deskundig|deskundige|specialist|expert|knows|knowledge|researcher|onderzoeker|promoveert|gepromoveerd|phd|hoogleraar|professor) ~ (van|over|in|on|about|of|naar|op) (${TOPICS})`,
    ],
  },
  {
    code: 'sense.joining',
    kind: 'mask',
    weight: 0,
    patterns: [
      '(wil|wilt|willen|wou|wilde) ~ (zich|zichzelf) ~~ (aanmelden|opgeven|inschrijven|kandidaat stellen|melden)|(wil|wilt|willen) ~~ lid worden|(wants|want|would like) to become a member',
    ],
  },
  {
    code: 'sense.organisation-name',
    kind: 'mask',
    weight: 0,
    patterns: ['organisatienaam'],
  },
  {
    // streets and waters of Utrecht named after another place: no other organisation in them
    code: 'sense.place-name',
    kind: 'mask',
    weight: 0,
    patterns: [
      'amsterdam rijnkanaal|amsterdamsestraatweg|amsterdamse straatweg|amersfoortseweg|amersfoortsestraatweg|leidseweg|leidsche rijn|leidsche veer|rotterdamseweg|vleutenseweg|zeisterweg|biltsestraatweg',
    ],
  },
  {
    // "processing times are down to 5 weeks": a figure that fell, not a system that is down
    code: 'sense.figure-down',
    kind: 'mask',
    weight: 0,
    patterns: ['(down|up|omlaag|omhoog) (to|naar|from|van|by|met) #|(down|up) # (percent|procent|pct)'],
  },
  {
    // "the budget went to the new counters": a service desk, not a people counter
    code: 'sense.desk',
    kind: 'mask',
    weight: 0,
    patterns: [
      '(new|the|service|front|reception|information|at the|behind the|nieuwe|aan de|achter de) (counter|counters)|counter (staff|opening hours|opening times)',
    ],
  },
  {
    code: 'sense.good-news',
    kind: 'mask',
    weight: 0,
    patterns: ['good news|goed nieuws|great news|leuk nieuws|fijn nieuws|nice news|mooi nieuws'],
  },
  {
    code: 'sense.other',
    kind: 'mask',
    weight: 0,
    patterns: [
      'privacy by design|security by design|by design|op de radar|on the radar|onder de radar|under the radar|sensorisch*|sensory|uthiek bot|kilometer*|centimeter*|millimeter*|decimeter*|parameter*|thermometer*|barometer*|taxameter*|# meter|# meters',
      '# (keer|maal|times) (aangezet|ingeschakeld|geactiveerd|gebruikt|ingezet|opgestegen|switched on|turned on|activated|used|deployed)',
      // Round 9 of issue 20: "a solution looking for a problem" looks for nothing.
      'solution looking for (a|its) problem|solutions looking for (a|their) problem|oplossing (op zoek naar|die zoekt naar|zoekt) een probleem',
      'drone show|droneshow|drone shows|lichtshow|light show|vuurwerk|fireworks|self service|selfservice|zelfbediening*|vierkante meter*|strekkende meter*|kubieke meter*|square meter*|rookmelder*|brandmelder*',
      // Round 10: a car's dashboard; "say what you want"; wanting to tell; planning a meeting; a status update
      'dashboard (light|lights|lampje|lampjes|warning|waarschuwing)|(car|cars|pool car|lease car|poolauto|dienstauto|leaseauto|bestelbus|busje) ~ dashboard|say what you (want|will|like)|zeg wat je (wil|wilt)',
      '(i|we|ik|wij) (wanted|want|would like|d like|wil|wilde|wou|willen) ~ (let you know|inform you|flag|mention|point out|highlight|draw your attention|attenderen|laten weten|informeren)|(i|we) (wanted|want|would like|d like) to share (that|this|some news|an update|a quick update)|wil (ik|we|wij) (jullie|u|je) ~ (attenderen|informeren|laten weten|wijzen)',
      '(plan|schedule|book|inplannen|plannen) (a|an|een) (kennismaking|intro|introduction|coffee|koffie|meeting|call|afspraak|overleg)',
      '(short|quick|brief|small|weekly|monthly|status|progress|korte|kleine|wekelijkse|maandelijkse) update (from|van|vanuit|on|over|for|voor)',
      // Round 11 of issue 20: the platform of a consultation is the table its partners sit at.
      'platform (van|voor) (het|de|ons|onze) (overleg|wijkoverleg|ketenoverleg|netwerkoverleg|partneroverleg|netwerk|partners|samenwerking)|(overlegplatform|ketenplatform|netwerkplatform)|platform (of|for) (the|our) (consultation|partners|network|partnership)',
    ],
  },
];
