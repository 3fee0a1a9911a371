import type { PlaygroundPage } from './playground-page.js';

/** Fills in every intake step in the playground UI, from step 1 to the review card. */
export async function fillIntake(ui: PlaygroundPage, projectName: string): Promise<void> {
  await ui.fill('projectName', projectName);
  await ui.fill('orgUnit', 'Stadsbeheer');
  await ui.fill('phase', 'pilot');
  await ui.fill('plannedDate', '2027-06-01');
  await ui.click('Volgende');
  await ui.fill('purpose', 'Drukte meten op pleinen om evenementen veilig te houden.');
  await ui.fill('means', "Camera's die mensen tellen, zonder beelden op te slaan.");
  await ui.click('Volgende');
  await ui.fill('affectedGroups', ['residents', 'visitors']);
  await ui.click('Volgende');
  await ui.fill('technologies', ['cameras', 'algorithm-ai']);
  await ui.fill('personalData', 'yes');
  await ui.fill('supplier', 'supplier');
  await ui.fill('supplierName', 'CrowdCount BV');
  await ui.click('Volgende');
  await ui.fill('specialCategories', 'no');
  await ui.fill('camerasPublicSpace', 'yes');
  await ui.click('Volgende');
  await ui.fill('dpiaStatus', 'planned');
  await ui.fill('algorithmRegister', 'yes');
  await ui.click('Volgende');
  await ui.fill('value_privacy', true);
  await ui.fill('why_privacy', "Camera's in de openbare ruimte.");
  await ui.click('Volgende');
  await ui.fill('experts', 'Privacy officer stadsbeheer');
  await ui.click('Volgende');
}
