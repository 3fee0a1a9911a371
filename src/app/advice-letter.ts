import fs from 'node:fs';
import type * as DocxModule from 'docx';
import { withLetter, type AdviceLetter } from '../domain/advice/letter.js';
import type { CaseRecord } from '../domain/case/case.js';
import type { Locale } from '../domain/locale.js';
import { formatDate } from '../domain/time.js';
import { translator } from '../i18n/index.js';
import { personName } from '../i18n/labels.js';
import type { AppDeps } from './deps.js';
import type { JobOutcome } from './ports.js';
import { deliver, type DeliverySpec } from './delivery.js';
import { sendResultOf } from './outlook-sync.js';
import type { SendResult } from '../domain/delivery/delivery.js';
import type { JobSpec } from '../store/repositories/jobs.js';

/** Where a letter version is served, behind a signed link. */
export const letterPath = (caseId: string, version: number) => `/files/letter/${caseId}-v${version}.docx`;

/** The file name in the document library. */
const uploadName = (caseId: string, version: number) => `Uthiek adviesbrieven/${caseId} adviesbrief v${version}.docx`;

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function logo({ Paragraph, ImageRun }: typeof DocxModule, file: string | undefined): DocxModule.Paragraph[] {
  if (!file) return [];
  const data = fs.readFileSync(file);
  const type = /\.png$/i.test(file) ? 'png' : 'jpg';
  return [new Paragraph({ children: [new ImageRun({ type, data, transformation: { width: 160, height: 60 } })] })];
}

/**
 * The advice letter as a Word document (DOCX), in the municipality's layout (its name and logo
 * from the configuration): the case, the date, who took part, each advice item with its values,
 * owner and due date, and the lead's decision on it once recorded; version and status in the header.
 */
export async function renderLetter(
  deps: Pick<AppDeps, 'config' | 'valueModel'>,
  letter: AdviceLetter,
  locale: Locale,
): Promise<Buffer> {
  // loaded when the first letter is written, not at start: most days no letter is written
  const docx = await import('docx');
  const { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } =
    docx;
  const cell = (text: string, bold = false) =>
    new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
  const t = translator(locale);
  const c = letter.content;
  const valueName = (id: string) => deps.valueModel.values.find((v) => v.id === id)?.name[locale] ?? id;
  const p = (text: string) => new Paragraph({ children: [new TextRun(text)] });
  const items = c.items.map(
    (item, i) =>
      new TableRow({
        children: [
          cell(String(i + 1)),
          cell(item.text),
          cell(item.values.map(valueName).join(', ')),
          cell(item.owner || '–'),
          cell(formatDate(item.dueDate, locale)),
          cell(
            item.decision
              ? `${t(`letter.decision.${item.decision}`)}${item.decisionReason ? `: ${item.decisionReason}` : ''}`
              : t('letter.decision.pending'),
          ),
        ],
      }),
  );
  const header = [
    '#',
    t('letter.col.advice'),
    t('letter.col.values'),
    t('letter.col.owner'),
    t('letter.col.due'),
    t('letter.col.decision'),
  ];
  const doc = new Document({
    creator: deps.config.municipality.name,
    title: t('letter.title', { id: c.caseId }),
    sections: [
      {
        children: [
          ...logo(docx, deps.config.municipality.logoFile),
          new Paragraph({ children: [new TextRun({ text: deps.config.municipality.name, bold: true })] }),
          new Paragraph({ text: t('letter.title', { id: c.caseId }), heading: HeadingLevel.HEADING_1 }),
          new Paragraph({
            alignment: AlignmentType.LEFT,
            children: [new TextRun({ text: t('letter.status', { version: letter.version }), bold: true })],
          }),
          p(t('letter.project', { name: c.projectName, unit: c.orgUnit ?? '–' })),
          p(t('letter.held', { date: formatDate(c.heldAt, locale) })),
          p(t('letter.report', { url: c.reportUrl })),
          new Paragraph({ text: t('letter.participants'), heading: HeadingLevel.HEADING_2 }),
          ...c.participants.map((x) => p(`${personName(t, x.name)} (${t(`letter.role.${x.role}`)})`)),
          new Paragraph({ text: t('letter.items'), heading: HeadingLevel.HEADING_2 }),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }), ...items],
          }),
          new Paragraph({ text: t('letter.decision'), heading: HeadingLevel.HEADING_2 }),
          p(
            c.decision
              ? `${t(`letter.decision.${c.decision.overall}`)}: ${c.decision.reason}`
              : t('letter.decision.pendingOverall'),
          ),
          p(t('letter.notBinding')),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** The job that uploads a letter version to the document library (only when one is configured). */
export const uploadJob = (caseId: string, version: number, now: Date): JobSpec => ({
  id: `letter.upload:${caseId}:${version}`,
  kind: 'letter.upload',
  dueAt: now,
  payload: { caseId, version },
});

/**
 * Uploads a letter version to the SharePoint library and keeps its address with the case, as one
 * delivery record: what does not succeed is reported to the case handler like any undelivered message.
 */
export async function uploadLetter(deps: AppDeps, caseId: string, version: number): Promise<JobOutcome> {
  const outlook = deps.outlook;
  const c = deps.cases.get(caseId);
  const letter = c?.letters?.find((l) => l.version === version);
  if (!outlook || !c || !letter || letter.upload) return { status: 'done' };
  const spec: DeliverySpec = {
    id: `letter:${caseId}:${version}`,
    caseId,
    kind: 'letter-upload',
    recipient: { kind: 'calendar', id: 'document-library' },
  };
  const send = async (): Promise<SendResult> => {
    const bytes = await renderLetter(deps, letter, deps.config.defaultLocale);
    const result = await outlook.upload(uploadName(caseId, version), bytes, DOCX_TYPE);
    if (result === false) return { status: 'sent', conversationId: 'no-library' };
    if (!result.ok) return sendResultOf(result, true);
    await deps.cases.update(caseId, undefined, (cur) => ({
      next: {
        ...cur,
        letters: (cur.letters ?? []).map((l) => (l.version === version ? { ...l, upload: result.value } : l)),
      },
      events: [{ type: 'case.letter-uploaded', actor: 'system', data: { version } }],
    }));
    return { status: 'sent', conversationId: result.value.id };
  };
  const { outcome } = await deliver(deps, spec, () => ({}), send);
  return outcome;
}

/**
 * A new letter version when the recorded outcome or decision changed it, and its upload when a
 * document library is configured; for the change that records the outcome or decision.
 */
export function issueLetter(
  deps: Pick<AppDeps, 'clock' | 'outlook' | 'config'>,
  c: CaseRecord,
  actor: string,
): { next: CaseRecord; jobs: JobSpec[] } {
  const next = withLetter(c, actor, deps.clock.now());
  const letter = next.letters?.[next.letters.length - 1];
  const fresh = next !== c && letter;
  const upload = fresh && deps.outlook && deps.config.graph?.driveId;
  return { next, jobs: upload ? [uploadJob(c.id, letter.version, deps.clock.now())] : [] };
}
