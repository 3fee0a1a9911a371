import type { register as nl } from '../nl/register.js';

/** English: the algorithm register (its export in the publication standard, loading and comparing its file). */
export const register: Record<keyof typeof nl, string> = {
  'register.entry.noDpia': 'No DPIA was done: {reason}',
  'register.entry.inHouse': 'Developed in-house',
  'register.entry.letter': 'Advice letter of the Utrecht Uthiek Assessment (version {version})',
  'register.exportCsv': 'Export for the algorithm register (CSV)',
  'register.loadedFrom': 'The register was loaded from {source} on {date} (entries: {entries}).',
  'register.notLoaded':
    'No file of the register has been loaded yet. Type "algorithm register load" to fetch it, or record per case what the register says.',
  'register.match.id': 'The register has "{name}", matched on the case number or the register\'s id.',
  'register.match.link': 'The register has "{name}", matched on the link.',
  'register.match.name': 'The register has "{name}", matched on the name. Check that it is right.',
  'register.match.member': 'The register has "{name}", matched by Team Uthiek.',
  'register.match.none': 'This case was not found in the loaded register.',
  'register.contradiction.assessment-not-listed':
    'The case was assessed, but the entry does not list the ethics assessment.',
  'register.contradiction.listed-not-assessed':
    'The entry lists the ethics assessment, but the case has not been assessed yet.',
  'register.contradiction.dpia-not-listed': 'The DPIA is done, but the entry lists no DPIA.',
  'register.contradiction.not-in-register':
    'The case has an algorithm and was accepted by Team Uthiek, but it is not in the register.',
  'register.orphan':
    'The entry "{name}" (number {position} in the file) lists the ethics assessment, but there is no case for it.',
  'register.form.entry': 'Which entry of the loaded register belongs to this case?',
  'register.form.entryAuto': 'Let the bot look (case number, link or name)',
  'register.form.entryNone': 'This case is not in the register',
  'register.form.fallback': 'Is the case not in the loaded file? Then record below what the register says.',
  'register.error.entry': 'Choose an entry from the list.',
  'register.load.started': 'I am fetching the algorithm register. You will hear when it is loaded or if it fails.',
  'register.load.noSource':
    "It is not set up where I fetch the algorithm register from. Ask the bot's administrator to set that up. Until then you can record per case what the register says.",
  'register.load.done':
    'The algorithm register is loaded. Entries: {entries}; matched to a case: {matched}; contradictions: {contradictions}.',
  'register.load.unchanged': 'The file has not changed since the last time.',
  'register.load.failed.timeout':
    'The algorithm register could not be fetched: {source} did not answer within the set time ({seconds} s). What was loaded before stays.',
  'register.load.failed.status':
    'The algorithm register could not be fetched: {source} answered with error code {detail}. What was loaded before stays.',
  'register.load.failed.network':
    'The algorithm register could not be fetched: {source} cannot be reached. What was loaded before stays.',
  'register.load.failed.file':
    'The algorithm register could not be read: the file {source} does not exist or may not be read ({detail}). What was loaded before stays.',
  'register.load.failed.too-large':
    'The algorithm register was not loaded: the file {source} is larger than 20 MB. What was loaded before stays.',
  'register.load.retry': 'Type "algorithm register load" to try again.',
  'register.load.invalid':
    'The algorithm register file ({source}) was not loaded, because it has errors. What was loaded before stays.',
  'register.problem.file': 'In the file',
  'register.problem.entry': 'In entry {position}',
  'register.problem.entryLine': 'In entry {position} (line {line})',
  'register.problem.required': '{where} the field {field} is missing.',
  'register.problem.choice': '{where} the field {field} has a value that is not allowed. Allowed are: {detail}.',
  'register.problem.tooLong': '{where} the field {field} is longer than {detail} characters.',
  'register.problem.type': '{where} the field {field} does not have the right form.',
  'register.problem.notEntry': '{where} there is no entry, but something other than an object with fields.',
  'register.problem.twice': '{where} is the same entry as entry {detail}.',
  'register.problem.json': '{where} there is no valid JSON ({detail}).',
  'register.problem.shape': '{where} there is no list of entries and no object with "entries".',
  'register.problem.csv': '{where} there is no CSV that can be read ({detail}).',
  'register.problem.empty': '{where} there are no entries.',
  'register.problem.more': 'There are more errors, {total} in all.',
  'delivery.what.register-check': 'a message about fetching the algorithm register',
};
