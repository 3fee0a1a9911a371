/**
 * Context cues that make a message no signal (the hard-negative families of the label
 * definition), and masks for technology words used in another sense.
 * Patterns use the language of pattern.ts on normalised text.
 */
import type { Cue } from './cue.js';

export const CONTEXT_CUES: readonly Cue[] = [
  {
    code: 'context.followup', kind: 'negative', weight: -3.0, cancelledBy: ['intent.asks-if-known'],
    patterns: [
      'advies #|advice #|adviespunt*|advice item*|actiepunt*|actielijst|action item*|action point*|eindrapport*|eindverslag*|final report',
      'verslag ~ assessment|verslag ~ sessie|rapport ~ assessment|assessment was|assessment is geweest|assessment gehad|assessment afgerond|na het assessment|na de assessment|uit het assessment|uit de assessment',
      'was assessed|were assessed|has been assessed|already assessed|al beoordeeld|al getoetst|al besproken|al ~ aangemeld|al ~ geregistreerd|al ~ ingediend|already ~ registered|already ~ submitted',
      'intake ~ ingediend|doet de intake|intake loopt|intake gedaan|afgevinkt|ticked off|geimplementeerd|is implemented|been implemented|register entry|terugkoppel*',
      'reactie op het advies|onze reactie|our response|het advies ~ over|het advies ~ van|advies ~ binnen|advice ~ about|advice on the|the advice',
      'dank voor ~ advies|bedankt voor ~ advies|thanks for ~ advice|staat ~ in het algoritmeregister|in het algoritmeregister gezet|opgenomen in het algoritmeregister|in the algorithm register',
      '(vorig|vorige|afgelopen|last|eerder|earlier|al eens|toen) ~~ langs geweest|was with you last|has been with you before',
      'casus staat|klankbordgroep ~ had|klankbordgroep ~ vragen|klankbordgroep ~ over|opvolging ~ advies|follow up on',
    ],
  },
  {
    code: 'context.process', kind: 'negative', weight: -1.5, unlessPlanElsewhere: true,
    patterns: [
      'sjabloon|template|procedure|werkwijze|hoe werkt|how does ~ work|wie beslist|who decides|high impact|hoge impact|impactniveau|impact level',
      'waardenmodel|value model|hoeveel assessments|how many assessments|toehoorder|observer|van tevoren|in advance|assessment aanvragen|aanvragen ~ assessment',
      'wanneer moet|when should|when must|when does|moet iets|counts as|telt als|advisory panel|externe leden|members of',
      '(moet|moeten|hoeft|hoeven|must|does|do) (een|iets|zoiets|elk|ieder|a|an|every) ~~ (langs jullie|via jullie|bij jullie langs|langs uthiek|via uthiek|through you|past you)|(of|or) (alleen|only) (als|if|when)',
      'alle ~ projecten|elk ~ project|ieder ~ project|every ~ project|all ~ projects|any ~ project|altijd nodig|always needed|in het algemeen|in general',
    ],
  },
  {
    code: 'context.news', kind: 'negative', weight: -2.0, unlessOwn: true,
    patterns: [
      '(boek|boeken|boekje|book|books) (over|about)|(boek|boeken|boekje) aan (over|about)',
      'nos|nrc|volkskrant|parool|trouw|telegraaf|duic|rtv utrecht|nu nl|nunl|ad nl|tweakers|bnr|linkedin|twitter|nh nieuws|bits of freedom|rathenau',
      'artikel|artikelen|article|krantenartikel|nieuwsbericht|in het nieuws|in the news|nieuws|news|las ik|lees ik|ik las|ik lees|i read|read that|read about|gelezen',
      'saw ~ on|zag ~ op|zag ik|gezien op|podcast*|webinar*|congres*|conference|symposium|lezing*|lunchlezing*|long read|longread',
      'nieuw rapport|rapport ~ uit|new report|report ~ by|published|gepubliceerd|verschenen|publiceert|kamerbrief|kamervragen|autoriteit persoonsgegevens',
      'ap waarschuwt|ai act|ai verordening|wetsvoorstel|position on|standpunt|uitspraak|rechter|boete opgelegd|staatscourant|wetgeving|regelgeving|legislation',
    ],
  },
  {
    code: 'context.opinion', kind: 'negative', weight: -0.8, unlessOwn: true,
    patterns: ['interessant|interesting|heftig|eng|scary|creepy|benieuwd|curious|mooi voorbeeld|nice example|nice to read|fascinerend|wassen neus|mooi project|leuk project|knap|mooi gedaan|goed bezig|nice project|leuk om te zien|nice to see|werkt prima|werkt goed|works fine|works well'],
  },
  {
    code: 'context.other-party', kind: 'negative', weight: -2.5, unlessOwn: true,
    patterns: [
      'amsterdam|amsterdams|rotterdam|rotterdams|den haag|the hague|eindhoven|gent|ghent|antwerpen|barcelona|helsinki|breda|zaanstad|nijmegen|almere|groningen',
      'tilburg|arnhem|leiden|delft|haarlem|zwolle|enschede|apeldoorn|amersfoort|maastricht|londen|london|parijs|paris|berlijn|berlin|kopenhagen|copenhagen',
      'new york|singapore|tallinn|wenen|vienna|lissabon|brussel|leuven|hof van twente|buurgemeente*|nieuwegein|zeist|houten|ijsselstein|woerden|de bilt|stichtse vecht|andere gemeente*|other cities|other municipalities|andere steden|tachtig andere|gemeenten|municipalities|steeds meer',
      'rijksoverheid|national government|ministerie|ministry|supermarkt*|supermarket*|rekenkamer|ombudsman|inspectie|toezichthouder|auditdienst',
      'kabinet|cabinet|minister|staatssecretaris|tweede kamer|eerste kamer|europese commissie|european commission|de eu|the eu|vng',
    ],
  },
  {
    code: 'context.declined', kind: 'negative', weight: -2.5,
    patterns: [
      'niks voor ons|niets voor ons|not for us|geen plan*|no plans|wij ~ niet doen|we ~ niet doen|wij dat niet|we dat niet|nee dank*|not going to|gaan we niet',
      'plannen zijn er niet|plannen ~ niet|there are no plans|er zijn ~ geen plannen|niet naartoe|not go there|geen goed idee|bad idea|slecht idee|moeten we niet|moeten wij niet|should not|shouldnt|niet aan beginnen|doen we niet|we dont|voorlopig ~ niet|nog even niet|geen behoefte|stopt met|stoppen met|gestopt|stopping|stopped|afgeschaft|abolish*',
      'om geen|not to use|verbod op|ban on|verbieden|verbiedt|motie ~ tegen|motion against',
    ],
  },
  {
    code: 'context.fault', kind: 'negative', weight: -2.2,
    patterns: [
      'doet het niet|doen het niet|werkt niet|werken niet|werkt ~ niet meer|doet ~ niet meer|not working|doesnt work|does not work|isnt working|stopped working',
      'kapot|is stuk|zijn stuk|weer stuk|gaat stuk|storing*|outage|offline|ligt eruit|down|op zwart|zwart scherm|traag|trage|slow|laadt niet',
      'foutcode*|foutmelding*|gaat fout|ging fout|error*|bug|bugs|crash*|weigert|blokkeer*|blokeer*|geblokkeerd|geeft geen|geen beeld',
      'laat ~ niet ~ zien|toont ~ verkeerde|verkeerde|klopt niet|klopt ~ niet|bekend probleem|known issue|batterij*|batteries|battery|is leeg|showing zero|shows zero',
      'dubbel af|rekent ~ dubbel|niet bijgewerkt|not updated|loopt vast|vastgelopen|frozen|glitch*|wie beheert|functioneel beheer*|beheerder|who manages|who owns',
      '(looking into|look into|kijken|kijkt|uitzoeken|onderzoeken|onderzoekt|investigate|investigating|checking) (why|waarom|wat er mis)|show zero|shows zero',
      'typfout|typo|issue with|problem with|probleem met|problemen met|gaat steeds uit|valt ~ weg|valt uit|verdwenen|disappeared|rare cijfers|rare waarden|vreemde cijfers|strange numbers|weird numbers|odd figures',
    ],
  },
  {
    code: 'context.figures', kind: 'negative', weight: -2.0,
    patterns: [
      'hoeveel ~ (gebruiken|gebruikt|gebruikten|gevoerd)|how many ~ (use|used|using)|how many times',
      'gebruikscijfers|cijfers ~ van|cijfers ~ over|the figures|usage ~ figures|statistieken over|statistics on|usage statistics|kwartaalrapportage|jaarverslag|jaarrapportage|maandrapportage|annual report',
      'een record|nieuw record|new record|recordaantal|waar vind ik|where can i find|where do i find',
      '^ hoeveel|^ how many|journalist|persvraag|press question|raadsvraag|raadslid vroeg|vraagt ernaar|vroeg ernaar',
    ],
  },
  {
    code: 'context.existing', kind: 'negative', weight: -1.2, unlessChange: true,
    patterns: [
      'sinds #|since #|al jaren|for years|draait al|draaien al|already running|sinds ~ (vorig jaar|vorige maand|vorige week|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)|since last (year|month|week)|al in gebruik|already in use|zonder problemen|without problems|hangen al|staan al',
      'heeft een functie|has a feature|zit al in|kan al|can already',
    ],
  },
  {
    code: 'context.since-launch', kind: 'negative', weight: -1.5, unlessChange: true,
    patterns: ['sinds de (lancering|livegang|start|introductie|invoering)|since (the|its) (launch|introduction|go live|rollout)|since go live|since launch'],
  },
  {
    code: 'context.info-question', kind: 'negative', weight: -1.5, unlessPlanElsewhere: true,
    patterns: ['wie weet of|weet iemand of|weet iemand hoe|does anyone know|who knows whether|who knows if'],
  },
  {
    code: 'context.internal', kind: 'negative', weight: -2.0,
    patterns: ['wij als uthiek|we als uthiek|als team uthiek|we as uthiek|uthiek zelf|puur intern|purely internal'],
  },
  {
    code: 'context.tip', kind: 'negative', weight: -1.5, unlessOwn: true,
    patterns: ['tip|tips|protip|wist je dat|did you know|handig om te weten|good to know'],
  },
  {
    code: 'context.no-change', kind: 'negative', weight: -2.5,
    patterns: [
      'jaarlijkse (opschoning|update|herberekening|actualisatie|verversing|refresh|controle)|jaarlijks ~ (bijgewerkt|ververst|herberekend|opnieuw|gecontroleerd)|annual (refresh|update|cleanup)|zoals elk jaar|like every year',
      'huisstijl|nieuw uiterlijk|nieuwe look|new look|look and feel|restyling|lettertype*|kleurenschema*|alleen ~ (kleuren|opmaak|layout|teksten)|only ~ (colours|colors|layout|styling)',
      'opschoning|opschonen|clean up|cleanup|archiefversie*|draait weer|verandert niets|verandert er niets|niets ~ veranderd|niks ~ veranderd',
      'nothing changes|nothing ~ changes|no functional change*|functioneel verandert ~ niets|zelfde functionaliteit|same functionality|alleen bugfixes|only bugfixes|bugfixes',
      'hetzelfde type|zelfde type|same type|same model|hetzelfde model|zelfde model|like for like|alleen ~ nieuwe (cijfers|data|gegevens)|only new (figures|data)|nieuwe cijfers erin',
      '(zelfde|hetzelfde|dezelfde|same) (als|as) (de|het|the) (oude|vorige|huidige|old|previous|current)',
      'geen nieuwe gegevens|no new data|ongewijzigd|unchanged|blijven hetzelfde|blijft hetzelfde|stays the same|remain* the same|zoals altijd|as usual|routine*|zoals nu al|zoals nu|as we do now|as it is now',
      '(same|zelfde|dezelfde|hetzelfde) (gebieden|areas|werkwijze|methode|method|functionaliteit|functionality|gegevens|data)',
    ],
  },
  {
    code: 'context.it-ops', kind: 'negative', weight: -2.0, unlessChange: true,
    patterns: [
      'update*|upgrade*|geupdate|geupgrade|migratie*|migreren|migreert|gemigreerd|migrate*|migration*|onderhoud aan|onderhoudsvenster|technisch onderhoud|gepland onderhoud|maintenance window|scheduled maintenance|patch*|gepatcht',
      'licentie*|verleng*|renewal|renew*|nieuwe versie|new version|versie #|version #|windows #|uitfaser*|phase out|afgesloten|disconnected|decommission*',
      'niet beschikbaar|unavailable|beheerprofiel|overstap*|stappen over|stapt over|switch* to|servers|server|backup|back up|mailbox*',
      '(bestanden|files|mappen|folders|documenten|documents) ~~ (sharepoint|onedrive|gedeelde schijf|shared drive|netwerkschijf|teamsite)|(sharepoint|onedrive|gedeelde schijf|shared drive|netwerkschijf|teamsite) ~~ (bestanden|files|mappen|folders|map|folder|documenten|documents)',
      'gedeelde map|fileshare*|(in|naar|op) (een|de|die|deze|1) map|(in|into|to) (a|the|one) folder',
      'authenticator*|tweestapsverificatie|twee factor*|multi factor*|two factor*|mfa|2fa',
      'na (het|de) onderhoud|after (the|scheduled) maintenance|weer live|weer online|weer in de lucht|back online|back live|back up and running',
      'telefonie|telefooncentrale|fax*|nieuwe laptops|nieuwe telefoons|diensttelefoons',
    ],
  },
  {
    code: 'context.helpdesk', kind: 'negative', weight: -2.0,
    patterns: [
      'hoe stel ik|hoe kan ik|hoe krijg ik|hoe zet ik|hoe moet ik|how do i|how can i|mijn laptop*|mijn telefoon|mijn pc|mijn computer|mijn ~ scherm|mijn printer',
      'mijn muis|mijn toetsenbord|mijn headset|mijn mail|mijn outlook|mijn account|mijn wachtwoord|mijn handtekening|mijn teams|my laptop|my phone|my screen',
      'my password|my account|printer*|printen|toetsenbord*|laptopbatterij|wachtwoord*|password*|vpn|outlook|draaitabel|pivot|beamer|hdmi|gastennetwerk',
      'wifi code|it balie|servicedesk|service desk|helpdesk|inloggen lukt niet|kan niet inloggen|cant log in|i cant|lukt niet|lukt het niet|iemand tips',
      'mijn copilot|my copilot|mijn chatgpt|my chatgpt|button|knop ~ weg|any idea why|weet iemand waarom|bijlagen|attachments|macro*|share my screen|scherm delen|doorschakel*|vaste lijn',
    ],
  },
  {
    code: 'context.joke', kind: 'negative', weight: -3.0,
    patterns: [
      'haha*|hihi*|hehe*|lol|lmao|rofl|ha|grapje*|geintje*|just kidding|kidding|jk|joke|joking|grap|grappen|wat als we|what if|stel je voor|stel dat|imagine',
      'in een ideale wereld|in a perfect world|ideal world|droom*|dream*|dagdroom*|sci fi|science fiction|zou top zijn|zou geweldig zijn|zou leuk zijn',
      'would be fun|would be cool|wouldnt it be|ik zeg maar wat|ik zou bijna|zou ik bijna|i almost|i nearly',
    ],
  },
  {
    code: 'context.someday', kind: 'negative', weight: -1.5,
    patterns: ['ooit|someday|some day|one day|in de toekomst|in the future|over tien jaar|in ten years|ons allemaal|us all|we allemaal|iedereen werkloos'],
  },
  {
    code: 'context.event', kind: 'negative', weight: -1.5,
    patterns: [
      'workshop*|werkgroep*|working group|personeelsdag|een cursus|de cursus|cursus over|course on|hackathon|meetup|masterclass|kennissessie*|inspiratiesessie*|lunchsessie*',
      'een training|training over|training on|e learning|elearning|presentatie over|*borrel|*borrels|uitje|heidag|jarig|verjaardag*|birthday*|teamuitje|gekletst|nog een lid|nieuwe leden|new members',
    ],
  },
  {
    code: 'context.office', kind: 'negative', weight: -1.5,
    cancelledBy: ['tech.sensors', 'tech.tracking', 'tech.cameras', 'tech.biometrics', 'tech.monitoring', 'tech.personal-data', 'tech.scoring'],
    patterns: [
      'flexplek*|vergaderzaal*|vergaderzalen|vergaderruimte*|werkplekken|werkplek reserveren|room booking|meeting room*|desk booking|zaalreservering*',
      'declaratie*|reiskosten*|onkosten*|expense claim*|expenses|timesheet*|zaalverhuur',
      'koffieautomaat*|koffiemachine*|printer*|windows #|office 365|microsoft 365|m365|telefonie|kantoorsoftware|office software',
    ],
  },
  {
    code: 'context.hiring', kind: 'negative', weight: -1.5,
    patterns: ['deel de vacature|vacature ~ (voor|open|staat)|openstaande vacature|nieuwe collega|new colleague|we zoeken een ~ collega|welkom ~ collega|welcome ~ colleague|job opening|we are hiring|were hiring'],
  },
  {
    code: 'context.personal', kind: 'negative', weight: -2.0,
    patterns: [
      '(mijn|my) (instagram|tiktok|facebook|feed|tijdlijn|timeline|youtube|spotify|netflix)|algoritme van (instagram|tiktok|facebook|youtube|spotify|netflix)|(instagram|tiktok|spotify|netflix|youtube) ~ algoritme*',
      'youtube|spotify|netflix|my holiday|mijn vakantie|on holiday|op vakantie|holiday photos|vakantiefoto*|mijn hond|my dog|at home|robotstofzuiger|hilarious|grappig',
      'voor je eigen|voor mijn eigen|je eigen tuin|mijn eigen tuin|in je tuin|in mijn tuin|in my garden|in your garden|for private use|voor prive gebruik|voor privegebruik',
      'group chat|groepschat|mijn zoon|mijn dochter|my kids|mijn kinderen|mijn man|mijn vrouw|my partner|mijn eigen|my own phone',
    ],
  },
];

