/**
 * The national Algoritmeregister publication standard (MinBZK, "Algoritmeregister
 * Publicatiestandaard"), version 1.0: the field names, which fields are required, and the allowed
 * values, as the register itself validates entries and download files (MinBZK/Algoritmeregister,
 * backend/app/schemas/config/v1_0.json; the handbook is MinBZK/Algoritmeregister-Publicatiestandaard).
 * Keys are the standard's own field names; the Dutch titles are what the register shows.
 */

export const STANDARD_VERSION = '1.0';
export const STANDARD_LANGUAGE = 'nld';

/** Every field of the standard, in the register's order, with its Dutch title. */
export const REGISTER_FIELDS = {
  name: 'Naam',
  description_short: 'Korte omschrijving',
  organization: 'Organisatienaam',
  category: 'Thema',
  status: 'Status',
  begin_date: 'Begindatum',
  end_date: 'Einddatum',
  contact_email: 'Contactgegevens',
  website: 'Link naar publiekspagina',
  publication_category: 'Publicatiecategorie',
  url: 'Link naar bronregistratie',
  goal: 'Doel en impact',
  proportionality: 'Afwegingen',
  human_intervention: 'Menselijke tussenkomst',
  risks: 'Risicobeheer',
  lawful_basis: 'Wettelijke basis',
  lawful_basis_grouping: 'Verwijzingen wettelijke basis',
  process_index_url: 'Link naar verwerkingsregister',
  impacttoetsen_grouping: 'Impacttoetsen',
  impacttoetsen: 'Toelichting op impacttoetsen',
  source_data: 'Gegevens',
  source_data_grouping: 'Verwijzingen gegevensbronnen',
  methods_and_models: 'Technische werking',
  provider: 'Leverancier',
  publiccode: 'Link naar broncode',
  lang: 'Taal',
  standard_version: 'Versie publicatiestandaard',
  source_id: 'Bron-ID',
  tags: 'Zoektermen',
  lars: 'Algoritme-ID',
} as const;
export type RegisterField = keyof typeof REGISTER_FIELDS;
export const REGISTER_FIELD_KEYS = Object.keys(REGISTER_FIELDS) as RegisterField[];

/** Required in 1.0: an entry without them is not published. */
export const REQUIRED_FIELDS: readonly RegisterField[] = [
  'name',
  'description_short',
  'organization',
  'status',
  'contact_email',
  'publication_category',
  'lang',
];

export const MAX_LENGTH: Partial<Record<RegisterField, number>> = {
  name: 100,
  description_short: 400,
  organization: 100,
  contact_email: 500,
  goal: 2500,
  impacttoetsen: 2500,
  provider: 200,
};

export const REGISTER_STATUSES = ['In ontwikkeling', 'In gebruik', 'Buiten gebruik'] as const;
export type RegisterStatus = (typeof REGISTER_STATUSES)[number];

/** The handbook adds "(Categorie A/B/C)" to these; the register stores them without. */
export const PUBLICATION_CATEGORIES = [
  'Hoog-risico AI-systeem',
  'Impactvolle algoritmes',
  'Overige algoritmes',
] as const;
export type PublicationCategory = (typeof PUBLICATION_CATEGORIES)[number];

/** One impact assessment in an entry: its name (title) and a link to its result, if public. */
export interface ImpactAssessmentRef {
  title: string;
  link: string | null;
}

/** Names the register recommends for impact assessments (from its list) that the bot writes. */
export const ASSESSMENT_TITLES = {
  uthiek: 'Utrecht Uthiek Assessment',
  dpia: 'Data Protection Impact Assessment (DPIA)',
} as const;

/** Whether a listed impact assessment is Team Uthiek's ethical assessment, or a DPIA (as registers write them). */
export const isUthiekAssessment = (title: string) => /uthiek|ethische\s+(toets|impact)/i.test(title);
export const isDpia = (title: string) => /\bDPIA\b|data\s+protection\s+impact|gegevensbeschermingseffect/i.test(title);
