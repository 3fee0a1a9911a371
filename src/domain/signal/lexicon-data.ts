/**
 * Cues for data about people (label clauses a and b): linking and sharing data, personal data,
 * apps, platforms, portals and dashboards; and the people whose data would be processed.
 * Patterns use the language of pattern.ts on normalised text.
 */
import type { Cue } from './cue.js';

const DATA_OBJECTS =
  'client file*|case file*|patient file*|medical file*|personal file*|care file*|client record*|case record*|patient record*|medical record*|health record*|gegevens|*gegevens|data|*data|dataset*|*dossiers|lijst|lijsten|*lijst|*lijsten|list|lists|addresses|address list*|files|register data|bestand|bestanden|*bestand|*bestanden|register|registers|*register|registratie|*registratie|*registraties|*registrations|records|brp|bag|dossier*|*dossier|administratie|*administratie|database*|adressen|bsn|ledenlijst*|klantenlijst*|deelnemerslijst*|namenlijst*|adressenlijst*|leerlingenlijst*|wachtlijst*|member list*|membership list*|waiting list*';
const LINK_VERBS =
  'koppel*|gekoppeld*|combiner*|gecombineerd*|combine*|samenbrengen|samen te brengen|samen brengen|bij elkaar brengen|bundelen|integreren|integrate|link|links|linking|linked|verrijk*|enrich*|delen|gedeeld|share|shared|sharing|uitwissel*|exchange*|verstrek*|doorgeven|doorsturen|samenvoeg*|merge*|inkijken|inzien|sell|selling|verkopen|verkoopt|compare|comparing|vergelijk*|matchen|match|matches|matched|matching|aan elkaar knopen|aan elkaar te knopen|aan elkaar koppelen|knoopt|tegen elkaar aanhouden|tegen elkaar aan te houden|naast elkaar leggen|naast elkaar te leggen|cross check*|cross reference*';

/** Systems and sources that can be combined (combining two events is no data linking). */
const SYSTEMS =
  'systeem|systemen|*systeem|*systemen|system|systems|bron|bronnen|source|sources|bestand|bestanden|files|database*|registratie*|registers|register|gegevens|*gegevens|data|*data|dataset*|apps|app|platform*|tools|tool|dashboard*|applicatie*|applications|portaal|portal|dossiers|records';

/** Groups of people a list or a selection can be about. */
const PEOPLE =
  'kinderen|jongeren|tieners|inwoners|bewoners|huishoudens|gezinnen|mensen|huurders|ouderen|leerlingen|medewerkers|clienten|ouders|bezoekers|aanvragers|children|teenagers|young people|residents|households|families|people|tenants|employees|pupils|students|clients|parents|visitors|applicants|eigenaar|eigenaren|eigenaars|owner|owners|klanten|customers';

