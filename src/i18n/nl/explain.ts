/** Dutch: why a scheduling proposal looks as it does (src/domain/schedule/explain.ts gives the codes). */
export const explain = {
  'explain.impact.high': 'hoog',
  'explain.impact.medium': 'midden',
  'explain.impact.low': 'laag',
  'explain.noticeMet.one':
    'Voldoet aan de minimale termijn van {days} werkdag bij impact {impact} (vroegst {deadline}).',
  'explain.noticeMet.other':
    'Voldoet aan de minimale termijn van {days} werkdagen bij impact {impact} (vroegst {deadline}).',
  'explain.urgentNotice.one': 'Spoed: {given} werkdag vooraf in plaats van {required}, omdat: {reason}',
  'explain.urgentNotice.other': 'Spoed: {given} werkdagen vooraf in plaats van {required}, omdat: {reason}',
  'explain.withinHours': 'Op een werkdag, binnen de werktijden van behandelaar en projectleider ({from}–{to}, {tz}).',
  'explain.calendarsFree':
    "In de Outlook-agenda's van de behandelaar, de projectleider en de interne deelnemers is dit moment vrij.",
  'explain.panelRule':
    'Leden van de klankbordgroep gekozen op passende expertise, daarna op de laagste belasting (deze maand, dan de laatste 90 dagen); beschikbaarheid bepaalt alleen wie in aanmerking komt.',
  'explain.memberWhy.one': '{name}: expertise {tags}; {load} toets deze maand',
  'explain.memberWhy.other': '{name}: expertise {tags}; {load} toetsen deze maand',
  'explain.smallPanel.one':
    '{chosen} van de gewenste {size} leden van de klankbordgroep met passende expertise kan op deze dag.',
  'explain.smallPanel.other':
    '{chosen} van de gewenste {size} leden van de klankbordgroep met passende expertise kunnen op deze dag.',
  'explain.bestCoverage': 'Gekozen omdat de klankbordgroep op deze dag de meeste benodigde expertise dekt: {tags}.',
  'explain.noPanel.notNeeded': 'Geen klankbordgroep: bij impact {impact} is die niet nodig.',
  'explain.noPanel.optional':
    'Geen lid van de klankbordgroep met passende expertise kan op deze dag; bij impact {impact} is de klankbordgroep niet verplicht.',

  'problem.urgent-reason-required': 'Spoed kan alleen met een reden: geef aan waarom de kortere termijn nodig is.',
  'problem.no-expertise-needed':
    'Hoge impact vraagt een lid van de klankbordgroep met passende expertise, maar uit de zaak volgt geen benodigde expertise (technologieën, persoonsgegevens, waarden).',
  'problem.no-matching-panel':
    'Geen lid van de klankbordgroep met passende expertise ({tags}) kan binnen {searchDays} dagen; hoge impact vraagt er minstens één.',
  'problem.free-busy-unavailable':
    "De Outlook-agenda's konden niet worden gelezen; controleer zelf of de behandelaar en de projectleider kunnen.",
  'problem.no-common-time':
    'Geen werkdag binnen {searchDays} dagen waarop behandelaar en projectleider allebei kunnen.',
  'problem.fewer-slots-than-requested':
    'Slechts {found} van de {count} gevraagde voorstellen gevonden binnen {searchDays} dagen.',
  'problem.expertise-partly-covered':
    'Niet alle benodigde expertise is in de klankbordgroep vertegenwoordigd; ontbreekt: {tags}.',
} satisfies Record<string, string>;
