/**
 * Technology cues for collecting data in public space or about people (label clause a):
 * sensors and IoT, location tracking, counting, cameras, licence plates, image recognition,
 * biometrics and drones. Patterns use the language of pattern.ts on normalised text.
 */
import type { Cue } from './cue.js';

export const SENSING_CUES: readonly Cue[] = [
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
      '(welke|which) routes|routes ~ (fietsers|cyclists|mensen|people|bewoners|bezoekers|visitors) ~ (nemen|rijden|lopen|take|ride)',
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
      'satelliet*|satellite*|remote sensing|aardobservatie|earth observation|panorama*|street imagery|streetview|street view|straatbeeld*|cyclorama*', 'blur*|vervagen|vervaagt|anonimiseren|anonymis*',
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
      '(herken*|recognis*|recogniz*|detect*|meet|meten|measure*) ~~ (emotie|emoties|emotion|emotions|stemming|mood)',
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
];
