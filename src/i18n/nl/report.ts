/** Dutch: reports, the dashboard and the algorithm register. */
export const report = {
  'help.cmd.report': 'cijfers uit de registratie, bijvoorbeeld "rapport 2026" of "rapport 2026 op 2026-06-30"',
  'help.cmd.algorithmRegister':
    'het algoritmeregister: registraties, tegenstrijdigheden en de export; "algoritmeregister laden" haalt het register op',

  'report.title': 'Rapportage {year}',
  'report.asOf': 'Stand per {date}. Elk cijfer komt uit de registratie en is te herleiden tot de zaken.',
  'report.asOfEndOf': 'Stand eind {date}. Elk cijfer komt uit de registratie en is te herleiden tot de zaken.',
  'report.progress': '{held} van {target} toetsen ({pct}%)',
  'report.section.assessments': 'Toetsen',
  'report.section.funnel': 'Van signaal tot toets',
  'report.section.leadTimes': 'Doorlooptijden (mediaan in dagen)',
  'report.section.advice': 'Opvolging van advies',
  'report.section.followThrough': 'Besluiten, beoordelingen en escalaties',
  'report.section.quality': 'Kwaliteit',
  'report.section.register': 'Algoritmeregister',
  'report.drill': 'Zaken',
  'report.csv': 'CSV-export',
  'report.json': 'JSON-export',
  'report.dashboard': 'Dashboard',
  'report.drillTitle': '{label}: {count}',
  'report.drillEmpty': 'Dit cijfer telt geen zaken.',
  'report.notMember': 'De rapportage is alleen voor Team Uthiek.',
  'report.notViewer':
    'De rapportage is alleen voor Team Uthiek en wie de rapportage mag inzien, zoals het management. Heb je toegang nodig, vraag het dan aan Team Uthiek: zij regelen het met de beheerder van de bot.',
  'report.usage': 'Gebruik: "rapport 2026" of "rapport 2026 op 2026-06-30".',
  'report.chart.funnel': 'Van signaal tot toets',
  'report.chart.years': 'Toetsen per jaar en het doel',
  'report.chart.advice': 'Opvolging van advies',
  'report.chart.target': 'doel',
  'report.figure': 'Cijfer',
  'report.table': 'Alle cijfers',

  'register.title': 'Algoritmeregister',
  'register.intro': 'Zaken met een algoritme: klopt wat het register zegt over de toets met onze registratie?',
  'register.line': 'toets: {assessed} · register: {stated}',
  'register.flag.contradiction': 'klopt niet: bijwerken',
  'register.flag.ok': 'klopt',
  'register.flag.unchecked': 'nog niet gecontroleerd',
  'register.notAssessed': 'nog niet getoetst',
  'register.edit': 'Vastleggen',
  'register.form.title': 'Registratie in het algoritmeregister van {id}',
  'register.form.url': 'Link naar de registratie (https://…)',
  'register.form.status': 'Wat zegt de registratie over de ethische toets?',
  'register.status.none': 'geen toets gedaan',
  'register.status.planned': 'toets gepland',
  'register.status.done': 'toets gedaan',
  'register.saved': 'De registratie van {id} is vastgelegd.',
  'register.export': 'Export voor het algoritmeregister',
  'register.empty': 'Er zijn geen zaken met een algoritme.',
  'register.error.url': 'Gebruik een link die begint met https://.',
  'register.error.status': 'Kies wat de registratie zegt.',
  'report.rules.title': 'Hoe dit rapport telt',
  'report.rule.1':
    'Dubbele zaken (samengevoegd met een andere zaak) tellen nergens mee, ook niet bij aanmeldingen gestart en ingediend.',
  'report.rule.2':
    'De trechter telt wat in de periode gebeurde: elke zaak één keer per stap, op het moment dat hij die stap voor het eerst bereikte. Ingetrokken en geannuleerde zaken tellen mee voor de stappen die ze bereikten.',
  'report.rule.3':
    'Toetsen tellen per kalenderjaar van de toetsdatum, elke zaak hoogstens één keer per jaar. Een gehouden toets blijft meetellen, ook als de zaak later is geannuleerd; een toets buiten de bot telt vanaf het moment dat hij is vastgelegd.',
  'report.rule.4':
    'Adviespunten tellen alleen bij zaken die zijn getoetst en niet zijn geannuleerd, met de status zoals die in het logboek staat. Over de termijn: niet afgerond na de einddatum. Sluit Team Uthiek een zaak terwijl er nog adviespunten open zijn, dan tellen die als nog open toen de zaak werd gesloten, en niet meer als over de termijn of geëscaleerd: niemand volgt ze nog op.',
  'report.rule.5':
    'Escalaties tellen per niveau: naar de behandelaar, naar de rapportage en naar elk niveau van de escalatielijn.',
  'report.rule.dpia':
    'Een DPIA telt als afgerond vóór de toets als de datum van de DPIA (de laatst vastgelegde) op of vóór de dag van de toets ligt; een afgeronde DPIA zonder datum telt apart. Toetsen uit de ingelezen geschiedenis tellen niet mee voor de DPIA.',
  'report.rule.planning':
    'Impact lager dan voorgesteld telt in de periode van de acceptatie; met spoed gepland en hoge impact zonder lid van de klankbordgroep dat had toegezegd tellen in de periode van de planning.',
  'report.rule.6':
    'Elk getal komt uit het logboek, is terug te voeren op de zaken (knop Zaken) en is voor elke eerdere datum opnieuw te maken.',
} satisfies Record<string, string>;