export const DATA_CUES: readonly Cue[] = [
  {
    code: 'tech.linking',
    kind: 'tech',
    weight: 1.9,
    technology: 'data-linking',
    patterns: [
      // round 10: a list about people kept together with another organisation
      '(gedeelde|shared|gezamenlijke|joint) (lijst|list|lijsten|lists|spreadsheet|excel|bestand|database|overzicht) (with|met)',
      `(${LINK_VERBS}) ~~ (${DATA_OBJECTS})`,
      `(${DATA_OBJECTS}) ~~ (${LINK_VERBS})`,
      'op basis van ~ (gegevens|*gegevens|data|*data)|based on ~ (data|*data)',
      '(buy|buying|kopen|koopt|aanschaffen|purchase|purchasing|inkopen) ~ (data|gegevens|*data|dataset|datasets)',
      '(gegevens|scandata|ritdata|locatiedata|ruwe data|raw data|dataset|datasets|bestand|bestanden) ~~ (hebben|krijgen|ontvangen|opvragen|receive|get|obtain)',
      `(${DATA_OBJECTS}) ~~ (ontvangen|opvragen|receive|obtain)|(ontvangen|receive|get|krijgen) ~~ (${DATA_OBJECTS}) (van|from) ~ (scholen|schools|corporaties|corporations|zorgverzekeraar*|politie|police|ggd|aanbieders|providers|netbeheerder|bank|banks|huisartsen|gps)`,
      '(lijst|lijsten|export|uitdraai|selectie|list|overview|overzicht) ~~ (uit het|uit de|from the) ~ (systeem|zaaksysteem|register|brp|database|administratie|system)',
      'scrape*|scrapen|scraping|webscrap*|crawlen|crawler*|signalen uit|signalen van|meldingen uit|gegevens van|gegevens uit|informatie uit|data uit|records from|data from|gevoed door|gevoed met|fed by|fed with|fed from',
      'aan ons doorgeven|aan ons door|doorgeven aan|doorsturen naar|doorsturen aan|delen met|share ~ with|sharing ~ with|shared with|pass ~ on to|send ~ to us|verstrekken aan|toegang ~ tot|access ~ to',
      '(naast|next to|against|tegen) ~~ (*bestand|*bestanden|*lijst|*lijsten|*list|*lists|*database|*databases|*administratie|*registratie|*register) ~ (leggen|legt|te leggen|gelegd|houden|check|checken|match|matchen)',
      `naast ~~ (${DATA_OBJECTS}) ~ (leggen|legt|te leggen|houden)|(leggen|legt) ~~ naast ~~ (${DATA_OBJECTS})`,
      // Round 12 of issue 20: the register first, then what it is laid beside ("het kentekenregister naast de vergunningen leggen").
      '(*registratie|*register|*registers|*bestand|*bestanden|*administratie|*database|*databases) ~~ naast (de|het|onze|ons|die|dat|hun) (*belasting|*registratie|*register|*registers|*bestand|*bestanden|*lijst|*lijsten|*administratie|*gegevens|*data|*vergunningen|*uitkeringen|*aanslagen|*database) ~ (leggen|legt|te leggen|houden)',
      `(ons|aan ons|de gemeente|aan de gemeente|us|the city|the municipality) ~ (doorgeven|doorsturen|aanleveren|leveren|sturen|melden|laten weten|tell|report|send|pass on) ~ (welke|which) (${PEOPLE}|adressen|addresses|woningen|homes|panden)`,
      '(send|sends|provide|provides|give|gives|deliver|delivers|share|shares) (us|the city|the municipality) ~~ (data|*data|gegevens|information|details|records|lists)',
      '(pass|passes|passing|give|send|hand|doorgeven|geven|sturen) ~~ (data|*data|gegevens|information|details|records|lists|lijst|adressen|addresses) ~~ (to us|to the city|aan ons|naar ons|aan de gemeente)',
      `(${DATA_OBJECTS}) ~~ ook ~~ (gebruiken|inzetten|use|using) (voor|om|for|to)|(${DATA_OBJECTS}) ~~ (gebruiken|inzetten|use|using) ~~ (voor|om|for|to) ~~ ook`,
      `(gebruiken|gebruikt|inzetten|use|using) ~~ (${DATA_OBJECTS}) ~~ (om|to) ~ (benaderen|uitnodigen|selecteren|bellen|approach|invite|select|call|contact|zien|see|find|vinden|check|controleren)`,
      '(data|gegevens|informatie) ~ naar ons|(data|gegevens) ~ naar de gemeente|naar ons ~ (data|gegevens)|(data|gegevens) ~ aan ons',
    ],
  },
  {
    code: 'tech.link-verb',
    kind: 'tech',
    weight: 1.3,
    technology: 'data-linking',
    patterns: [
      'koppel*|gekoppeld*|verrijk*|enrich*|uitwissel*|link ~ to|links ~ to|linked ~ to|linking|in een overzicht|in 1 overzicht|one overview|single view',
      `(combiner*|gecombineerd*|combine*|samenvoeg*|merge*|samenbrengen|samen te brengen|samen brengen|bij elkaar brengen|bundelen|integreren|integrate) ~~ (${SYSTEMS})`,
      `(${SYSTEMS}) ~~ (combiner*|gecombineerd*|combine*|samenvoeg*|merge*|samenbrengen|samen te brengen|samen brengen|bij elkaar brengen|bundelen|integreren|integrate)`,
    ],
  },
  {
    code: 'tech.data-source',
    kind: 'tech',
    weight: 1.1,
    technology: 'data-linking',
    patterns: [
      'brp|brk|nhr|handelsregister|basisregistratie*|inlichtingenbureau|suwinet|uwv|belastingdienst|cbs|kadaster|duo|rdw|svb|cak|politiegegevens',
      // Round 13 of issue 20: domain registers and recognition models named in one word (a chip register of pets, access-card data, a herkenningsmodel).
      'chipregistrati*|chipregister*|chipdatabank*|chipdatabase*|chip register*|chip database*|pet register*|huisdierenregist*|pasjesdata|pasdata|passendata|pasjesregistrati*|card data|access card data|keycard data',
      'zorgverzekeraar*|woningcorporatie*|corporaties|energieleverancier*|schuldeiser*|pinbetaling*|pin data|transactiedata|card transaction*|bank statement*|bankafschrift*|tax records|belastinggegevens|belastingdata',
      'datamarktplaats|data marktplaats|marktplaats ~ gegevens|dataplatform|data platform|data space|dataspace|datahub|data hub|datalake|data lake|datawarehouse|data warehouse',
    ],
  },
  {
    code: 'tech.personal-data',
    kind: 'tech',
    weight: 1.0,
    patterns: [
      'ruwe data|raw data|ruwe gegevens|persoonsgegevens|personal data|persoonlijke gegevens|gezondheidsgegevens|medische gegevens|health data|bsn|burgerservicenummer',
      'e mailadres*|emailadres*|email address*|telefoonnummer*|phone number*|namen|names|met naam|with names',
      'per (bezoeker|visitor|deelnemer|participant|pashouder|gebruiker|user|klant|customer|aanvrager|applicant|huurder|tenant|student|patient|gezin|family|apparaat|device|toestel|telefoon|phone|kenteken|plate|auto|car)',
      'zien wie|weten wie|zie je wie|see who|know who|wie wanneer|who when|registratiesysteem*|*registratiesysteem|registration system*|chipkaart*|ov chipkaart',
      'owner details|contact details|personal details|naw|naw gegevens|contactgegevens|eigenaarsgegevens|per *houder|per gebruiker|per *gebruiker|per deelnemer|per aanvrager|per klant|per user|per customer',
      // Round 9 of issue 20: the English names of a case file about a person ("client file", "case record").
      '(client|case|patient|pupil|student|tenant|customer|care|personal|medical|health) (file|files|record|records|notes)|(health|medical|intake) notes',
      'hr dossier*|hrdossier*|personeelsdossier*|personnel file*|hr files|hr records|hr data|hr gegevens|sollicitatiebrie*|cvs van|application letters|cv s|beoordelingsgesprek*|performance review*|bewonersgegevens|inwonersgegevens|burgergegevens|klantgegevens|clientgegevens|leerlinggegevens|leerlingengegevens|patientgegevens|medewerkersgegevens|personeelsgegevens',
      `(zien|weten|opsporen|vinden|bepalen|find|spot|see|know|identify|identificeren) (welke|which|wie|who) (${PEOPLE})`,
      '(find|finding|vinden|opsporen|traceren|trace|tracing|identify|achterhalen) ~ (owners|eigenaren|eigenaars|bewoners|residents|huurders|tenants|landlords|verhuurders|ouders|parents) (van|of)',
      '(antwoorden|gegevens|informatie|answers|information) ~ (gezondheid|eenzaamheid|inkomen|schulden|medicijngebruik|health|loneliness|income|debts)|medische info*|medical info*|leeftijd van ~ kind|date of birth|geboortedatum*',
      `(lijst|lijsten|list|lists|overzicht|overview|bestand) (van|met|of|with) ~ (${PEOPLE}|plussers|ouderen|huishoudens|households)`,
      'op naam|per persoon|per huishouden|per adres|per woning|per medewerker|per consulent|per kind|per leerling|per client|per inwoner|per bewoner',
      '(every|each|elke|iedere|ieder) (caseworker|caseworkers|employee|employees|medewerker|consulent|client|resident|bewoner|inwoner|tenant|huurder|pupil|leerling)|(caseworkers|employees|clients|residents|tenants) open cases',
      'per (perceel|kavel|pand|gebouw|plot|building|property|huis|house)|perceelniveau|pandniveau|adresniveau|individueel niveau|individual level|per address|per household|per resident|per employee|per person|per child|per caseworker|adressen|namen en adressen|names and addresses',
    ],
  },
  {
    code: 'tech.identity',
    kind: 'tech',
    weight: 1.4,
    technology: 'platform-app',
    patterns: [
      'digid|eherkenning|e herkenning',
      '(vraagt|vragen|vraag|invoeren|invoert|invullen|opgeven|scannen|ask|asks|asking|enter|enters) ~ (bsn|burgerservicenummer|identiteitsbewijs|id kaart|paspoort)|(bsn|burgerservicenummer) ~ (vragen|invoeren|invoert|invullen|opgeven|scannen)',
    ],
  },
  {
    code: 'tech.platform',
    kind: 'tech',
    weight: 1.6,
    technology: 'platform-app',
    patterns: [
      'app|apps|*app|*apps|applicatie|applicaties|*applicatie|application|applications|webapp*',
      'platform*|*platform|*platforms|portaal|portal|*portaal|*portal|portals|mijn omgeving|persoonlijke omgeving|personal page|mijnutrecht',
      '(waar|waarop|waarin|where) ~ (inlogt|inloggen|log in|logs in)|(inloggen|inlogt|log in|logs in) (met|via|with) (digid|eherkenning)',
      'digitaal dossier|digitale dossier*|online dossier|e dossier|digitale tweeling|digital twin|3d model*|3dmodel*|3d stad*',
      'webformulier*|online formulier*|online form*|e formulier*|digitaal formulier*|digitaal loket|online loket|reserveringssysteem*|*volgsysteem*',
    ],
  },
  {
    code: 'tech.online',
    kind: 'tech',
    weight: 0.8,
    technology: 'platform-app',
    patterns: [
      'meldpunt*|*meldpunt|meldapp*|meldsysteem*|*meldsysteem|wifi|wi fi|hotspot*|scan bij|scan at|scannen bij|gescand',
      'beeldbel*|videobel*|video call*|online|website|websites|site|webpagina*|internet|digitaal|digitale|digital|inlog*|login|log in|inchecken|check in|checkin',
      'via ~ telefoon|op ~ telefoon|met ~ telefoon|via ~ phone|on ~ phone|smartphone*|tablet*|kiosk*|qr code*|qrcode*',
      'notificatie*|notification*|pushbericht*|push bericht*|push ~ notification*|sms*|kaart|kaarten|kaartviewer|kaartlaag|webkaart|maps|heatmap*|heat map*|online map*|interactive map*|live map*|a map|the map',
      'seintje|signaal naar|alert|alerts|waarschuwt|waarschuwing|alarm slaat|slaat alarm|herinnert|reminders',
    ],
  },
  {
    code: 'tech.software',
    kind: 'tech',
    weight: 0.7,
    patterns: [
      'systeem|systemen|system|systems|*systeem|software|tool|tools|saas|module|modules|applicatie|programmatuur',
    ],
  },
  {
    code: 'tech.dashboard',
    kind: 'tech',
    weight: 1.8,
    technology: 'dashboard',
    patterns: [
      '*dashboard*|*dashbord*|controlekamer|control room|stuurinformatie|managementinformatie',
      // Round 13 of issue 20: a heatmap is a dashboard.
      'heatmap*|heat map|heat maps',
      '(live|real time|realtime|actueel) (view|overview|overzicht|inzicht|beeld|overzichten|views)|power bi|powerbi|qlik|tableau|bi (rapport|rapportage|report)',
      'per ~ (member|members|teamlid|teamleden|medewerker|medewerkers|consulent|consulenten|behandelaar|caseworker|staff member)',
      '(overzicht|overzichten|overview|overviews|ranglijst|ranking) (per|of each|for each|by) (medewerker|consulent|client|persoon|gezin|kind|leerling|team|behandelaar|huurder|bewoner|inwoner|huishouden|adres|employee|person|caseworker|family|child|pupil|tenant|resident|household|address)',
      '(scherm|schermen|screen|screens) (waarop|waarin|where|showing|that shows)',
    ],
  },
  {
    code: 'tech.monitoring',
    kind: 'tech',
    weight: 1.0,
    patterns: [
      'in een database|in de database|into a database|in a database|rechtstreeks in (een|de|het) (database|systeem|dossier|register|zaaksysteem)|directly into (a|the) (database|system|file|record)|digitaal vastleggen|digitaal vastgelegd',
      '(wie|who) ~ (inlogt|logs in|log in|online is|is online|offline is)|(wie|who) ~ logt in|hoe lang ~ online|how long ~ online|inlogtijden|login times|keystrokes|toetsaanslagen|schermtijd|screen time',
      'zien of er|zien hoe lang|hoe lang al|see whether there|see how long|instagram|tiktok|facebook|snapchat|discord|telegram|sociale media|social media',
      '(meelezen|meelezen in|meekijken in|leest mee in|lezen mee in) ~ (chat|chats|groep|groepen|gesprekken|berichten|server|kanaal|discord|whatsapp)|(waar|waarin|waarop) (wij|we|de gemeente|jongerenwerkers|wijkagenten) ~ (meelezen|meekijken|mee lezen)|lurk in|(monitor|monitoring|volgen|scannen) ~ (chats|chatgroepen|posts|berichten|groepen|messages)',
      'monitor|monitoren|monitort|monitoring|real time|realtime|live ~ zien|live ~ volgen|live footage|live data|live ~ see',
      'bijhoud*|bijgehouden|houdt ~ bij|track|tracks|tracked|keep* track|registreren|registreert|register|vastleggen|legt ~ vast|opslaan|bewaren|store*|recording|record',
    ],
  },
];

