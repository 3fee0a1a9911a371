/**
 * Technology cues for collecting data in public space or about people (label clause a):
 * sensors and IoT, location tracking, counting, cameras, licence plates, image recognition,
 * biometrics and drones, also when described in plain words ("loggers", "a signal from a phone",
 * "a photo of the person"). Patterns use the language of pattern.ts on normalised text.
 */
import type { Cue } from './cue.js';

export const SENSING_CUES: readonly Cue[] = [
  {
    code: 'tech.sensors', kind: 'tech', weight: 2.0, technology: 'sensors-iot',
    nl: 'noemt sensoren, meetkastjes of IoT', en: 'mentions sensors, measuring devices or IoT',
    patterns: [
      '*sensor*', 'iot', 'internet of things', '*meetkast*', 'meetnet*|meetpunt*|meetstation*|meetpaal|meetpalen',
      '*meter|*meters|*melder|*melders|*detector|*detectors|*detectoren|*detectie|*detectiesysteem*|detectie*|detection|motion detect*',
      'slimme meter*|smart meter*',
      '(slimme|smart) (prullenbak*|afvalbak*|containers|container|bakken|vuilnisbak*|bins|bin|lantaarnpa*|lampposts|lamppost|lamp posts|lamp post|verlichting|lighting|sloten|slot|locks|lock|parkeer*|parking|toegangspoort*|poortjes|gates|deurbel*|doorbells)', 'radar|radars|detectielus*|domotica|personenalarm*|wearable*|smartwatch*|polsband*|wristband*|armband*',
      'microfoon*|microphone*|geluidsopname*|opnamefunctie*|audio ~ fragment*|record* audio|audio record*',
      '*logger|*loggers|meetapparat*|meetinstrument*|meetwaarden|meetgegevens|meetdata|sensor readings|meter readings|peilbuis*|peilbuizen',
      '(co2|fijnstof|luchtkwaliteit|vocht|vochtigheid|luchtvochtigheid|temperatuur|geluidsniveau*|humidity|air quality|noise levels|temperature|particulate*) ~~ (meten|meet|gemeten|meting|metingen|measure*|monitor*|registreren|registreert)',
      '(meten|meet|measure*|monitor*) ~~ (co2|fijnstof|luchtkwaliteit|vocht|vochtigheid|luchtvochtigheid|temperatuur|geluidsniveau*|humidity|air quality|temperature)',
      '(*gesprekken|beeldbellen|videobellen|*belgesprekken|calls|bellers|video calls) ~ (opnemen|opgenomen|record*)|(opnemen|record*|transcri*|uitschrijven|uitgeschreven) ~~ (*gesprekken|gesprek|calls|call|conversations|conversation)|(neemt|neem|nemen) ~~ (*gesprekken|gesprek) ~ op',
    ],
  },
  {
    code: 'tech.tracking', kind: 'tech', weight: 1.9, technology: 'sensors-iot',
    nl: 'noemt locatie- of bewegingsgegevens (gps, wifi, telecom)', en: 'mentions location or movement data (GPS, wifi, telecom)',
    patterns: [
      'tracker*|*trackers|tracking|*tracking|track and trace', 'gps*', 'locatiedata|locatiegegevens|location data|locatie data',
      'bluetooth*|beacon*|lidar|thermische|thermal|warmtebeeld*|infrarood|infrared|black box|blackbox|telematica|telematics|boordcomputer*|rijgedrag|rijstijl|driving behaviour|driving behavior',
      '(welke|which) routes|routes ~ (fietsers|cyclists|mensen|people|bewoners|bezoekers|visitors) ~ (nemen|rijden|lopen|take|ride)',
      'wifi ~ tracker*|wifi ~ tel*|wifi meting*|wifitelling*|wifitracking|via de wifi|via wifi|uit de wifi|from the wifi|wifi van|wifi signal*|wifisignal*|wifi data|wifidata',
      '(bijhouden|bijhoudt|registreren|registreert|vastleggen|volgen|volgt|zien|track|tracks|log|logs|record|records) (wie|who) ~~ (wanneer|waar|when|where|binnenkomt|binnenkomen|enters|entering|aanwezig|present)',
      'trip data|tripdata|ritdata|ritgegevens|reisgegevens|travel data|routegegevens|route data|verplaatsingsgegevens|movement data|transponder*',
      '(signaal|signal|signalen|signals) ~~ (telefoon|telefoons|phone|phones|smartphone*|gps|boordcomputer|kastje|zendertje|voertuig|vehicle|vehicles|app)',
      '(oppikken|opvangen|pick up|picks up|detecteren|detect|detects|tellen|telt|count|counts) ~~ (telefoon|telefoons|phone|phones|smartphone*)',
      '(telefoon|telefoons|phone|phones|smartphone*|boordcomputer|zendertje) ~~ (signaal|signal|signalen|signals|oppikken|opvangen|pick up|picks up|detecteren|herkennen|tellen|count|counts)',
      'telecomdata|telecom data|telecom ~ provider*|phone mast*|zendmast*|gsm data|telefoondata|mobile phone data|cell tower*',
    ],
  },
  {
    code: 'tech.counting', kind: 'tech', weight: 1.5, technology: 'sensors-iot',
    nl: 'wil mensen of voertuigen tellen of meten', en: 'counts or measures people or vehicles',
    patterns: [
      'teller|tellers|fietsteller*|passantenteller*|bezoekersteller*|voetgangersteller*|verkeersteller*|telpaal|telpalen|telcamera*|telsysteem*',
      'passantentelling*|bezoekerstelling*|verkeerstelling*|fietstelling*|voetgangerstelling*',
      '(hoeveel|how many) (mensen|fietsers|bezoekers|telefoons|voetgangers|autos|people|cyclists|visitors|phones|pedestrians|cars) ~~ (langs|voorbij|passeren|passeert|pass|passing|walk|cycle|drive)',
      'crowd count*|people count*|footfall|headcount*|counters|counter', 'drukte ~ meten|drukte ~ meet', '*stromen ~ volgen|*stromen ~ meten|volgen ~ *stromen|crowd monitor*|drukte ~ in de gaten',
    ],
  },
  {
    code: 'tech.measuring', kind: 'tech', weight: 0.9, technology: 'sensors-iot',
    nl: 'wil iets tellen of meten', en: 'wants to count or measure something',
    patterns: ['tellen|geteld|counting|count|meten|gemeten|metingen|meting|measure|measures|measuring|measurement*|gaan wegen|te wegen|laten wegen|weegt|gewogen|weegsysteem*|weegschaal*|weegschalen|weegbrug*|weighing|weigh|weighs'],
  },
  {
    code: 'tech.devices', kind: 'tech', weight: 0.8, technology: 'sensors-iot',
    nl: 'noemt slimme apparaten of pasjes', en: 'mentions smart devices or access passes',
    patterns: ['kastje|kastjes|*kastje|*kastjes', 'pasje|pasjes|toegangspas*|badge|badges|toegangsbadge*|rfid|nfc|chip|chips'],
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
      '*camera*|kamera*|*kameras|cams|cam|webcam*', 'bodycam*|dashcam*|cctv', 'cameratoezicht|camerabewaking|videobewaking|video surveillance|surveillance|*bewakingscamera*',
      '*scandata|scan data|scans|*scanauto*|scan ~ auto*|scan car*|*scancar*|*scanvoertuig*|handhavingsauto*|*scanwagen*|scan scooter*|*scanscooter*|scan ~ (auto|autos|cars|car|wagen|wagens)',
      'flitser*|flitspa*|*flitser|*flitsers|trajectcontrole|red light camera*|speed camera*',
    ],
  },
  {
    code: 'tech.plates', kind: 'tech', weight: 2.2, technology: 'cameras',
    nl: 'noemt kentekenherkenning', en: 'mentions licence-plate recognition',
    patterns: [
      'anpr', 'kentekenscan*|*kentekenscan|*kentekenscanner*', '*kentekenherkenning|kentekenregistratie|kenteken ~ herkenning|kenteken scan*|*kentekencamera*',
      'plate recognition|licence plate*|license plate*|number plate*',
      '(opslaan|bewaren|vastleggen|registreren|store|record|log|keep|read|lezen|scannen|scan) ~~ (kentekens|plates|number plates|licence plates|license plates)', 'op kenteken|via kenteken|op basis van ~ kenteken|kentekenparkeren|ticketloos|ticketless',
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
      '(foto|fotos|photo|photos|picture|pictures) (van|of) (de|het|je|hun|zijn|haar|the|a) (persoon|personen|gezicht|bezoeker|aanvrager|overtreder|verdachte|bestuurder|person|face|visitor|offender|suspect|driver)',
      '(fotos|foto|photos|photo|pictures) ~~ (opslaan|opslaat|bewaren|bewaart|vastleggen|vastlegt|uploaden|insturen|store|stores|upload|uploads|submit)|(opslaan|opslaat|bewaren|bewaart|vastleggen|vastlegt|store|stores) ~~ (fotos|foto|photos|pictures)',
      'satelliet*|satellite*|remote sensing|aardobservatie|earth observation|panorama*|street imagery|streetview|street view|straatbeeld*|cyclorama*', 'blur*|vervagen|vervaagt|anonimiseren|anonymis*',
    ],
  },
  {
    code: 'tech.vision', kind: 'tech', weight: 2.2, technology: 'cameras',
    nl: 'noemt beeldherkenning', en: 'mentions image recognition',
    patterns: [
      '*beeldherkenning|image recognition|computer vision|objectherkenning|object detection|object recognition|beeldanalyse|videoanalyse|video analytics|image analysis',
      '(camera|cameras|computer|software|systeem|system|programma|program|app|model|slagboom|barrier|paal|zuil) ~~ (herkent|herkennen|recognises|recognizes|recognise|recognize|spots|detects)',
      'afwijkend gedrag|gedragsherkenning|behaviour detection|behavior detection|suspicious behaviour|agressiedetectie',
    ],
  },
  {
    code: 'tech.biometrics', kind: 'tech', weight: 2.4, technology: 'biometrics',
    nl: 'noemt biometrie of gezichtsherkenning', en: 'mentions biometrics or face recognition',
    patterns: [
      '*gezichtsherkenning|face recognition|facial*|gezicht* ~ herken*|herken* ~ gezicht*|biometri*',
      '(herken*|recognis*|recogniz*|detect*|meet|meten|measure*) ~~ (emotie|emoties|emotion|emotions|stemming|mood)',
      'vingerafdruk*|fingerprint*|vingerscan*|handscan*|gezichtsscan*|face scan*|fingerscan*|irisscan*|emotieherkenning|emotion recognition|stemherkenning|voice recognition|voiceprint*',
      '(identificeren|herkennen|identify|recognise|recognize|verifieren|verify) ~~ (stem|voice|gezicht|face|gezichten|faces)|aan de hand van ~ stem|op basis van ~ stem',
      'leeftijd en geslacht|geslacht en leeftijd|age and gender|gender and age', 'faces|gezichten ~ blur*|blur* ~ faces',
      '(show|shows|toon|toont|tonen|houd|houdt) ~ (your|je|their|hun|his|her|zijn|haar) (face|gezicht) ~ (screen|scherm|camera|zuil)|(face|gezicht) (to|voor|naar) (the|de|het) (screen|scherm|camera|zuil)|(in|into) (een|de|the|a) camera (kijken|kijkt|te kijken|look|looks|looking)',
      'pasfoto*|paspoortfoto*|identiteitsverificatie|identity verification|gezichtsvergelijking|face match*|selfie*|liveness|of jij het ~ bent|whether it is really you',
    ],
  },
  {
    code: 'tech.drones', kind: 'tech', weight: 2.4, technology: 'drones',
    nl: 'noemt drones', en: 'mentions drones',
    patterns: ['*drone|*drones|drone*|quadcopter*|uav|uavs|onbemand*'],
  },
];