/** Technology words used in another sense; matched words are removed before the other cues run. */
export const MASK_CUES: readonly Cue[] = [
  {
    code: 'sense.wink', kind: 'mask', weight: 0,
    patterns: [
      '(asking|ask|vraag|vragen) (for|voor) (a|een) (friend|vriend|vriendin|colleague|collega) haha|(asking|ask|vraag|vragen) (for|voor) (a|een) (friend|vriend|vriendin|colleague|collega)',
    ],
  },
  {
    code: 'sense.request', kind: 'mask', weight: 0,
    patterns: ['wil je|wilt u|wil jij|would you|do you want to|zou je|zou jij|zou u'],
  },
  {
    code: 'sense.not-installing', kind: 'mask', weight: 0,
    patterns: ['er hangen|er hangt|hangen er|hangt er|hangt af|hangen af|hangt ervan af|hangt er ~ van af|hangt ~ samen|hangen ~ samen'],
  },
  {
    code: 'sense.app-as-verb', kind: 'mask', weight: 0,
    patterns: [
      'app me|app mij|app je|app even|app ff|app maar|app hem|app haar|app ons|appje*|appen|appt|appte|appten|geapt|geappt|whatsapp*|groepsapp*|appgroep*|app groep*',
      'stuur* ~~ via de app|send ~~ via the app|via de groepsapp|applicatiebeheer*|applaus|appeltaart*',
    ],
  },
  {
    code: 'sense.data-as-dates', kind: 'mask', weight: 0,
    patterns: ['mobiele data|mobile data|databundel*|data bundel*|welke data|data prikken|prikdata|data is op'],
  },
  {
    code: 'sense.camera-media', kind: 'mask', weight: 0,
    patterns: [
      'je camera*|jullie camera*|your camera*|my camera*|mijn camera*|uw camera*|^ (camera|cameras) (aan|uit|on|off)|(camera|cameras) (aan|uit|on|off) (zetten|doen|graag|aub|svp|please|laten|houden)',
      'camera ready|fotocamera*|fotograaf ~~ camera*|photographer ~~ camera*|camera* ~~ fotograaf|webcam*|camera loopt|camera rolt|vlog*|fotoshoot*|photoshoot*|filmploeg*|camera crew',
    ],
  },
  {
    code: 'sense.idea-as-question', kind: 'mask', weight: 0,
    patterns: ['any idea|any ideas|enig idee|geen idee|no idea|idee waarom|idea why|iemand een idee|iemand enig idee|anyone ~ idea'],
  },
  {
    code: 'sense.rail-platform', kind: 'mask', weight: 0,
    patterns: ['platform #|spoor #|perron*|treinplatform|platform ~ trein*|train ~ platform|platform ~ train'],
  },
  {
    code: 'sense.organisation-name', kind: 'mask', weight: 0,
    patterns: ['organisatienaam'],
  },
  {
    code: 'sense.other', kind: 'mask', weight: 0,
    patterns: [
      'op de radar|on the radar|onder de radar|under the radar|sensorisch*|sensory|uthiek bot|kilometer*|centimeter*|millimeter*|decimeter*|parameter*|thermometer*|barometer*|taxameter*|# meter|# meters',
      'self service|selfservice|zelfbediening*|vierkante meter*|strekkende meter*|kubieke meter*|square meter*|rookmelder*|brandmelder*',
    ],
  },
];
