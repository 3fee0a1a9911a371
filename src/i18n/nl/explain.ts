/** Dutch: why a scheduling proposal looks as it does (src/domain/schedule/explain.ts gives the codes). */
export const explain = {
  'explain.impact.high': 'hoge',
  'explain.impact.medium': 'middelhoge',
  'explain.impact.low': 'lage',
  'explain.noticeMet': 'Voldoet aan de minimale termijn van {days} werkdagen bij {impact} impact (vroegst {deadline}).',
  'explain.urgentNotice.one': 'Spoed: {given} werkdag vooraf in plaats van {required}, omdat: {reason}',
  'explain.urgentNotice.other': 'Spoed: {given} werkdagen vooraf in plaats van {required}, omdat: {reason}',
  'explain.withinHours': 'Op een werkdag, binnen de werktijden van behandelaar en casushouder ({from}–{to}, {tz}).',
  'explain.calendarsFree':
    "In de Outlook-agenda's van de behandelaar, de casushouder en de interne deelnemers is dit moment vrij.",
  'explain.panelRule':
    'Panelleden gekozen op passende expertise, daarna op de laagste belasting (deze maand, dan de laatste 90 dagen); beschikbaarheid bepaalt alleen wie in aanmerking komt.',
  'explain.memberWhy.one': '{name}: expertise {tags}; {load} toets deze maand',
  'explain.memberWhy.other': '{name}: expertise {tags}; {load} toetsen deze maand',
  'explain.smallPanel': '{chosen} van de gewenste {size} panelleden met passende expertise beschikbaar op deze dag.',
  'explain.bestCoverage': 'Gekozen omdat het panel op deze dag de meeste benodigde expertise dekt: {tags}.',
  'explain.noPanel.notNeeded': 'Geen panel: bij {impact} impact is het niet nodig.',
  'explain.noPanel.optional':
    'Geen panellid met passende expertise beschikbaar op deze dag; bij {impact} impact is het panel optioneel.',

  'problem.urgent-reason-required': 'Spoed kan alleen met een reden: geef aan waarom de kortere termijn nodig is.',
  'problem.no-expertise-needed':
    'Hoge impact vraagt een panellid met passende expertise, maar uit de casus volgt geen benodigde expertise (technologieën, persoonsgegevens, waarden).',
  'problem.no-matching-panel':
    'Geen panellid met passende expertise ({tags}) beschikbaar binnen {searchDays} dagen; hoge impact vraagt er minstens één.',
  'problem.free-busy-unavailable':
    "De Outlook-agenda's konden niet worden gelezen; controleer zelf of de behandelaar en de casushouder kunnen.",
  'problem.no-common-time': 'Geen werkdag binnen {searchDays} dagen waarop behandelaar en casushouder allebei kunnen.',
  'problem.fewer-slots-than-requested':
    'Slechts {found} van de {count} gevraagde voorstellen gevonden binnen {searchDays} dagen.',
  'problem.expertise-partly-covered':
    'Niet alle benodigde expertise is in het panel vertegenwoordigd; ontbreekt: {tags}.',

  'expertise.algorithms': 'algoritmen',
  'expertise.ai': 'AI',
  'expertise.privacy': 'privacy',
  'expertise.data-protection': 'gegevensbescherming',
  'expertise.surveillance': 'toezicht en surveillance',
  'expertise.platforms': 'platforms',
  'expertise.ethics': 'ethiek',
  'expertise.behaviour': 'gedrag',
  'expertise.inclusion': 'inclusie',
  'expertise.health': 'gezondheid',
  'expertise.law': 'recht',
  'expertise.discrimination': 'discriminatie',
  'expertise.security': 'informatiebeveiliging',
  'expertise.governance': 'governance',
  'expertise.procurement': 'inkoop',
} satisfies Record<string, string>;
