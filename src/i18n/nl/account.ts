/** Dutch: the yearly account to the council (jaarverantwoording) and the monthly report in a channel. */
export const account = {
  'help.cmd.account':
    'de jaarverantwoording aan de gemeenteraad: toetsen per organisatieonderdeel, waarde en thema, bijvoorbeeld "jaarverantwoording 2025"',
  'account.title': 'Jaarverantwoording {year}',
  'account.intro':
    'De cijfers van "rapport {year}", verdeeld over organisatieonderdelen, waarden en thema\'s. Stand per {date}.',
  'account.introEndOf':
    'De cijfers van "rapport {year}", verdeeld over organisatieonderdelen, waarden en thema\'s. Stand eind {date}.',
  'account.totals': 'Totaal over {year}',
  'account.figure.held': 'Toetsen gehouden',
  'account.figure.highImpact': 'Toetsen met hoge impact',
  'account.figure.withPanel': 'Hoge impact, met een lid van de klankbordgroep',
  'account.figure.dpiaDoneBefore': 'DPIA afgerond vóór de toets',
  'account.column.held': 'Toetsen',
  'account.column.highImpact': 'Hoge impact',
  'account.column.withPanel': 'Met klankbordgroep',
  'account.column.dpiaDoneBefore': 'DPIA vooraf',
  'account.column.cases': 'Zaken',
  'account.breakdown.total': 'Totaal',
  'account.breakdown.unit': 'Per organisatieonderdeel',
  'account.breakdown.valueAtStake': 'Per waarde die op het spel staat',
  'account.breakdown.valueServed': 'Per waarde die het project dient',
  'account.breakdown.theme': 'Per thema (de soort technologie uit de aanmelding)',
  'account.group.unit': 'Organisatieonderdeel',
  'account.group.valueAtStake': 'Waarde op het spel',
  'account.group.valueServed': 'Waarde die het dient',
  'account.group.theme': 'Thema',
  'account.notRecorded': 'Niet vastgelegd',
  'account.more.one': 'Nog {count} groep staat in de CSV- en JSON-export.',
  'account.more.other': 'Nog {count} groepen staan in de CSV- en JSON-export.',
  'account.empty': 'In dit jaar zijn geen toetsen gehouden.',
  'account.rules.title': 'Hoe de jaarverantwoording telt',
  'account.rule.same':
    'Alle cijfers zijn die van "rapport {year}": het totaal aan toetsen is hetzelfde getal, met dezelfde zaken.',
  'account.rule.breakdowns':
    "Elke toets telt bij één organisatieonderdeel. Bij de waarden en thema's telt een zaak bij elke waarde en elk thema dat ze heeft; die groepen samen zijn daarom meer dan het totaal.",
  'account.rule.theme':
    "Een thema is de soort technologie die bij de aanmelding is gekozen (bijvoorbeeld algoritme of AI, camera's, chatbot). Organisatieonderdeel, waarden en thema's komen uit de aanmelding zoals die nu is vastgelegd.",
  'account.rule.history':
    'Toetsen uit de ingelezen geschiedenis hebben een organisatieonderdeel maar geen waarden of thema\'s: die tellen daar bij "Niet vastgelegd". Voor de DPIA tellen ze niet mee.',
  'account.drillTitle': '{group} ({breakdown}), toetsen in {year}: {count}',
  'account.usage': 'Gebruik: "jaarverantwoording 2025" of "jaarverantwoording 2025 op 2026-01-31".',
  'account.csv.breakdown': 'Indeling',
  'account.csv.group': 'Groep',
  'account.csv.figure': 'Cijfer',
  'account.csv.value': 'Aantal',
  'account.csv.caseIds': 'Zaken',

  'monthly.title': 'Maandrapportage {month}',
  'monthly.intro':
    'De cijfers over {month}, uit de registratie. De volledige rapportage van {year}, met de zaken achter elk cijfer, opent met de knop hieronder.',
  'monthly.progress': 'Toetsen in {year} tot en met {month}: {held} van de {target}.',
  'monthly.open': 'Volledige rapportage',
} satisfies Record<string, string>;
