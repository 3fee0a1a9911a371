/**
 * Technology cues: the digital means named in the label definition (clause a: collecting data in
 * public space or about people; b: linking or sharing data about people; c: algorithms, AI,
 * chatbots, automated decisions) and the people whose data is processed.
 * Patterns use the language of pattern.ts and run on normalised text (normalise.ts).
 */
import type { Cue } from './cue.js';

const DATA_OBJECTS =
  'gegevens|*gegevens|data|*data|dataset*|bestand|bestanden|*bestand|register|registers|*register|registratie|*registratie|*registraties|*registrations|records|brp|bag|dossier*|*dossier|administratie|*administratie|database*|adressen|bsn';
const LINK_VERBS =
  'koppel*|gekoppeld*|combiner*|gecombineerd*|combine*|samenbrengen|samen te brengen|samen brengen|bij elkaar brengen|bundelen|integreren|integrate|link|links|linking|linked|verrijk*|enrich*|delen|gedeeld|share|shared|sharing|uitwissel*|exchange*|verstrek*|doorgeven|doorsturen|samenvoeg*|merge*|inkijken|inzien|sell|selling|verkopen|verkoopt|compare|comparing|vergelijk*';

export const TECH_CUES: readonly Cue[] = [
  {
    code: 'tech.sensors', kind: 'tech', weight: 2.0, technology: 'sensors-iot',
    nl: 'noemt sensoren, meetkastjes of IoT', en: 'mentions sensors, measuring devices or IoT',
    patterns: [
      '*sensor*', 'iot', 'internet of things', '*meetkast*', 'meetnet*|meetpunt*|meetstation*|meetpaal|meetpalen',
      '*meter|*meters|*melder|*melders|*detector|*detectors|*detectoren|*detectie|*detectiesysteem*|detectie*|detection|motion detect*',
      'slimme meter*|smart meter*', 'radar|radars|detectielus*|domotica|personenalarm*|wearable*|smartwatch*|polsband*|wristband*|armband*',
      'microfoon*|microphone*|geluidsopname*|opnamefunctie*|audio ~ fragment*|record* audio|audio record*',
      '(*gesprekken|beeldbellen|videobellen|*belgesprekken|calls|bellers|video calls) ~ (opnemen|opgenomen|record*)|(opnemen|record*) ~ (*gesprekken|calls|conversations)',
    ],
  },
  {
    code: 'tech.tracking', kind: 'tech', weight: 1.9, technology: 'sensors-iot',
    nl: 'noemt locatie- of bewegingsgegevens (gps, wifi, telecom)', en: 'mentions location or movement data (GPS, wifi, telecom)',
    patterns: [
      'tracker*|*trackers|tracking|*tracking|track and trace', 'gps*', 'locatiedata|locatiegegevens|location data|locatie data',
      'bluetooth*|beacon*|lidar|thermische|thermal|warmtebeeld*|infrarood|infrared|black box|blackbox|telematica|telematics|boordcomputer*|rijgedrag|rijstijl|driving behaviour|driving behavior',
      'wifi ~ tracker*|wifi ~ tel*|wifi meting*|wifitelling*|wifitracking|via de wifi|via wifi|uit de wifi|from the wifi|wifi van|wifi signal*|wifisignal*|wifi data|wifidata',
      'telecomdata|telecom data|telecom ~ provider*|phone mast*|zendmast*|gsm data|telefoondata|mobile phone data|cell tower*',
    ],
  },
  {
    code: 'tech.counting', kind: 'tech', weight: 1.5, technology: 'sensors-iot',
    nl: 'wil mensen of voertuigen tellen of meten', en: 'counts or measures people or vehicles',
    patterns: [
      'teller|tellers|fietsteller*|passantenteller*|bezoekersteller*|voetgangersteller*|verkeersteller*|telpaal|telpalen|telcamera*|telsysteem*',
      'passantentelling*|bezoekerstelling*|verkeerstelling*|fietstelling*|voetgangerstelling*',
      'crowd count*|people count*|footfall|headcount*|counters|counter', 'drukte ~ meten|drukte ~ meet', '*stromen ~ volgen|*stromen ~ meten|volgen ~ *stromen|crowd monitor*|drukte ~ in de gaten',
    ],
  },
  {
    code: 'tech.measuring', kind: 'tech', weight: 0.9, technology: 'sensors-iot',
    nl: 'wil iets tellen of meten', en: 'wants to count or measure something',
    patterns: ['tellen|geteld|counting|count|meten|gemeten|metingen|meting|measure|measures|measuring|measurement*|gaan wegen|te wegen|laten wegen|weegt|gewogen|weegsysteem*|weighing|weigh|weighs'],
  },
  {
    code: 'tech.devices', kind: 'tech', weight: 0.8, technology: 'sensors-iot',
    nl: 'noemt slimme apparaten of pasjes', en: 'mentions smart devices or access passes',
    patterns: ['kastje|kastjes|*kastje|*kastjes', 'pasje|pasjes|toegangspas*|rfid|nfc|chip|chips'],
  },
  {
    code: 'tech.smart', kind: 'tech', weight: 1.3, technology: 'sensors-iot',
    nl: "noemt 'slimme' apparaten of voorzieningen", en: "mentions 'smart' devices or facilities",
    patterns: ['slimme|smart'],
  },
  {
    code: 'tech.cameras', kind: 'tech', weight: 2.2, technology: 'cameras',
    nl: "noemt camera's of cameratoezicht", en: 'mentions cameras or camera surveillance',
    patterns: [
      '*camera*|kamera*|*kameras', 'bodycam*|dashcam*|cctv', 'cameratoezicht|camerabewaking|videobewaking|video surveillance|surveillance|*bewakingscamera*',
      '*scandata|scan data|scans|*scanauto*|scan ~ auto*|scan car*|*scancar*|*scanvoertuig*|handhavingsauto*|*scanwagen*|scan scooter*|*scanscooter*|scan ~ (auto|autos|cars|car|wagen|wagens)',
      'flitser*|flitspa*|*flitser|*flitsers|trajectcontrole|red light camera*|speed camera*',
    ],
  },
  {
    code: 'tech.plates', kind: 'tech', weight: 2.2, technology: 'cameras',
    nl: 'noemt kentekenherkenning', en: 'mentions licence-plate recognition',
    patterns: [
      'anpr', '*kentekenherkenning|kentekenregistratie|kenteken ~ herkenning|kenteken scan*|*kentekencamera*',
      'plate recognition|licence plate*|license plate*|number plate*', 'op kenteken|via kenteken|op basis van ~ kenteken|kentekenparkeren|ticketloos|ticketless',
    ],
  },
  {
    code: 'tech.plate-data', kind: 'tech', weight: 1.0, technology: 'cameras',
    nl: 'gebruikt kentekens', en: 'uses licence plates',
    patterns: ['kenteken|kentekens|plate|plates'],
  },
  {
    code: 'tech.imagery', kind: 'tech', weight: 1.2, technology: 'cameras',
    nl: 'gebruikt beelden of foto-opnames', en: 'uses images or footage',
    patterns: [
      'camerabeeld*|beeldmateriaal|beelden|footage|videobeeld*|live beeld*|opnames|filmen|fotos maken|luchtfoto*|dronefoto*|photograph*|fotograferen',
      'panorama*|street imagery|streetview|street view|straatbeeld*|cyclorama*', 'blur*|vervagen|vervaagt|anonimiseren|anonymis*',
    ],
  },
  {
    code: 'tech.vision', kind: 'tech', weight: 2.2, technology: 'cameras',
    nl: 'noemt beeldherkenning', en: 'mentions image recognition',
    patterns: [
      '*beeldherkenning|image recognition|computer vision|objectherkenning|object detection|object recognition|beeldanalyse|videoanalyse|video analytics|image analysis',
      'afwijkend gedrag|gedragsherkenning|behaviour detection|behavior detection|suspicious behaviour|agressiedetectie',
    ],
  },
  {
    code: 'tech.biometrics', kind: 'tech', weight: 2.4, technology: 'biometrics',
    nl: 'noemt biometrie of gezichtsherkenning', en: 'mentions biometrics or face recognition',
    patterns: [
      '*gezichtsherkenning|face recognition|facial*|gezicht* ~ herken*|herken* ~ gezicht*|biometri*',
      'vingerafdruk*|fingerprint*|vingerscan*|handscan*|gezichtsscan*|face scan*|fingerscan*|irisscan*|emotieherkenning|emotion recognition|stemherkenning|voice recognition|voiceprint*',
      '(identificeren|herkennen|identify|recognise|recognize|verifieren|verify) ~~ (stem|voice|gezicht|face|gezichten|faces)|aan de hand van ~ stem|op basis van ~ stem',
      'leeftijd en geslacht|geslacht en leeftijd|age and gender|gender and age', 'faces|gezichten ~ blur*|blur* ~ faces',
      'pasfoto*|paspoortfoto*|identiteitsverificatie|identity verification|gezichtsvergelijking|face match*|selfie*|liveness|of jij het ~ bent|whether it is really you',
    ],
  },
  {
    code: 'tech.drones', kind: 'tech', weight: 2.4, technology: 'drones',
    nl: 'noemt drones', en: 'mentions drones',
    patterns: ['*drone|*drones|drone*|quadcopter*|uav|uavs|onbemand*'],
  },
  {
    code: 'tech.algorithm', kind: 'tech', weight: 2.2, technology: 'algorithm-ai',
    nl: 'noemt een algoritme of AI', en: 'mentions an algorithm or AI',
    patterns: [
      'algoritm*|*algoritme|*algoritmes|algorithm*|*algorithm|*algorithms', 'ai',
      'kunstmatige intelligentie|artificial intelligence|machine learning|deep learning|neural*|neura*|zelflerend*|self learning|ml model*|ai model*',
      'leert van|lerend|learns from|learning from|getraind|trained on|sentiment*|emotieanalyse|tekstanalyse|text mining',
    ],
  },
  {
    code: 'tech.model', kind: 'tech', weight: 1.8, technology: 'algorithm-ai',
    nl: 'noemt een voorspel- of rekenmodel', en: 'mentions a predictive or scoring model',
    patterns: [
      'voorspelmodel*|predictive|prediction model*|risicomodel*|risk model*|rekenmodel*|scoremodel*|scoringsmodel*|prognosemodel*|beslismodel*|valuation model*|waarderingsmodel*|taxatiemodel*',
      '(automated|automatisch|automatische|statistisch|statistische|statistical|ai|ml|machine) ~ (model|modellen|models)',
      'met een model|met behulp van een model|using a model|with a model|(model|modellen|models) ~ (trainen|ontwikkelen|bouwen|maken|train|build|develop)|(trainen|ontwikkelen|bouwen|train*|build*|develop*) ~ (model|modellen|models)|model dat|model die|model that|model to',
      'kennissysteem*|beslisboom*|beslisbomen|decision tree*|rule engine|regelengine*|beslisregel*|business rules|expertsysteem*|beslisondersteun*|decision support',
    ],
  },
  {
    code: 'tech.prediction', kind: 'tech', weight: 1.2, technology: 'algorithm-ai',
    nl: 'wil iets voorspellen', en: 'wants to predict something',
    patterns: ['voorspel*|predict*|prognos*|forecast*|how likely|hoe waarschijnlijk|kans dat|kans op|likelihood|probability|verhoogd risico|higher risk|risico op|risk of|risico lopen|lopen risico|at risk of|run the risk'],
  },
  {
    code: 'tech.scoring', kind: 'tech', weight: 1.7, technology: 'algorithm-ai',
    nl: 'wil mensen of zaken scoren, profileren of indelen', en: 'scores, profiles or classifies people or cases',
    patterns: [
      'risicoscore*|risk score*|risicoprofiel*|risk profil*|profilering|profiling|scorekaart*|scorecard*|risicotaxatie*|risicoinschatting*|risico inschatting*',
      'onderzoekswaardig*|classificatie*|classificeren|classify|classifies|classification|categoriseren|categorise*|categorize*',
      'flags|flag|prioriteren|prioritise*|prioritize*|rangschikken|rangschikt|ranking|ranks|rank|met punten|puntensysteem|scores|scoren|gescoord|score ~ per',
      'afwijkende|anomalie*|anomaly|anomalies|outlier*|eruit ~ pikken|eruit pikt|opsporen|spoort ~ op|sporen ~ op|fraudedetectie|fraud detection',
      'at risk|risicojongeren|risicogroep*|risicogezin*|risk group*|risicoadres*|veelpleger*|top600|top400|top 600|top 400|persoonsgerichte aanpak',
      'klantprofiel*|*profielen|profile of|profiles of|signaleringslijst*|risicolijst*|watchlist*|zwarte lijst|signalering*',
    ],
  },
  {
    code: 'tech.analytics', kind: 'tech', weight: 1.0, technology: 'algorithm-ai',
    nl: 'noemt data-analyse', en: 'mentions data analysis',
    patterns: [
      'data scien*|datascien*|data analys*|dataanalys*|big data|datagedreven|data gedreven|data driven|analytics',
      'doorrekent|doorrekenen|rekent ~ door|simulat*|berekent|berekenen|calculates|calculate|computes|rekent ~ uit|optimalisatie*|optimis*|optimiz*',
      '*analyse|*analyses|*analytics|cookie*|trackingpixel*|tracking pixel*|muisbewegingen|klikgedrag|click behaviour|surfgedrag|browsing behaviour',
      'analyseert|analyseren|analyse|analyses|analyseer*|analyse* ~ gegevens|analys* ~ data|analyses|analyse|analyze*|analyse* ~ data|to model|te modelleren|modelleren',
    ],
  },
  {
    code: 'tech.genai', kind: 'tech', weight: 2.4, technology: 'generative-ai',
    nl: 'noemt generatieve AI (taalmodel, Copilot, ChatGPT)', en: 'mentions generative AI (language model, Copilot, ChatGPT)',
    patterns: [
      'copilot*|chatgpt*|chat gpt|gpt*|llm*|taalmodel*|language model*|genai|gen ai|openai|claude|gemini|mistral|llama',
      'generatieve|generatief|generative',
      'ai_assistent*|ai_assistant*|ai_hulp*|ai_tool*|ai_dienst*|ai_agent*|ai_collega*|ai_chatbot*|ai_toepassing*|ai_service*',
    ],
  },
  {
    code: 'tech.speech', kind: 'tech', weight: 1.2, technology: 'generative-ai',
    nl: 'laat gesprekken of teksten automatisch uitschrijven of samenvatten', en: 'transcribes or summarises conversations or texts automatically',
    patterns: ['transcri*|spraakherkenning|speech to text|spraak naar tekst', 'samenvat*|summar*'],
  },
  {
    code: 'tech.chatbot', kind: 'tech', weight: 2.3, technology: 'chatbot',
    nl: 'noemt een chatbot of digitale assistent', en: 'mentions a chatbot or virtual assistant',
    patterns: [
      '*chatbot*|chat bot*|bot|bots|voicebot*|voice bot*|spraakrobot*|spraakbot*|spraakassistent*|praatrobot*|chatassistent*|webchat*|livechat*|chatfunctie*',
      'virtuele assistent*|virtual assistant*|digitale assistent*|digital assistant*|conversational*',
    ],
  },
  {
    code: 'tech.answers', kind: 'tech', weight: 1.2, technology: 'chatbot',
    nl: 'iets beantwoordt automatisch vragen', en: 'something answers questions automatically',
    patterns: ['(die|dat|that|which) ~~ (vragen beantwoordt|beantwoordt|answers questions|answers|antwoord geeft|replies)'],
  },
  {
    code: 'tech.robot', kind: 'tech', weight: 1.2, technology: 'chatbot',
    nl: 'noemt een robot', en: 'mentions a robot',
    patterns: ['robot|robots|*robot'],
  },
  {
    code: 'tech.automated-decision', kind: 'tech', weight: 2.2, technology: 'automated-decisions',
    nl: 'een systeem neemt zelf besluiten', en: 'a system takes decisions by itself',
    patterns: [
      'automatisch* ~ beslis*|automatisch* ~ besluit*|automatisch* ~ toegekend|automatisch* ~ toeken*|automatisch* ~ afgewezen|automatisch* ~ afwijz*',
      'automatisch* ~ goedgekeurd|automatisch* ~ goedkeur*|automatisch* ~ boete*|automatisch* ~ bekeuring*|automatisch* ~ toegewezen|automatisch* ~ toewijz*',
      'automatically ~ approv*|automatically ~ reject*|automatically ~ decid*|automatically ~ grant*|automatically ~ assign*|automatically ~ fine*',
      'automated decision*|geautomatiseerd* ~ besluit*|geautomatiseerde besluitvorming|zelf beslist|zelf beslissen|beslist zelf|decides automatically',
      'zonder tussenkomst|zonder consulent*|zonder medewerker*|zonder mens*|zonder dat ~ iemand|without ~ human*|without ~ caseworker*|without anyone|volautomatisch*|fully automat*',
      'beschikking* ~ genereer*|genereert ~ beschikking*|uitkomst ~~ besluit*|outcome ~~ decision*',
      '(systeem|system|tool|software|computer|app|model|algoritme|algorithm|toets|test|zelftest|intaketoets|vragenlijst|check|scan|formulier|rekenregel|rekenregels|score|rules) ~ (voorstelt|bepaalt|beslist|kiest|berekent|beoordeelt|adviseert|toekent|afwijst|selecteert|indeelt|suggests|decides|determines|proposes|recommends|assigns|selects|approves|rejects)',
      '(laten|let) ~ (plannen|bepalen|beslissen|kiezen|indelen|verdelen|berekenen|beoordelen|selecteren|voorspellen|toewijzen|decide|assign|select) door',
      'door (software|ai|algoritme|algoritmes|computer|computers)|door een (algoritme|systeem|model|computer|tool)|by software|by an algorithm|by a model|by a computer|by ai',
    ],
  },
  {
    code: 'tech.automated-processing', kind: 'tech', weight: 1.6, technology: 'algorithm-ai',
    nl: 'documenten, meldingen of berichten worden automatisch verwerkt', en: 'documents, reports or messages are processed automatically',
    patterns: [
      '(automatisch|automatische|automatically|automatic|automated) ~~ (laten|uitlezen|routeren|doorsturen|verdelen|indelen|sorteren|toewijzen|verwerken|beoordelen|controleren|checken|herkennen|afhandelen|sturen|versturen|send|sending|reminders|herinneringen|route|routing|sort|process|check|recognise|recognize|detect|matcht|matchen|match|matches|koppelt|indeelt|toewijst|advies|adviseert|geeft|bepaalt|beslist|uitkeren|uitbetalen|verstrekken|toekennen|hand out|pay out|award|gives|advises|determines|decides)',
      '(hand out|pay out|award|grant|uitkeren|uitbetalen|toekennen|verstrekken) ~~ (automatisch|automatically)',
      'ocr|tekstherkenning|text recognition|handschriftherkenning|uitlezen|document ai|routeren|routering|auto ~ triage',
    ],
  },
  {
    code: 'tech.automatic', kind: 'tech', weight: 1.0, technology: 'automated-decisions',
    nl: 'iets gebeurt automatisch', en: 'something happens automatically',
    patterns: ['automatisch|automatische|automatically|automatic|automated|automatiseren|geautomatiseerd|geautomatiseerde|vanzelf'],
  },
  {
    code: 'tech.linking', kind: 'tech', weight: 1.9, technology: 'data-linking',
    nl: 'wil gegevens koppelen, combineren of delen', en: 'links, combines or shares data',
    patterns: [
      `(${LINK_VERBS}) ~~ (${DATA_OBJECTS})`, `(${DATA_OBJECTS}) ~~ (${LINK_VERBS})`, 'op basis van ~ gegevens|op basis van ~ data|based on ~ data',
      '(gegevens|scandata|ritdata|locatiedata|ruwe data|raw data|dataset|datasets|bestand|bestanden) ~~ (hebben|krijgen|ontvangen|opvragen|receive|get|obtain)',
      '(lijst|lijsten|export|uitdraai|selectie|list|overview|overzicht) ~~ (uit het|uit de|from the) ~ (systeem|zaaksysteem|register|brp|database|administratie|system)',
      'signalen uit|signalen van|meldingen uit|gegevens van|gegevens uit|informatie uit|data uit|records from|data from|gevoed door|gevoed met|fed by|fed with|fed from',
      'aan ons doorgeven|aan ons door|doorgeven aan|doorsturen naar|doorsturen aan|delen met|share ~ with|sharing ~ with|shared with|pass ~ on to|send ~ to us|verstrekken aan|toegang ~ tot|access ~ to',
      '(data|gegevens|informatie) ~ naar ons|(data|gegevens) ~ naar de gemeente|naar ons ~ (data|gegevens)|(data|gegevens) ~ aan ons',
    ],
  },
  {
    code: 'tech.link-verb', kind: 'tech', weight: 1.3, technology: 'data-linking',
    nl: 'wil systemen of bronnen aan elkaar koppelen', en: 'connects systems or sources',
    patterns: [
      'koppel*|gekoppeld*|combiner*|gecombineerd*|combine*|verrijk*|enrich*|uitwissel*|samenvoeg*|merge*|link ~ to|links ~ to|linked ~ to|linking',
      'samenbrengen|samen te brengen|samen brengen|bij elkaar brengen|bundelen|in een overzicht|in 1 overzicht|one overview|single view|integreren|integrate',
    ],
  },
  {
    code: 'tech.data-source', kind: 'tech', weight: 1.1, technology: 'data-linking',
    nl: 'noemt een bron van gegevens over mensen', en: 'names a source of data about people',
    patterns: [
      'brp|basisregistratie*|inlichtingenbureau|suwinet|uwv|belastingdienst|cbs|kadaster|duo|rdw|svb|cak|politiegegevens',
      'zorgverzekeraar*|woningcorporatie*|corporaties|energieleverancier*|schuldeiser*|pinbetaling*|pin data|transactiedata|card transaction*|bank statement*|bankafschrift*|tax records|belastinggegevens|belastingdata',
      'datamarktplaats|data marktplaats|marktplaats ~ gegevens|dataplatform|data platform|data space|dataspace|datahub|data hub|datalake|data lake|datawarehouse|data warehouse',
    ],
  },
  {
    code: 'tech.personal-data', kind: 'tech', weight: 1.0,
    nl: 'verwerkt gegevens over individuele personen of huishoudens', en: 'processes data about individual people or households',
    patterns: [
      'ruwe data|raw data|ruwe gegevens|persoonsgegevens|personal data|persoonlijke gegevens|gezondheidsgegevens|medische gegevens|health data|bsn|burgerservicenummer',
      'e mailadres*|emailadres*|email address*|telefoonnummer*|phone number*|namen|names|met naam|with names',
      'per (bezoeker|visitor|deelnemer|participant|pashouder|gebruiker|user|klant|customer|aanvrager|applicant|huurder|tenant|student|patient|gezin|family|apparaat|device|toestel|telefoon|phone|kenteken|plate|auto|car)',
      'zien wie|weten wie|zie je wie|see who|know who|wie wanneer|who when|registratiesysteem*|*registratiesysteem|registration system*|chipkaart*|ov chipkaart',
      'owner details|contact details|personal details|naw|naw gegevens|contactgegevens|eigenaarsgegevens|per *houder|per gebruiker|per *gebruiker|per deelnemer|per aanvrager|per klant|per user|per customer',
      'bewonersgegevens|inwonersgegevens|burgergegevens|klantgegevens|clientgegevens|leerlinggegevens|leerlingengegevens|patientgegevens|medewerkersgegevens|personeelsgegevens',
      'op naam|per persoon|per huishouden|per adres|per woning|per medewerker|per consulent|per kind|per leerling|per client|per inwoner|per bewoner',
      'adresniveau|individueel niveau|individual level|per address|per household|per resident|per employee|per person|per child|per caseworker|adressen|namen en adressen|names and addresses',
    ],
  },
  {
    code: 'tech.platform', kind: 'tech', weight: 1.6, technology: 'platform-app',
    nl: 'noemt een app, platform of portaal', en: 'mentions an app, platform or portal',
    patterns: [
      'app|apps|*app|*apps|applicatie|applicaties|*applicatie|application|applications|webapp*',
      'platform*|*platform|*platforms|portaal|portal|*portaal|*portal|portals|mijn omgeving|persoonlijke omgeving|personal page|mijnutrecht',
      'digitaal dossier|digitale dossier*|online dossier|e dossier|digitale tweeling|digital twin|3d model*|3dmodel*|3d stad*',
      'webformulier*|online formulier*|online form*|e formulier*|digitaal formulier*|digitaal loket|online loket|reserveringssysteem*|*volgsysteem*',
    ],
  },
  {
    code: 'tech.online', kind: 'tech', weight: 0.8, technology: 'platform-app',
    nl: 'iets gaat online of via een scherm', en: 'something goes online or onto a screen',
    patterns: [
      'meldpunt*|*meldpunt|meldapp*|meldsysteem*|*meldsysteem|wifi|wi fi|hotspot*|scan bij|scan at|scannen bij|gescand',
      'beeldbel*|videobel*|video call*|online|website|websites|site|webpagina*|internet|digitaal|digitale|digital|digid|eherkenning|e herkenning|inlog*|login|log in|inchecken|check in|checkin',
      'via ~ telefoon|op ~ telefoon|met ~ telefoon|via ~ phone|on ~ phone|smartphone*|tablet*|kiosk*|qr code*|qrcode*',
      'notificatie*|notification*|pushbericht*|push bericht*|push ~ notification*|sms*|kaart|kaarten|kaartviewer|kaartlaag|webkaart|maps|heatmap*|online map*|interactive map*|live map*|a map|the map',
      'seintje|signaal naar|alert|alerts|waarschuwt|waarschuwing|alarm slaat|slaat alarm|herinnert|reminders',
    ],
  },
  {
    code: 'tech.software', kind: 'tech', weight: 0.7,
    nl: 'noemt software of een systeem', en: 'mentions software or a system',
    patterns: ['systeem|systemen|system|systems|*systeem|software|tool|tools|saas|module|modules|applicatie|programmatuur'],
  },
  {
    code: 'tech.dashboard', kind: 'tech', weight: 1.8, technology: 'dashboard',
    nl: 'noemt een dashboard of controlekamer', en: 'mentions a dashboard or control room',
    patterns: ['*dashboard*|*dashbord*|controlekamer|control room|stuurinformatie|managementinformatie'],
  },
  {
    code: 'tech.monitoring', kind: 'tech', weight: 1.0,
    nl: 'wil mensen of plekken volgen of registreren', en: 'monitors or records people or places',
    patterns: [
      'zien of er|zien hoe lang|hoe lang al|see whether there|see how long|instagram|tiktok|facebook|snapchat|sociale media|social media',
      'monitor|monitoren|monitort|monitoring|real time|realtime|live ~ zien|live ~ volgen|live footage|live data|live ~ see',
      'bijhoud*|bijgehouden|houdt ~ bij|track|tracks|tracked|keep* track|registreren|registreert|register|vastleggen|legt ~ vast|opslaan|bewaren|store*|recording|record',
    ],
  },
];

