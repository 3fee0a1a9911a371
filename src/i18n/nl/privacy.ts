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
  'erase.preview.records.one':
    'Ik verwijder 1 gegeven dat alleen van deze persoon is (voorkeuren, gesprekken met mij, signalen, beschikbaarheid, geplande berichten of gegevens als lid van de klankbordgroep).',
  'erase.preview.records.other':
    'Ik verwijder {records} gegevens die alleen van deze persoon zijn (voorkeuren, gesprekken met mij, signalen, beschikbaarheid, geplande berichten of gegevens als lid van de klankbordgroep).',
  'erase.preview.cases.none': 'Deze persoon staat in geen enkele zaak.',
  'erase.preview.cases.one':
    'In 1 zaak waarin deze persoon staat, vervang ik het id door een pseudoniem en verwijder ik naam en e-mailadres.',
  'erase.preview.cases.other':
    'In {cases} zaken waarin deze persoon staat, vervang ik het id door een pseudoniem en verwijder ik naam en e-mailadres.',
  'erase.preview.events.one': 'In 1 gebeurtenis in de geschiedenis vervang ik het id door een pseudoniem.',
  'erase.preview.events.other': 'In {events} gebeurtenissen in de geschiedenis vervang ik het id door een pseudoniem.',
  'erase.preview.texts.one': 'Ik maak 1 tekst leeg die deze persoon zelf schreef.',
  'erase.preview.texts.other': 'Ik maak {texts} teksten leeg die deze persoon zelf schreef.',
  'erase.preview.openTexts.one': 'Daarvan staat er 1 in een zaak die nog loopt.',
  'erase.preview.openTexts.other': 'Daarvan staan er {openTexts} in zaken die nog lopen.',
  'erase.preview.mentions.one':
    'In 1 tekst van iemand anders vervang ik de volledige naam, het e-mailadres of het id van deze persoon door [gewist].',
  'erase.preview.mentions.other':
    'In {mentions} teksten van anderen vervang ik de volledige naam, het e-mailadres of het id van deze persoon door [gewist].',
  'erase.preview.nothingElse': 'Verder verander ik niets in zaken.',
  'erase.preview.end': 'De feiten en de cijfers blijven. Dit kan niet ongedaan worden gemaakt.',
  'erase.confirm': 'Definitief wissen',
  'erase.done.one':
    'De gegevens zijn gewist; zaken en geschiedenis noemen deze persoon nu een gewiste persoon (pseudoniem {pseudonym}). Ik heb {count} document of gebeurtenis aangepast.',
  'erase.done.other':
    'De gegevens zijn gewist; zaken en geschiedenis noemen deze persoon nu een gewiste persoon (pseudoniem {pseudonym}). Ik heb {count} documenten en gebeurtenissen aangepast.',
  'erase.erasedPerson': '(gewiste persoon)',
  'erase.gone': 'Deze persoon ken ik niet meer (al gewist?), dus ik heb niets veranderd.',
  'erase.notMember': 'Alleen Team Uthiek kan gegevens wissen.',
  'privacy.personalOnly':
    'Dat doe ik alleen in een persoonlijk gesprek, omdat het over iemands gegevens gaat. Open de chat met mij en typ het daar.',
} satisfies Record<string, string>;