export const SUBJECT_CUES: readonly Cue[] = [
  {
    code: 'subject.vulnerable',
    kind: 'subject',
    weight: 0.6,
    patterns: [
      'peuters|kleuters|babys|zuigelingen|toddlers|infants|babies|kinderen|children|kids|jongeren|youth|jeugd*|minderjarig*|minors|leerling*|pupils|ouderen|senioren|elderly|kwetsbare|kwetsbaar|vulnerable',
      'bijstand*|uitkering*|welfare|benefit*|minima|schulden|schuldhulp*|debt*|jeugdhulp|wmo|daklo*|homeless|statushouder*|asielzoeker*|refugee*|ongedocumenteerd*|undocumented|vluchteling*|nieuwkomers|migrant*|patient*|beperking*|disabilit*|armoede|poverty',
    ],
  },
  {
    code: 'subject.residents',
    kind: 'subject',
    weight: 0.5,
    patterns: [
      'inwoners|bewoners|burgers|residents|citizens|huishoudens|households|bezoekers|visitors|passanten|voetgangers|pedestrians|fietsers|cyclists|automobilisten|drivers',
      'aanvragers|applicants|aanvrager|clienten|clients|client|deelnemers|huurders|tenants|ondernemers|ouders|parents|gezinnen|families|mensen|people|personen|bellers|callers|initiatiefnemers',
    ],
  },
  {
    code: 'subject.employees',
    kind: 'subject',
    weight: 0.5,
    patterns: [
      'medewerkers|employees|staff|personeel|collegas|ambtenaren|consulenten|caseworkers|boas|handhavers|werknemers|thuiswerkers|sollicitanten|cvs|buitendienst|leidinggevenden|chauffeurs|drivers',
    ],
  },
  {
    code: 'subject.public-space',
    kind: 'subject',
    weight: 0.4,
    patterns: [
      'openbare ruimte|public space|op straat|on the street|lantaarnpa*|lichtmast*|lamp post*|lamppost*|verkeerslicht*|traffic light*|kruispunt*|crossing',
      'plein|straten|winkelstra*|shopping street*|binnenstad|city centre|city center|wijk|wijken|buurt|buurten|neighbourhood*|park|parken',
    ],
  },
];
