/** Dutch: signals (invitations to register a project), quiet settings, the message action. */
export const signal = {
  'help.cmd.quiet': 'geen uitnodigingen meer over herkende projecten (in een kanaal: daar niet meer opletten)',
  'help.cmd.signalsOn': 'uitnodigingen weer aanzetten (ook per kanaal)',
  'help.cmd.delivery': 'in een team: uitnodigingen "privé" of "in de draad" sturen',

  'signal.invite.title': 'Gaat dit over een nieuw digitaliseringsproject?',
  'signal.invite.body':
    'In je bericht zag ik aanwijzingen voor een nieuw digitaliseringsproject. Team Uthiek toetst zulke projecten graag zo vroeg mogelijk aan de Utrechtse waarden. Dit is een uitnodiging, geen verplichting: jij beslist.',
  'signal.invite.thread':
    'Dit klinkt als een nieuw digitaliseringsproject. Alleen de schrijver van het bericht kan hieronder antwoorden.',
  'signal.invite.why': 'Waarom ik dit denk',
  'signal.invite.link': 'Bekijk het bericht',
  'signal.invite.start': 'Ja, aanmelden',
  'signal.invite.notProject': 'Geen digitaliseringsproject',
  'signal.invite.already': 'Al aangemeld bij Uthiek',
  'signal.invite.quiet': 'Vraag me dit nooit meer',
  'signal.thanks.notProject':
    'Dank je! Ik vraag je hier niet meer over. Je antwoord telt mee in de rapportage over hoe vaak ik een bericht ten onrechte voor een project hield.',
  'signal.thanks.already': 'Dank je! Dan hoeft er niets te gebeuren; ik vraag je hier niet meer over.',
  'signal.link.title': 'Bij welke zaak hoort dit project?',
  'signal.link.intro':
    'Fijn dat het project al is aangemeld. Kies de zaak, of zoek op zaaknummer of projectnaam, dan koppel ik je bericht eraan. Staat hij er niet bij, meld het project dan aan.',
  'signal.link.chooseLabel': 'Zaken die erbij kunnen horen',
  'signal.link.noCases': 'Ik vond geen zaak bij je bericht of op jouw naam.',
  'signal.link.query': 'Zoek op zaaknummer (bijvoorbeeld UTH-2026-001) of projectnaam',
  'signal.link.button': 'Koppelen',
  'signal.link.start': 'Toch aanmelden',
  'signal.link.choose': 'Kies een zaak of vul een zoekterm in.',
  'signal.link.several': 'Meer dan één zaak past bij je zoekterm. Kies de juiste.',
  'signal.link.none': 'Ik vond geen zaak bij "{query}". Probeer een zaaknummer of een ander woord uit de projectnaam.',
  'signal.link.done': 'Je bericht is gekoppeld aan {id} ({name}). {status}',
  'signal.gone': 'Deze uitnodiging is verlopen of al beantwoord.',
  'signal.notYours':
    'Deze uitnodiging is voor de schrijver van het bericht. Wil je zelf een project aanmelden? Typ "aanmelden" in je chat met mij.',
  'signal.quiet.on': 'Ik stuur je geen uitnodigingen meer. Typ "signalen aan" om dat terug te draaien.',
  'signal.quiet.off': 'Ik mag je weer uitnodigen als ik een nieuw project herken.',
  'signal.channelQuiet.on':
    'In dit kanaal let ik niet meer op nieuwe projecten. Typ "@Uthiek Bot signalen aan" om dat terug te draaien.',
  'signal.channelQuiet.off': 'Ik let in dit kanaal weer op nieuwe projecten.',
  'signal.delivery.private': 'Uitnodigingen in dit team stuur ik vanaf nu privé naar de schrijver.',
  'signal.delivery.thread': 'Uitnodigingen in dit team zet ik vanaf nu als antwoord in de draad.',
  'signal.delivery.usage': 'Kies "@Uthiek Bot uitnodigingen privé" of "@Uthiek Bot uitnodigingen in de draad".',
  'signal.delivery.onlyTeam': 'Dit kan alleen in een kanaal van een team.',

  'messageAction.started':
    'Je aanmelding {id} is gestart met dit bericht als beschrijving. Je vindt hem in je chat met Uthiek Bot.',
  'messageAction.startedEmpty':
    'Je aanmelding {id} is gestart. De tekst van het bericht kon ik niet lezen, dus vul je de beschrijving zelf in. Je vindt hem in je chat met Uthiek Bot.',
  'messageAction.noRoute':
    'Ik kan je nog geen bericht sturen. Open eerst een chat met Uthiek Bot en probeer het dan opnieuw.',
  'messageAction.unknown':
    'Deze actie ken ik niet (meer). Kies "Meld bij Uthiek" bij een bericht om een project aan te melden, of typ "help" in je chat met Uthiek Bot.',
} satisfies Record<string, string>;
