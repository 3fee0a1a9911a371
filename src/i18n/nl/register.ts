/** Dutch: the algorithm register (its export in the publication standard, loading and comparing its file). */
export const register = {
  'register.entry.noDpia': 'Er is geen DPIA gedaan: {reason}',
  'register.entry.inHouse': 'Intern ontwikkeld',
  'register.entry.letter': 'Adviesbrief Utrecht Uthiek Assessment (versie {version})',
  'register.exportCsv': 'Export voor het algoritmeregister (CSV)',
  'register.loadedFrom': 'Het register is geladen uit {source} op {date} (registraties: {entries}).',
  'register.notLoaded':
    'Er is nog geen bestand van het register geladen. Typ "algoritmeregister laden" om het op te halen, of leg per zaak vast wat het register zegt.',
  'register.match.id': 'In het register staat "{name}", gekoppeld op het zaaknummer of de id van het register.',
  'register.match.link': 'In het register staat "{name}", gekoppeld op de link.',
  'register.match.name': 'In het register staat "{name}", gekoppeld op de naam. Controleer of dat klopt.',
  'register.match.member': 'In het register staat "{name}", gekoppeld door Team Uthiek.',
  'register.match.none': 'Deze zaak is niet gevonden in het geladen register.',
  'register.contradiction.assessment-not-listed':
    'De zaak is getoetst, maar de registratie noemt de ethische toets niet.',
  'register.contradiction.listed-not-assessed':
    'De registratie noemt de ethische toets, maar de zaak is nog niet getoetst.',
  'register.contradiction.dpia-not-listed': 'De DPIA is gedaan, maar de registratie noemt geen DPIA.',
  'register.contradiction.not-in-register':
    'De zaak heeft een algoritme en is door Team Uthiek aangenomen, maar staat niet in het register.',
  'register.orphan':
    'De registratie "{name}" (nummer {position} in het bestand) noemt de ethische toets, maar er is geen zaak bij.',
  'register.form.entry': 'Welke registratie in het geladen register hoort bij deze zaak?',
  'register.form.entryAuto': 'Laat de bot zoeken (zaaknummer, link of naam)',
  'register.form.entryNone': 'Deze zaak staat niet in het register',
  'register.form.fallback': 'Staat de zaak niet in het geladen bestand? Leg dan hieronder vast wat het register zegt.',
  'register.error.entry': 'Kies een registratie uit de lijst.',
  'register.load.started':
    'Ik haal het algoritmeregister op. Je krijgt bericht zodra het geladen is of als het niet lukt.',
  'register.load.noSource':
    'Er is niet ingesteld waar ik het algoritmeregister ophaal. Vraag de beheerder van de bot om dat in te stellen. Tot die tijd kun je per zaak vastleggen wat het register zegt.',
  'register.load.done':
    'Het algoritmeregister is geladen. Registraties: {entries}; gekoppeld aan een zaak: {matched}; tegenstrijdigheden: {contradictions}.',
  'register.load.unchanged': 'Het bestand is niet veranderd sinds de vorige keer.',
  'register.load.failed.timeout':
    'Het algoritmeregister kon niet worden opgehaald: {source} gaf geen antwoord binnen de ingestelde tijd ({seconds} s). Wat eerder is geladen, blijft staan.',
  'register.load.failed.status':
    'Het algoritmeregister kon niet worden opgehaald: {source} antwoordde met foutcode {detail}. Wat eerder is geladen, blijft staan.',
  'register.load.failed.network':
    'Het algoritmeregister kon niet worden opgehaald: {source} is niet bereikbaar. Wat eerder is geladen, blijft staan.',
  'register.load.failed.file':
    'Het algoritmeregister kon niet worden gelezen: het bestand {source} is er niet of mag niet worden gelezen ({detail}). Wat eerder is geladen, blijft staan.',
  'register.load.failed.too-large':
    'Het algoritmeregister is niet geladen: het bestand {source} is groter dan 20 MB. Wat eerder is geladen, blijft staan.',
  'register.load.retry': 'Typ "algoritmeregister laden" om het opnieuw te proberen.',
  'register.load.invalid':
    'Het bestand van het algoritmeregister ({source}) is niet geladen, omdat er fouten in staan. Wat eerder is geladen, blijft staan.',
  'register.problem.file': 'In het bestand',
  'register.problem.entry': 'Bij registratie {position}',
  'register.problem.entryLine': 'Bij registratie {position} (regel {line})',
  'register.problem.required': '{where} ontbreekt het veld {field}.',
  'register.problem.choice':
    '{where} heeft het veld {field} een waarde die niet is toegestaan. Toegestaan zijn: {detail}.',
  'register.problem.tooLong': '{where} is het veld {field} langer dan {detail} tekens.',
  'register.problem.type': '{where} heeft het veld {field} niet de juiste vorm.',
  'register.problem.notEntry': '{where} staat geen registratie, maar iets anders dan een object met velden.',
  'register.problem.twice': '{where} staat dezelfde registratie als bij registratie {detail}.',
  'register.problem.json': '{where} staat geen geldige JSON ({detail}).',
  'register.problem.shape': '{where} staat geen lijst van registraties en geen object met "entries".',
  'register.problem.csv': '{where} staat geen CSV die te lezen is ({detail}).',
  'register.problem.empty': '{where} staan geen registraties.',
  'register.problem.more': 'Er zijn nog meer fouten, in totaal {total}.',
  'delivery.what.register-check': 'een bericht over het ophalen van het algoritmeregister',
};
