/** Dutch: the DPIA record of a case, and what privacy officers are asked. */
export const dpia = {
  'help.cmd.dpia': 'de DPIA van een zaak bekijken of bijwerken, bijvoorbeeld "dpia UTH-2026-001"',

  'dpia.title': 'DPIA van zaak {id}',
  'dpia.intro':
    'Een DPIA (gegevensbeschermingseffectbeoordeling) is verplicht als een verwerking van persoonsgegevens een hoog risico kan hebben. Leg hier vast hoe het ermee staat, met de datum en, als die er is, een link.',
  'dpia.current.none': 'Er is nog niets over de DPIA vastgelegd.',
  'dpia.current.not-needed': 'Er is geen DPIA nodig.',
  'dpia.current.not-needed.dated': 'Er is geen DPIA nodig (vastgesteld op {date}).',
  'dpia.current.planned': 'De DPIA is gepland; er is nog geen datum.',
  'dpia.current.planned.dated': 'De DPIA is gepland voor {date}.',
  'dpia.current.in-progress': 'De DPIA is bezig.',
  'dpia.current.in-progress.dated': 'De DPIA is bezig sinds {date}.',
  'dpia.current.done': 'De DPIA is afgerond; de datum is niet vastgelegd.',
  'dpia.current.done.dated': 'De DPIA is afgerond op {date}.',
  'dpia.current.unknown': 'De projectleider weet niet of een DPIA nodig is.',
  'dpia.current.unknown.dated': 'De projectleider weet niet of een DPIA nodig is.',
  'dpia.confirmedOn': 'Een privacyadviseur heeft dit bevestigd op {date}.',
  'dpia.field.status': 'Status van de DPIA',
  'dpia.field.date': 'Datum: afgerond op (verplicht als die is afgerond), of gepland of gestart op',
  'dpia.field.reason': 'Toelichting (verplicht als er geen DPIA nodig is: waarom niet?)',
  'dpia.field.link': 'Link naar de DPIA (https://…)',
  'dpia.save': 'DPIA vastleggen',
  'dpia.confirm': 'Bevestigen als privacyadviseur',
  'dpia.button': 'DPIA bijwerken',
  'dpia.saved': 'De DPIA van zaak {id} is vastgelegd.',
  'dpia.unchanged': 'Er is niets veranderd: de DPIA stond al zo vastgelegd.',
  'dpia.confirmed': 'Je hebt de DPIA van zaak {id} bevestigd.',
  'dpia.error.status': 'Kies een status.',
  'dpia.error.reasonRequired': 'Schrijf waarom er geen DPIA nodig is.',
  'dpia.error.dateRequired': 'Vul de datum in waarop de DPIA is afgerond.',
  'dpia.error.invalidDate': 'Dit is geen geldige datum.',
  'dpia.error.futureDate': 'Een afgeronde DPIA kan geen datum in de toekomst hebben.',
  'dpia.error.invalidUrl': 'Gebruik een link die begint met https:// (maximaal 500 tekens).',
  'dpia.error.tooLong': 'Te lang: maximaal 1000 tekens.',
  'dpia.usage': 'Gebruik: "dpia UTH-2026-001", met het nummer van de zaak.',
  'dpia.notAllowed':
    'De DPIA van een zaak bekijken en bijwerken kunnen alleen de projectleider, Team Uthiek en de privacyadviseurs. Er is niets gewijzigd.',
  'dpia.notYet': '{status} Tot Team Uthiek de zaak accepteert, staat de DPIA in de aanmelding.',
  'dpia.onlyOfficer': 'Alleen een privacyadviseur kan een DPIA bevestigen. Er is niets gewijzigd.',
  'dpia.ask.intro':
    'De projectleider van deze zaak weet niet of een DPIA nodig is. Wil je meekijken? Leg vast wat nodig is, of bevestig wat er staat.',
  'dpia.ask.noOfficer':
    'De projectleider van zaak {id} weet niet of een DPIA nodig is, en ik weet niet wie de privacyadviseur is: de beheerder van de bot kan dat instellen. Leg de vraag tot die tijd zelf voor aan een privacyadviseur en leg de uitkomst vast met "dpia {id}".',

  'event.dpia.recorded': 'DPIA vastgelegd',
  'event.dpia.confirmed': 'DPIA bevestigd door een privacyadviseur',
} satisfies Record<string, string>;
