/** Dutch: a case that ends early (the lead withdraws it, Team Uthiek cancels it), and an assessment held outside the bot. */
export const ending = {
  'help.cmd.withdraw':
    'je aanmelding intrekken zolang Team Uthiek die nog niet heeft geaccepteerd, bijvoorbeeld "intrekken UTH-2026-001"',

  'withdraw.button': 'Aanmelding intrekken',
  'withdraw.title': 'Aanmelding {id} intrekken',
  'withdraw.intro':
    'Als je de aanmelding intrekt, stopt de zaak. Team Uthiek ziet dat je hem hebt ingetrokken. Wil je het project later toch laten toetsen, meld het dan opnieuw aan.',
  'withdraw.reason': 'Waarom trek je de aanmelding in? (niet verplicht)',
  'withdraw.confirm': 'Intrekken bevestigen',
  'withdraw.done': 'Je aanmelding {id} is ingetrokken.',
  'withdraw.already': 'Je aanmelding {id} is al ingetrokken.',
  'withdraw.notLead': 'Alleen de projectleider of wie het project heeft aangemeld, kan de aanmelding intrekken.',
  'withdraw.wrongState':
    '{status} Intrekken kan alleen zolang Team Uthiek de zaak nog niet heeft geaccepteerd; neem contact op met de behandelaar.',
  'withdraw.usage':
    'Noem de zaak die je wilt intrekken, bijvoorbeeld "intrekken UTH-2026-001". Typ "mijn zaken" voor je zaken.',

  'cancel.button': 'Zaak annuleren',
  'cancel.reason': 'Reden om te annuleren (verplicht; de projectleider krijgt die te zien)',
  'cancel.confirm': 'Annuleren bevestigen',
  'cancel.done':
    'Zaak {id} is geannuleerd. Een toets die nog moest komen is afgezegd; een toets die al is gehouden, blijft meetellen.',
  'cancel.error': 'Geef een reden om te annuleren (maximaal {max} tekens).',
  'cancel.notMember': 'Alleen Team Uthiek kan een zaak annuleren. Er is niets gewijzigd.',

  'held.button': 'Toets buiten de bot vastleggen',
  'held.title': 'Toets van {id} buiten de bot gehouden',
  'held.intro':
    'Leg een toets vast die al is gehouden zonder uitnodigingen van de bot: de datum en wie er waren. Er gaan geen uitnodigingen uit. Daarna leg je de uitkomst vast.',
  'held.date': 'Datum van de toets',
  'held.others': "Andere deelnemers (namen, met komma's ertussen)",
  'held.save': 'Toets vastleggen',
  'held.saved': 'De toets van {id} is vastgelegd; er zijn geen uitnodigingen verstuurd. Leg nu de uitkomst vast.',
  'held.error.date': 'Vul de datum van de toets in, niet in de toekomst.',
  'held.error.beforeRegistration':
    'De toets kan niet eerder zijn gehouden dan de zaak is aangemeld: vul {date} of later in.',
  'held.error.others': 'De andere deelnemers: maximaal {max} tekens.',
  'held.error.othersLink':
    'De andere deelnemers: een naam mag geen link of e-mailadres bevatten. Er is nog niets opgeslagen.',
  'held.wrongState':
    '{status} Een toets buiten de bot vastleggen kan alleen bij een geaccepteerde zaak zonder geplande toets.',
} satisfies Record<string, string>;
