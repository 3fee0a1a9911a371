/** Dutch: general texts (welcome, help, errors). */
export const common = {
  'app.name': 'Uthiek Bot',
  'common.back': 'Terug',
  'common.cancel': 'Annuleren',
  'common.error': 'Er ging iets mis aan mijn kant. Er is niets verloren gegaan; probeer het zo nog eens.',
  'common.notAllowed': 'Dit mag alleen {who}. Er is niets gewijzigd.',
  'common.unknownUser': 'Ik kan niet vaststellen wie je bent, dus ik kan dit niet uitvoeren.',
  'common.staleCard': 'Deze kaart is verouderd: de zaak is intussen gewijzigd. Hier is de actuele stand.',
  // the same, where no current card comes with the answer: say how to get it, promise nothing
  'common.staleNoCard':
    'Deze kaart is verouderd: de zaak is intussen gewijzigd, dus ik heb niets opgeslagen. Typ "mijn zaken" (Team Uthiek: "zaken") om de zaak zoals die nu is te openen.',
  'common.invalidAction': 'Deze actie ken ik niet (meer). Typ "help" voor wat ik kan.',
  // a form saved only as a whole: with a mistake, nothing of it is saved
  'common.errorsNothingSaved':
    'Nog niet alles klopt ({count}). Er is nog niets opgeslagen; zie de meldingen hieronder.',
  'common.rosterUnavailable':
    'Ik kan nu niet nagaan of je bij Team Uthiek hoort: Teams antwoordt niet op tijd. Ik vraag het op de achtergrond na; probeer het over een minuut opnieuw. Er is niets gewijzigd.',

  'welcome.title': 'Welkom bij Uthiek Bot',
  'welcome.intro':
    'Ik help de gemeente Utrecht om nieuwe digitaliseringsprojecten op tijd langs Team Uthiek te laten gaan, voor een ethische toets aan de Utrechtse waarden.',
  'welcome.what': 'Wat ik doe',
  'welcome.point.signal':
    'Ik merk het op als een gesprek over een nieuw digitaliseringsproject gaat, en nodig je uit om het aan te melden.',
  'welcome.point.intake': 'Ik help je stap voor stap een volledige zaakbeschrijving te maken.',
  'welcome.point.followup': 'Ik houd bij wat er met het advies gebeurt.',
  'welcome.privacy':
    'Privacy: ik lees kanaalberichten alleen om projecten te herkennen. De tekst van berichten waar ik niets mee doe, bewaar ik niet.',
  'welcome.start': 'Typ "help" om te zien wat je kunt doen.',
  'welcome.team':
    'Hallo! Ik ben Uthiek Bot. Praat je hier over een nieuw digitaliseringsproject, dan nodig ik de schrijver privé uit om het bij Team Uthiek aan te melden. Typ "@Uthiek Bot help" voor meer.',

  'help.title': 'Wat kan Uthiek Bot?',
  'help.intro': 'Je kunt deze opdrachten typen in je chat met mij:',
  'help.uthiekOnly': 'Alleen voor Team Uthiek:',
  'help.viewerOnly': 'Voor wie de rapportage leest:',
  'help.footer': 'Je kunt ook in het Engels met me praten: typ "taal en". Terug naar Nederlands: typ "taal nl".',
  'help.cmd.help': 'dit overzicht',
  'help.cmd.language': 'kies Nederlands of Engels',

  'fallback.text': 'Sorry, dat begrijp ik niet. Typ "help" om te zien wat ik kan.',
  'fallback.suggest': 'Sorry, dat begrijp ik niet. Bedoel je "{command}"? Typ "help" om te zien wat ik kan.',

  'language.set': 'Ik praat vanaf nu Nederlands met je.',
  'language.usage': 'Kies "taal nl" of "taal en".',
  'language.name.nl': 'Nederlands',
  'language.name.en': 'Engels',
} satisfies Record<string, string>;
