/** Dutch: recording the outcome, the lead's decision, follow-up of advice, nudges and escalation. */
export const followup = {
  'outcome.button': 'Uitkomst vastleggen',
  'outcome.title': 'Uitkomst van de toets van {id}',
  'outcome.intro':
    'Leg de adviespunten vast, elk met de waarden waar het om gaat, een actiehouder en een datum, en de link naar het eindverslag.',
  'outcome.reportUrl': 'Link naar het eindverslag (https://…)',
  'outcome.heldOn': 'Datum van de toets',
  'outcome.panelPresent': 'Aanwezige leden van de klankbordgroep',
  'outcome.panelWritten': 'Leden van de klankbordgroep die schriftelijk inbreng gaven (niet aanwezig)',
  'outcome.noPanelReason':
    'Bij hoge impact: waarom nam geen lid van de klankbordgroep deel? (verplicht als niemand aanwezig was of schriftelijk inbreng gaf; dit komt in het rapport)',
  'outcome.error.noPanel':
    'Bij hoge impact neemt minstens één lid van de klankbordgroep deel, aanwezig of schriftelijk. Kies wie deelnam, of schrijf waarom niemand deelnam (maximaal {max} tekens).',
  'outcome.item': 'Adviespunt {n}',
  'outcome.itemText': 'Advies',
  'outcome.itemValues': 'Waarden',
  'outcome.itemOwner': 'Actiehouder (naam of e-mailadres; leeg = de projectleider)',
  'outcome.itemDue': 'Uiterlijk',
  'outcome.more': 'Nog een adviespunt',
  'outcome.save': 'Uitkomst opslaan',
  'outcome.saved':
    'De uitkomst van {id} is vastgelegd. De projectleider krijgt het advies en legt per punt een besluit vast.',
  'outcome.error.url': 'Vul de link naar het eindverslag in (begint met https://).',
  'outcome.error.date': 'Vul een geldige datum in, niet in de toekomst.',
  'outcome.error.items': 'Leg minstens één adviespunt vast.',
  'outcome.error.item':
    'Adviespunt {n}: vul advies (max {max} tekens), minstens één waarde en een datum vanaf vandaag in.',
  'outcome.error.ownerLink':
    'Adviespunt {n}: een naam mag geen link of e-mailadres bevatten. Vul als actiehouder een naam of alleen een e-mailadres in. Er is nog niets opgeslagen.',
  'outcome.notMember': 'Alleen Team Uthiek legt de uitkomst vast. Er is niets gewijzigd.',
  'outcome.wrongState': '{status} Een uitkomst vastleggen kan alleen na een geplande toets.',
  'outcome.notStarted':
    'De toets van {id} begint pas op {when}. Een uitkomst vastleggen kan vanaf het begin van de toets.',

  'decision.title': 'Advies van Team Uthiek over {id}',
  'decision.intro':
    'Het advies is niet bindend: jij besluit. Leg wel per punt vast of je het overneemt, en waarom. Zo is je besluit uit te leggen aan inwoners.',
  'decision.overall': 'Je besluit over het advies als geheel',
  'decision.overallReason': 'Waarom (verplicht)',
  'decision.item': 'Punt {n}: uiterlijk {due} · actiehouder: {owner}',
  'decision.itemChoice': 'Besluit over punt {n}',
  'decision.itemReason': 'Toelichting bij punt {n} (verplicht bij deels of niet)',
  'decision.adopt': 'Overnemen',
  'decision.partly': 'Deels overnemen',
  'decision.not': 'Niet overnemen',
  'decision.save': 'Besluit vastleggen',
  'decision.saved': 'Je besluit over {id} is vastgelegd.',
  'decision.savedNext':
    'Is een adviespunt na zijn datum nog niet afgerond, dan vraag ik je op werkdagen hoe het ermee staat.',
  'decision.reminderTitle': 'Herinnering: je besluit over het advies van {id}',
  'decision.reminder': 'Je besluit over het advies is nog niet vastgelegd (herinnering {count}).',
  'decision.report': 'Eindverslag lezen',
  'decision.error.overall': 'Kies je besluit over het geheel en schrijf waarom.',
  'decision.error.item': 'Punt {n}: kies een besluit; bij deels of niet ook een toelichting.',
  'decision.notLead': 'Alleen de projectleider legt het besluit vast.',
  'decision.done': 'Het besluit over {id} is al vastgelegd.',

  'outcome.ownerNotFound.title': 'Actiehouder niet gevonden bij {id}',
  'outcome.ownerNotFound':
    'Ik heb {owner}, de actiehouder van adviespunt {n} van {id}, niet gevonden in Teams; de herinneringen over dit punt gaan daarom naar de projectleider.',
  'nudge.title': 'Hoe staat het met het advies over {id}?',
  'nudge.intro': 'Deze adviespunten zijn aan de beurt. Werk de status bij; dat kan hier direct.',
  'nudge.item': 'Punt {n} · uiterlijk {due} · nu: {status}',
  'nudge.status': 'Nieuwe status van punt {n}',
  'nudge.reason': 'Reden (verplicht bij niet gevolgd of niet meer relevant)',
  'nudge.save': 'Bijwerken',
  'nudge.week': 'Over een week opnieuw',
  'nudge.month': 'Over een maand opnieuw',
  'nudge.delegate': 'Punt {n} naar de actiehouder',
  'nudge.saved': 'Bijgewerkt. Dank je!',
  'nudge.snoozed': 'Goed, ik vraag het opnieuw op {date}.',
  'nudge.snoozedUncounted':
    'Goed, ik vraag het opnieuw op {date}. Dit punt is al vaker uitgesteld zonder dat de status veranderde: dit uitstel telt niet als antwoord. Blijft het onbeantwoord, dan hoort de behandelaar ervan.',
  'nudge.snoozeLimit.one':
    'Punt {n} is {count} keer uitgesteld zonder dat de status veranderde. Opnieuw uitstellen kan, maar telt niet meer als antwoord.',
  'nudge.snoozeLimit.other':
    'Punt {n} is {count} keer uitgesteld zonder dat de status veranderde. Opnieuw uitstellen kan, maar telt niet meer als antwoord.',
  'nudge.delegated': 'Punt {n} ligt nu bij de actiehouder; ik vraag het voortaan aan hen.',
  'nudge.closed': 'Alle adviespunten van {id} zijn afgehandeld. De zaak is gesloten. Dank je!',
  'nudge.error.status': 'Punt {n}: kies een status uit de lijst.',
  'nudge.error.noStatus': 'Kies bij minstens één punt een nieuwe status; er is nog niets bijgewerkt.',
  'nudge.error.reason': 'Punt {n}: geef een reden.',
  'nudge.gone': 'Op deze herinnering hoef je niet meer te antwoorden.',
  'nudge.notYours': 'Alleen de projectleider of de actiehouder van een punt kan het bijwerken.',
  'nudge.cannotDelegate': 'Punt {n} heeft geen actiehouder die ik in Teams kan bereiken.',
  'status.open': 'open',
  'status.in-progress': 'bezig',
  'status.implemented': 'uitgevoerd',
  'status.not-followed': 'niet gevolgd',
  'status.no-longer-relevant': 'niet meer relevant',

  'escalation.handler.one':
    'Adviespunt {n} van {id} is na {count} herinnering nog niet beantwoord. Wil je contact opnemen met de projectleider?',
  'escalation.handler.other':
    'Adviespunt {n} van {id} is na {count} herinneringen nog niet beantwoord. Wil je contact opnemen met de projectleider?',
  'escalation.decision.one':
    'Het besluit van {lead} over het advies van {id} is na {count} herinnering nog niet vastgelegd. Wil je contact opnemen?',
  'escalation.decision.other':
    'Het besluit van {lead} over het advies van {id} is na {count} herinneringen nog niet vastgelegd. Wil je contact opnemen?',
  'escalation.summary': 'Advies over {id} wacht op antwoord',

  'close.button': 'Zaak sluiten',
  'close.reason': 'Reden om te sluiten (verplicht)',
  'close.confirm': 'Sluiten bevestigen',
  'close.done': 'Zaak {id} is gesloten.',
  'close.error': 'Geef een reden om te sluiten.',
} satisfies Record<string, string>;
