/**
 * Technology cues for algorithms (label clause c): algorithms and AI, predictive and scoring
 * models, generative AI, chatbots and automated decisions, also when described in plain words
 * ("de computer leest de melding", "automatisch verlenen", "geen behandelaar meer ertussen").
 * Patterns use the language of pattern.ts on normalised text.
 */
import type { Cue } from './cue.js';

export const ALGORITHM_CUES: readonly Cue[] = [
  {
    code: 'tech.algorithm', kind: 'tech', weight: 2.2, technology: 'algorithm-ai',
    nl: 'noemt een algoritme of AI', en: 'mentions an algorithm or AI',
    patterns: [
      'algoritm*|*algoritme|*algoritmes|algorithm*|*algorithm|*algorithms', 'ai',
      'kunstmatige intelligentie|artificial intelligence|machine learning|deep learning|neural*|neura*|zelflerend*|self learning|ml model*|ai model*',
      'leert van|lerend|learns from|learning from|getraind|trained on|sentiment*|emotieanalyse|tekstanalyse|text mining|text mine|textmining|tekst mining|nlp|natural language processing|social listening',
    ],
  },
  {
    code: 'tech.model', kind: 'tech', weight: 1.8, technology: 'algorithm-ai',
    nl: 'noemt een voorspel- of rekenmodel', en: 'mentions a predictive or scoring model',
    patterns: [
      'voorspelmodel*|predictive|prediction model*|risicomodel*|risk model*|rekenmodel*|scoremodel*|scoringsmodel*|prognosemodel*|beslismodel*|valuation model*|waarderingsmodel*|taxatiemodel*',
      '(automated|automatisch|automatische|statistisch|statistische|statistical|ai|ml|machine) ~ (model|modellen|models)',
      'met een model|met behulp van een model|using a model|with a model|(model|modellen|models) ~ (trainen|ontwikkelen|bouwen|maken|train|build|develop)|(trainen|ontwikkelen|bouwen|train*|build*|develop*) ~ (model|modellen|models)|model dat|model die|model that|model to',
      '(model|modellen|models) ~~ (trainen|ontwikkelen|bouwen|train|build|develop)|(een|het|dat|a|the|that) model (voor|for) ~~ (selectie|inschatting|prioriteit*|voorspelling|selection|prediction|estimate)',
      '(een|het|a|the|this|that|dat|dit) (model|algoritme|algorithm) ~ (picks|chooses|selects|decides|determines|predicts|ranks|sorts|flags|kiest|selecteert|bepaalt|beslist|voorspelt|rangschikt|sorteert|markeert)',
      'rekenregel*|rekenhulp*|rekentool*|kennissysteem*|beslisboom*|beslisbomen|decision tree*|rule engine|regelengine*|beslisregel*|business rules|expertsysteem*|beslisondersteun*|decision support',
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
      '(persoonlijkheid|personality|gedrag|behaviour|behavior|stemming|mood) ~~ (meet|meten|measures|measure|score*|analyse*|test*|voorspel*|predict*)',
      '(voorspelling|voorspellen|voorspelt|voorspeld|inschatting|inschatten|inschat|predict|predicts|prediction|predicting|estimate|estimates|estimating) ~~ (wie|welke|which|who|hoe groot de kans|how likely)',
      '(aangeeft|aanwijst|selecteert|uitkiest|indicates|selects|picks) (welke|which) (kinderen|jongeren|inwoners|bewoners|huishoudens|gezinnen|mensen|huurders|ouderen|leerlingen|medewerkers|clienten|aanvragers|children|residents|households|families|people|tenants|employees|pupils|clients|applicants|aanvragen|dossiers|zaken|adressen|woningen|cases|applications|files|addresses)|(aangeeft|aanwijst|selecteert|indicates|selects|picks) (wie|who) ~~ (extra|gecontroleerd|controle|onderzocht|bezocht|checked|inspected|visited)',
      'vroegsignalering|early warning|early detection|uit beeld (dreigen|dreigt|raken|raakt)|dreigen ~ uit ~ vallen|likely to (drop|drift|fall|end up)',
      '*profilering|*profiling|vertrekrisico*|verloopkans*|attrition risk*|uitvalrisico*|dropout risk*|(risico|risk|risicoscore|risk score|kans) (per|for each) (medewerker|persoon|client|klant|huishouden|gezin|kind|leerling|adres|employee|person|household|family|child|pupil|address)',
      '*fraudecheck*|fraudecontrole*|fraudescan*|fraudesignal*|fraud check*|fraud screening|screens ~~ (for|op) fraud*|(screent|screenen|checkt) ~~ (op|for) fraude',
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
      'vertaaltool*|vertaal tool*|translation tool*|machine translation|automatische vertaling*|automatic translation|ai vertaling|vertaal ai|ai translation',
      'generatieve|generatief|generative|tekstgenerator*|text generator*|schrijfhulp*|schrijfassistent*|writing assistant*',
      '(tool|ai|software|programma|program|systeem|system|model|app|assistent|assistant|generator|die|dat|that|which) ~~ (in|naar|into) (eenvoudige|begrijpelijke|plain|simple) (taal|language|english|dutch) ~ (herschrijft|herschrijven|omzetten|zet|rewrites|rewrite)',
      '(tool|ai|software|programma|program|systeem|system|model|app|assistent|assistant|generator|die|dat|that|which) ~ (herschrijft|herschrijven|rewrites|rewrite) ~~ (in|naar|into) (eenvoudige|begrijpelijke|plain|simple) (taal|language)',
      'ai_assistent*|ai_assistant*|ai_hulp*|ai_tool*|ai_dienst*|ai_agent*|ai_collega*|ai_chatbot*|ai_toepassing*|ai_service*',
    ],
  },
  {
    code: 'tech.speech', kind: 'tech', weight: 1.2, technology: 'generative-ai',
    nl: 'laat gesprekken of teksten automatisch uitschrijven of samenvatten', en: 'transcribes or summarises conversations or texts automatically',
    patterns: ['samenvat*|summar*|recap|notulist*|notetaker*|note taker*'],
  },
  {
    code: 'tech.transcription', kind: 'tech', weight: 1.8, technology: 'generative-ai',
    nl: 'laat gesprekken automatisch uitschrijven', en: 'transcribes conversations automatically',
    patterns: ['transcri*|spraakherkenning|speech to text|spraak naar tekst|speech recognition|ondertiteling|subtitl*|live captions|captions'],
  },
  {
    code: 'tech.chatbot', kind: 'tech', weight: 2.3, technology: 'chatbot',
    nl: 'noemt een chatbot of digitale assistent', en: 'mentions a chatbot or virtual assistant',
    patterns: [
      '*chatbot*|chat bot*|bot|bots|voicebot*|voice bot*|spraakrobot*|spraakbot*|spraakassistent*|praatrobot*|chatassistent*|webchat*|livechat*|chatfunctie*',
      'virtuele assistent*|virtual assistant*|digitale assistent*|digital assistant*|conversational*|spraakgestuurd*|voice assistant*|voice controlled|smart assistant*|slimme assistent*',
      '(pratende|sprekende|talking|speaking) (assistent|assistant|zuil|paal|computer|robot|kiosk|bot)',
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
      'automatisch* ~ (verlenen|verleent|verleend|afgeven|afgegeven|uitgeven|uitgegeven)|automatically ~ (issue*|renew*|award*)',
      '(de computer|het systeem|de software|het programma|een programma|the computer|the system|the software|a program) ~~ (beslist|bepaalt|kiest|beoordeelt|verleent|toekent|goedkeurt|afwijst|uitrekent|berekent|decides|determines|calculates|approves|rejects|grants|judges)',
      '(beslist|bepaalt|kiest|beoordeelt|berekent|bekijkt|checkt|controleert|toetst|kijkt|decides|determines|checks) (de computer|het systeem|de software|het programma|the computer|the system|the software)',
      '(zelf|vanzelf) (uitrekent|berekent|beslist|bepaalt|beoordeelt|goedkeurt|afwijst|toekent|verleent)|(keurt|wijst|kent|rekent) ~~ zelf ~ (goed|af|toe|uit)',
      'geen (behandelaar|beoordelaar|medewerker|mens|consulent|ambtenaar) meer (tussen|ertussen|aan te pas|nodig|naar)|zonder (behandelaar|beoordelaar|handmatige|menselijke)|no (human|caseworker|official|person) (in between|involved|in the loop)|without manual',
      '(laat|laten|let|lets|letting) ~~ (een|de|het|a|an|the) (tool|computer|system|software|program|programma|systeem|ai|algoritme|algorithm|model) ~~ (beoordelen|beslissen|bepalen|kiezen|selecteren|indelen|afhandelen|controleren|nakijken|sorteren|rangschikken|prioriteren|labelen|verdelen|judge|assess|decide|determine|select|handle|check|sort|rank|prioritise|prioritize|label)',
      'twijfelgevallen|alleen ~ (lastige|moeilijke|complexe|bijzondere) gevallen|only ~ (difficult|complex|unclear|borderline|edge) cases',
      'automatisch* ~~ (verlengd|verlengen|verleng|verlengt|te verlengen|toe te kennen|goed te keuren|af te wijzen|uit te keren|te verlenen|weigeren|weigert|geweigerd|uitbetaald|uitgekeerd|uitbetalen|uitkeren)',
      '(renew*|grant*|approv*|reject*|refus*|paid out|pay out|paying out|award*|issue*) ~~ (automatically|automatic)|(automatically|automatic) ~~ (renew*|grant*|approv*|reject*|refus*|award*|issue*)',
      'auto (approve*|approval*|renew*|reject*|grant*|enrol*|enroll*|decide*)|autoapprove*|autorenew*|auto approved|auto renewed',
      'ambtshalve|stilzwijgend* ~~ (verleng*|toeken*|toegekend)|(proactief|proactieve|proactive|proactively) ~~ (toeken*|toegekend|uitkeren|uitbetalen|verstrekken|krijgt|krijgen|grant*|pay*|award*|gets|get)',
      'geen (aanvraag|aanvragen|beoordeling|toets|keuring|controle) (meer|nodig|vooraf)|geen (aanvraag|aanvragen) ~ geen (beoordeling|toets|controle|keuring)|geen (beoordeling|toets|controle) (door|van) (een|de) (consulent|medewerker|behandelaar|mens|ambtenaar)',
      '(krijgt|krijgen|ontvangt|ontvangen|gets|get|receives|receive) ~~ (gewoon|direct|meteen|straight|simply) ~ (overgemaakt|uitbetaald|toegekend|gestort|paid|transferred|granted)|(gewoon|direct|meteen|simply|just) (overgemaakt|gestort|transferred|paid out)',
      '(toekenning|toekennen|uitbetaling|uitbetalen|verlenging|verlengen|besluit|beslissing|granting|renewal|decision) ~~ (laten lopen op|baseren op|gebaseerd op|op basis van|based on) ~~ (wat we al weten|wat we al hebben|gegevens die we al hebben|bestaande gegevens|onze gegevens|onze eigen gegevens|what we already know|data we already have|existing data|our own data)',
      '(op basis van|based on|met|with|uitgaan van|going on) (wat|what) (we|wij) (al|already) (weten|hebben|know|have)',
      'zonder (aanvraag|aanvragen|formulier)|geen aanvraag ~ nodig|niemand hoeft ~~ aan te vragen|(hoeft|hoeven) ~~ (niet meer|niet) ~ aan te vragen|niet meer aan te vragen',
      'without ~ (application|applications|applying|form)|no (application|applications|form) (needed|required)|(wont|dont|doesnt|will not|do not|does not) (have|need) to apply|no need to apply|nobody (needs|has) to apply',
      '(krijgt|krijgen|ontvangt|ontvangen) ~~ (vanzelf|automatisch)|(gets|get|receive|receives) ~~ (automatically|sent automatically)',
      'geen (handhaver|boa|behandelaar|beoordelaar|medewerker|mens|consulent|ambtenaar|keuring|controleur) meer ~ (tussen|ertussen|aan te pas|nodig|naar)|er zit geen (handhaver|boa|behandelaar|medewerker|mens|consulent) meer tussen',
      'no (warden|officer|human|caseworker|person|one|staff) (in between|involved|needed|required) ~ (anymore)|no (warden|officer|human|caseworker) ~ (in between|involved|needed)|(wont|will not|no longer) go (past|through) a (caseworker|person|human|warden)|(hoeft|hoeven) ~ niet meer (door|langs) (een|de) (consulent|medewerker|behandelaar|mens)',
      'automated decision*|geautomatiseerd* ~ besluit*|geautomatiseerde besluitvorming|zelf beslist|zelf beslissen|beslist zelf|decides automatically',
      'zonder tussenkomst|zonder consulent*|zonder medewerker*|zonder mens*|zonder dat ~ iemand|without ~ human*|without ~ caseworker*|without anyone|volautomatisch*|fully automat*',
      'beschikking* ~ genereer*|genereert ~ beschikking*|uitkomst ~~ besluit*|outcome ~~ decision*',
      '(systeem|system|tool|software|computer|app|model|algoritme|algorithm|functie|feature|toets|test|zelftest|intaketoets|vragenlijst|check|scan|formulier|rekenregel|rekenregels|score|rules) ~ (controleert|checkt|checks|verifies|toetst|voorstelt|bepaalt|beslist|kiest|berekent|beoordeelt|adviseert|toekent|afwijst|selecteert|indeelt|suggests|decides|determines|proposes|recommends|assigns|selects|approves|rejects)',
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
      'laten (voorspellen|berekenen|herkennen|analyseren|uitlezen|scoren|categoriseren|classificeren|matchen|genereren|samenvatten|transcriberen|vertalen)',
      '(computer|systeem|software|programma|program|tool|machine) ~~ (leest|lezen|doorleest|doorlezen|naleest|nalezen|nakijkt|nakijken|reads|read|reviews|sorteert|verdeelt|doorstuurt|doorzet|neerlegt|routeert|markeert|uitschrijft|herschrijft|meeluistert|sorts|routes|flags|marks|rewrites|listen in|listens in|listen along)',
      '(let|lets|letting|laten|laat) (a|an|the|een|de|het) (tool|computer|system|software|program|programma|systeem|ai) (sort|route|read|decide|assign|select|sorteren|lezen|verdelen|beslissen|toewijzen|selecteren|indelen)',
      '(de computer|het systeem|de software|het programma|de app|the computer|the system|the software|the app) ~ (zelf|vanzelf|by itself|itself|automatisch|automatically)',
      '(zelf|vanzelf|automatisch|automatically|by itself) ~~ (bij|naar|to) (het|de|the) (juiste|goede|right|correct) (team|afdeling|medewerker|behandelaar|persoon|department|person|colleague)',
      '(doorleest|doorlezen|meeluisteren|meeluistert|listen in|listens in|listen along) ~~ (markeert|marks|flags|suggest*|voorstellen|antwoord*|answers)',
      'rpa|robotic process automation|softwarerobot*|software robot*|procesrobot*|process robot*|robotisering van ~ (processen|werk)',
      'ocr|tekstherkenning|text recognition|handschriftherkenning|uitlezen|document ai|routeren|routering|auto ~ triage',
    ],
  },
  {
    code: 'tech.automatic', kind: 'tech', weight: 1.0, technology: 'automated-decisions',
    nl: 'iets gebeurt automatisch', en: 'something happens automatically',
    patterns: ['automatisch|automatische|automatically|automatic|automated|automatiseren|geautomatiseerd|geautomatiseerde|vanzelf'],
  },
];
