import { describe, expect, it } from 'vitest';
import * as nlCommon from '../src/i18n/nl/common.js';
import * as nlFollowup from '../src/i18n/nl/followup.js';
import * as nlIntake from '../src/i18n/nl/intake.js';
import * as nlPrivacy from '../src/i18n/nl/privacy.js';
import * as nlReport from '../src/i18n/nl/report.js';
import * as nlSchedule from '../src/i18n/nl/schedule.js';
import * as nlSignal from '../src/i18n/nl/signal.js';
import * as nlTriage from '../src/i18n/nl/triage.js';
import * as enCommon from '../src/i18n/en/common.js';
import * as enFollowup from '../src/i18n/en/followup.js';
import * as enIntake from '../src/i18n/en/intake.js';
import * as enPrivacy from '../src/i18n/en/privacy.js';
import * as enReport from '../src/i18n/en/report.js';
import * as enSchedule from '../src/i18n/en/schedule.js';
import * as enSignal from '../src/i18n/en/signal.js';
import * as enTriage from '../src/i18n/en/triage.js';

/** The catalogue is merged from one file per feature: a key in two files silently loses one text. */
function sharedKeys(parts: Record<string, Record<string, unknown>>[]): string[] {
  const seen = new Map<string, number>();
  for (const part of parts)
    for (const table of Object.values(part))
      for (const key of Object.keys(table)) seen.set(key, (seen.get(key) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([key]) => key);
}

describe('the text catalogue', () => {
  it('defines every key in one feature file only, in both languages', () => {
    expect(sharedKeys([nlCommon, nlFollowup, nlIntake, nlPrivacy, nlReport, nlSchedule, nlSignal, nlTriage])).toEqual(
      [],
    );
    expect(sharedKeys([enCommon, enFollowup, enIntake, enPrivacy, enReport, enSchedule, enSignal, enTriage])).toEqual(
      [],
    );
  });
});