export const SUBJECT_CUES: readonly Cue[] = [
  {
    code: 'subject.vulnerable', kind: 'subject', weight: 0.6,
    nl: 'het gaat om kinderen, jongeren of kwetsbare groepen', en: 'concerns children, young people or vulnerable groups',
    patterns: [
      'kinderen|children|kids|jongeren|youth|jeugd*|minderjarig*|minors|leerling*|pupils|ouderen|senioren|elderly|kwetsbare|kwetsbaar|vulnerable',
      'bijstand*|uitkering*|welfare|benefit*|minima|schulden|schuldhulp*|debt*|jeugdhulp|wmo|daklo*|homeless|statushouder*|asielzoeker*|refugee*|ongedocumenteerd*|undocumented|vluchteling*|nieuwkomers|migrant*|patient*|beperking*|disabilit*|armoede|poverty',
    ],
  },
  {
    code: 'subject.residents', kind: 'subject', weight: 0.5,
    nl: 'het gaat om inwoners of bezoekers', en: 'concerns residents or visitors',
    patterns: [
      'inwoners|bewoners|burgers|residents|citizens|huishoudens|households|bezoekers|visitors|passanten|voetgangers|pedestrians|fietsers|cyclists|automobilisten|drivers',
      'aanvragers|applicants|aanvrager|clienten|clients|client|deelnemers|huurders|tenants|ondernemers|ouders|parents|gezinnen|families|mensen|people|personen|bellers|callers|initiatiefnemers',
    ],
  },
  {
    code: 'subject.employees', kind: 'subject', weight: 0.5,
    nl: 'het gaat om medewerkers', en: 'concerns employees',
    patterns: ['medewerkers|employees|staff|personeel|collegas|ambtenaren|consulenten|caseworkers|boas|handhavers|werknemers|thuiswerkers|sollicitanten|cvs|buitendienst|leidinggevenden|chauffeurs|drivers'],
  },
  {
    code: 'subject.public-space', kind: 'subject', weight: 0.4,
    nl: 'het gaat om de openbare ruimte', en: 'concerns public space',
    patterns: [
      'openbare ruimte|public space|op straat|on the street|lantaarnpa*|lichtmast*|lamp post*|lamppost*|verkeerslicht*|traffic light*|kruispunt*|crossing',
      'plein|straten|winkelstra*|shopping street*|binnenstad|city centre|city center|wijk|wijken|buurt|buurten|neighbourhood*|park|parken',
    ],
  },
];
