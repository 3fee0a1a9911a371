/** Dutch: the person's own data, erasure on request. */
export const privacy = {
  'help.cmd.mydata': 'alles wat ik over je bewaar, om te downloaden',
  'help.cmd.erase': 'de gegevens van een persoon wissen op diens verzoek (met het object-id)',

  'mydata.title': 'Wat ik over je bewaar',
  'mydata.summary':
    'Voorkeuren: {prefs}. Gesprekken met mij: {conversations}. Zaken waarbij je betrokken bent: {cases}. Herkende signalen van jou: {signals}. Acties van jou in de geschiedenis: {events}.',
  'mydata.prefsNone': 'geen',
  'mydata.download': 'Download (JSON, een uur geldig)',
  'mydata.note': 'Wil je dat ik dit wis? Vraag het Team Uthiek; zij kunnen je gegevens wissen. De inhoud van zaken blijft bewaard als gemeentelijk dossier, zonder je naam.',

  'erase.usage': 'Gebruik: "wis gegevens <object-id>" met het Microsoft Entra object-id van de persoon.',
  'erase.confirmTitle': 'Gegevens van {subject} wissen?',
  'erase.confirmText':
    'Ik verwijder zijn of haar voorkeuren, gesprekken met mij en signalen, en vervang het id in alle zaken en in de geschiedenis door een pseudoniem. Dit kan niet ongedaan worden gemaakt.',
  'erase.confirm': 'Definitief wissen',
  'erase.done': 'De gegevens zijn gewist; in zaken en geschiedenis staat nu {pseudonym}. {count} waarden aangepast.',
  'erase.notMember': 'Alleen Team Uthiek kan gegevens wissen.',
} satisfies Record<string, string>;
