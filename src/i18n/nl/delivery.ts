/** Dutch: messages that could not be bezorgd (delivered), and to whom; the roster that could not be read. */
export const delivery = {
  'delivery.report.case':
    'Niet alles over {id} is bezorgd. Neem zelf contact op met wie het betreft, want ik probeer het niet opnieuw.',
  'delivery.report.system':
    'Niet alles is bezorgd. Neem zelf contact op met wie het betreft, want ik probeer het niet opnieuw.',
  'delivery.report.more.one': 'En nog {count} ander bericht; typ "zaken" en open de zaak voor het hele overzicht.',
  'delivery.report.more.other': 'En nog {count} andere berichten; typ "zaken" en open de zaak voor het hele overzicht.',
  'delivery.line.failed': 'Ik kon {what} niet bezorgen bij {who}, want {why}.',
  'delivery.line.unknown':
    'Ik weet niet of {what} bij {who} is bezorgd, want {why}. Vraag het na voordat je het zelf opnieuw stuurt.',
  'delivery.line.channel': 'Ik kon {what} niet in het kanaal van Team Uthiek plaatsen, want {why}.',
  'delivery.count.one': 'Niet bezorgd: {count} bericht. Open de zaak om te zien wat, aan wie en waarom.',
  'delivery.count.other': 'Niet bezorgd: {count} berichten. Open de zaak om te zien wat, aan wie en waarom.',
  'delivery.detail.title': 'Berichten die niet zijn bezorgd',

  'delivery.what.triage-card': 'de kaart van {id}',
  'delivery.what.lead-notice': 'het bericht over de behandeling van {id}',
  'delivery.what.assessment-notice': 'het bericht over de toets van {id}',
  'delivery.what.assessment-notice.invite': 'de uitnodiging voor de toets van {id}',
  'delivery.what.assessment-notice.updated': 'de gewijzigde uitnodiging voor de toets van {id}',
  'delivery.what.assessment-notice.cancelled': 'de afzegging van de toets van {id}',
  'delivery.what.assessment-notice.prep': 'het voorbereidingspakket voor de toets van {id}',
  'delivery.what.assessment-notice.reminder': 'de herinnering aan de toets van {id}',
  'delivery.what.poll': 'de vraag naar beschikbaarheid voor de toets van {id}',
  'delivery.what.nudge': 'de herinnering aan het advies over {id}',
  'delivery.what.decision-request': 'het advies over {id}, met de vraag om een besluit',
  'delivery.what.escalation': 'een melding over {id}',
  'delivery.what.signal-invite': 'een uitnodiging om een project aan te melden',
  'delivery.what.dpia-question': 'de vraag aan een privacyadviseur over de DPIA van {id}',
  'delivery.what.report': 'een melding over berichten die niet zijn bezorgd',
  'delivery.what.monthly-report': 'de maandrapportage in het rapportagekanaal',

  'delivery.what.lookup': 'het bericht over iemand van {id} die ik niet vond in Teams',
  'delivery.what.proposal': 'de voorgestelde momenten voor de toets van {id}',
  'delivery.what.calendar-event': 'de afspraak in de agenda van Team Uthiek voor de toets van {id}',
  'delivery.what.calendar-event.invite': 'de Outlook-uitnodiging voor de toets van {id}',
  'delivery.what.calendar-event.updated': 'de gewijzigde Outlook-uitnodiging voor de toets van {id}',
  'delivery.what.calendar-event.cancelled': 'de Outlook-afzegging van de toets van {id}',
  'delivery.what.email': 'de e-mail over de toets van {id}',
  'delivery.what.email.poll': 'de e-mail met de vraag naar beschikbaarheid voor de toets van {id}',
  'delivery.what.email.prep': 'de e-mail met het voorbereidingspakket voor de toets van {id}',
  'delivery.line.calendar': 'Ik kon {what} niet opslaan in Microsoft 365 (Outlook of SharePoint), want {why}.',
  'delivery.why.outlook.no-route': 'ik ken geen e-mailadres van deze persoon',
  'delivery.why.outlook.unreachable': 'Outlook kent de gedeelde mailbox, de afspraak of de persoon niet',
  'delivery.why.outlook.refused':
    'Microsoft Graph weigerde het verzoek (controleer de toestemmingen van de app en het toegangsbeleid van de mailbox)',
  'delivery.why.outlook.throttled': 'Microsoft Graph bleef het verzoek tegenhouden of gaf telkens een storing',
  'delivery.why.outlook.server-error': 'Microsoft Graph gaf een storing terwijl ik het verstuurde',
  'delivery.why.outlook.interrupted': 'ik werd herstart terwijl ik het verstuurde',

  'delivery.who.someone': 'een deelnemer',
  'delivery.who.signalAuthor': 'de schrijver van een bericht (wie, houd ik privé)',
  'delivery.who.handler': 'behandelaar',

  'delivery.why.no-route': 'ik heb nog geen chat met deze persoon en vond die ook niet in een team waar ik in zit',
  'delivery.why.unreachable': 'Teams weigert berichten van mij (de app is verwijderd of ik ben geblokkeerd)',
  'delivery.why.refused': 'Teams weigerde het bericht',
  'delivery.why.throttled': 'Teams bleef het bericht tegenhouden omdat er te veel tegelijk werden verstuurd',
  'delivery.why.server-error': 'Teams gaf een storing terwijl ik het verstuurde',
  'delivery.why.interrupted': 'ik werd herstart terwijl ik het verstuurde',

  // cards opened again later (Universal Actions refresh): where things stand now
  'refresh.nudge.settled': 'Alle adviespunten op deze kaart zijn afgehandeld.',
  'refresh.poll.planned': 'Team Uthiek heeft een moment gekozen: de toets is op {when}.',
  'refresh.poll.superseded': 'Team Uthiek heeft nieuwe momenten voorgesteld; deze vraag is vervallen.',
  'refresh.assessment.moved': 'Dit bericht is achterhaald: de toets is verplaatst naar {when}.',
  'refresh.assessment.cancelled': 'Dit bericht is achterhaald: de toets van {id} gaat niet door.',
  'refresh.assessment.title': 'Toets van zaak {id}',
  // a card asked for by someone it was not sent to
  'refresh.notMember': 'Alleen Team Uthiek kan deze kaart zien.',
  'refresh.notYours': 'Alleen wie bij deze zaak betrokken is en Team Uthiek kunnen deze kaart zien.',
} satisfies Record<string, string>;
