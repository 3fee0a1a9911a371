/** Dutch: the person's own data, erasure on request. */
export const privacy = {
  'help.cmd.mydata': 'alles wat ik over je bewaar, om te downloaden',
  'help.cmd.erase': 'de gegevens van een persoon wissen op diens verzoek (met het object-id of e-mailadres)',

  'mydata.title': 'Wat ik over je bewaar',
  'mydata.summary':
    '{prefs} Gesprekken met mij: {conversations}. Zaken waarbij je betrokken bent: {cases}. Herkende signalen van jou: {signals}. Acties van jou in de geschiedenis: {events}.',
  'mydata.prefsNone': 'Voorkeuren: geen.',
  'mydata.prefs.language': 'Taal: {language}.',
  'mydata.prefs.quiet': 'Uitnodigingen over herkende projecten: uit.',
  'mydata.download': 'Download (JSON, een uur geldig)',
  'mydata.note':
    'Wil je dat ik dit wis? Vraag het Team Uthiek; zij kunnen je gegevens wissen. Wat je zelf in zaken schreef, wordt dan ook gewist; de feiten van de zaken blijven bewaard als gemeentelijk dossier, zonder je naam.',

  'erase.usage':
    'Gebruik: "wis gegevens <object-id of e-mailadres>", met het Microsoft Entra object-id of het e-mailadres van de persoon.',
  'erase.unknown':
    'Ik ken niemand met dit object-id of e-mailadres, dus ik heb niets gewist. Controleer het Microsoft Entra object-id of het e-mailadres.',
  'erase.confirmTitle': 'Gegevens van deze persoon wissen?',
  'erase.nameUnknown': 'Naam onbekend',
  'erase.confirmText':
    'Ik verwijder {records} eigen gegevens van deze persoon (voorkeuren, gesprekken met mij, signalen, beschikbaarheid, geplande berichten, gegevens als lid van de klankbordgroep). In {cases} zaken en in {events} gebeurtenissen in de geschiedenis vervang ik het id door een pseudoniem en verwijder ik naam en e-mailadres. Ik maak {texts} teksten leeg die deze persoon zelf schreef, waarvan {openTexts} in zaken die nog lopen. De feiten en de cijfers blijven. Dit kan niet ongedaan worden gemaakt.',
  'erase.confirm': 'Definitief wissen',
  'erase.done':
    'De gegevens zijn gewist; in zaken en geschiedenis staat nu {pseudonym}. Ik heb {count} documenten en gebeurtenissen aangepast.',
  'erase.gone': 'Deze persoon ken ik niet meer (al gewist?), dus ik heb niets veranderd.',
  'erase.notMember': 'Alleen Team Uthiek kan gegevens wissen.',
  'privacy.personalOnly':
    'Dat doe ik alleen in een persoonlijk gesprek, omdat het over iemands gegevens gaat. Open de chat met mij en typ het daar.',
} satisfies Record<string, string>;
