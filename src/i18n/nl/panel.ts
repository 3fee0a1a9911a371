/** Dutch: panel administration (NDA and VOG dates, expenses, the export for finance). */
export const panel = {
  'help.cmd.expenses':
    'onkosten van leden van de klankbordgroep invullen ("onkosten UTH-2026-001") of exporteren voor financiën ("onkosten export 2026-03")',
  'panel.form.nda': 'Geheimhoudingsverklaring getekend op (leeg als die er nog niet is)',
  'panel.form.vog': 'Datum van de VOG (leeg als die er nog niet is)',
  'panel.error.pastDate': 'Vul een datum in die niet in de toekomst ligt, zoals 2026-01-31, of laat het veld leeg.',
  'panel.clearance.ok': 'Geheimhoudingsverklaring getekend op {nda}; VOG van {vog}, die telt tot {until}.',
  'panel.clearance.nda-missing': 'Van {name} is geen getekende geheimhoudingsverklaring bekend.',
  'panel.clearance.vog-missing': 'Van {name} is geen VOG bekend.',
  'panel.clearance.vog-expired': 'De VOG van {name} is van {date} en telde tot {until}; er is een nieuwe nodig.',
  'schedule.clearanceAdvice':
    'Vul de datums in met "klankbordgroep", of kies een moment met een ander lid, voordat de voorbereiding wordt verstuurd.',
  'schedule.conflicted':
    '{name} heeft een belangenverstrengeling gemeld en telt voor deze zaak niet als lid met passende expertise. Kies een moment met een ander lid, of stel nieuwe momenten voor.',
  'panel.left.inactive':
    '{name} is niet meer actief in de klankbordgroep en staat daarom niet meer bij de deelnemers van de toets van {id} op {when}. Laat het {name} weten en zoek zo nodig een vervanger.',
  'panel.left.unavailable':
    '{name} is niet beschikbaar op de dag van de toets van {id} ({when}) en staat daarom niet meer bij de deelnemers. Laat het {name} weten en zoek zo nodig een vervanger.',
  'panel.left.expertise':
    'Zonder {name} is er bij deze toets met hoge impact geen lid van de klankbordgroep met passende expertise meer, en dat is wel nodig. Kies een moment met een ander lid: stel met "plan {id}" nieuwe momenten voor.',
  'expenses.title': 'Onkosten klankbordgroep voor {id}',
  'expenses.intro':
    'Toets van {when}. Vul per lid de reiskosten en de vergoeding in euro in, bijvoorbeeld 12,50. Laat een veld leeg of vul 0 in als er niets is.',
  'expenses.travel': 'Reiskosten van {name} (euro)',
  'expenses.fee': 'Vergoeding voor {name} (euro)',
  'expenses.save': 'Onkosten opslaan',
  'expenses.saved': 'De onkosten voor de toets van {id} zijn opgeslagen: samen € {total}.',
  'expenses.error.amount': 'Vul een bedrag in euro in, zoals 12,50 (hoogstens 1000,00), of laat het veld leeg.',
  'expenses.notHeld': 'Onkosten kun je pas invullen als de toets van {id} is gehouden.',
  'expenses.noPanel':
    'Bij de toets van {id} was geen lid van de klankbordgroep, dus er zijn geen onkosten in te vullen.',
  'expenses.usage':
    'Gebruik "onkosten UTH-2026-001" om onkosten in te vullen, of "onkosten export 2026", "onkosten export 2026-03" of "onkosten export 2026-01-01 2026-03-31" voor een export voor financiën.',
  'expenses.export':
    'De onkosten van toetsen van {from} tot en met {to} staan klaar voor financiën (aantal regels: {count}). Download het CSV-bestand binnen 8 uur: {url}',
  'expenses.csv.member': 'Lid',
  'expenses.csv.case': 'Zaak',
  'expenses.csv.date': 'Datum toets',
  'expenses.csv.travel': 'Reiskosten',
  'expenses.csv.fee': 'Vergoeding',
  'expenses.csv.total': 'Totaal',
  'expenses.erasedMember': 'verwijderd lid',
  'event.case.expenses-saved': 'onkosten van de klankbordgroep vastgelegd',
  'delivery.what.handler-notice': 'een bericht aan de behandelaar over {id}',
};
