import { describe, expect, it } from 'vitest';
import { webinarSchedulesSchema } from '@/lib/core/engine/snippets';
import { myDay } from '@/lib/my-day/due-steps';
import { myDayExtras } from '@/lib/my-day/extras';
import { webinarsToday } from '@/lib/my-day/webinars';
import { summarizeAccount } from '@/lib/audit/summarize';
import { ACCOUNT_C, CONTEXT, profile } from '../audit/support';

const SCHEDULES = webinarSchedulesSchema.parse({});
const ZONE = 'America/Chicago';
// Tuesday, December 8, 2026: the Learning webinar is at 11:00 Central (17:00 UTC).
const TUESDAY_MORNING = '2026-12-08T15:00:00.000Z';

describe('webinars on My day (issue 13: webinar offers)', () => {
  it('offers the Learning webinar on a Tuesday morning, not after it began, and not to a Compliance-only account', () => {
    expect(webinarsToday(['Learning', 'Compliance'], TUESDAY_MORNING, ZONE, SCHEDULES)).toEqual([
      { product: 'Learning', when: expect.stringMatching(/^Tue, Dec 8, 2026, 11:00 AM CST/) },
    ]);
    expect(webinarsToday(['Learning'], '2026-12-08T17:30:00.000Z', ZONE, SCHEDULES)).toEqual([]);
    expect(webinarsToday(['Compliance'], TUESDAY_MORNING, ZONE, SCHEDULES)).toEqual([]);
  });

  it('lists today’s webinar for an account in its training stage only', () => {
    const clinic = profile(ACCOUNT_C, { accountName: 'Riverbend', segmentation: 'Core', serviceLevel: 'Basic', products: ['Learning'], subtypes: [] });
    const extras = myDayExtras({ [ACCOUNT_C]: clinic }, CONTEXT.playbook, TUESDAY_MORNING, ZONE);
    expect(extras.webinars?.get(ACCOUNT_C)).toHaveLength(1);
    const summary = summarizeAccount(ACCOUNT_C, clinic, [], { ...CONTEXT, now: TUESDAY_MORNING });
    const inTraining = myDay([{ ...summary, stage: 'training' }], '2026-12-08', extras);
    expect(inTraining.accounts[0]?.steps).toContainEqual(expect.objectContaining({ ruleId: 'TR-SCHEDULE', when: 'today', text: expect.stringContaining('Learning webinar today') }));
    const elsewhere = myDay([{ ...summary, stage: 'onboarding' }], '2026-12-08', extras);
    expect(elsewhere.accounts.flatMap((a) => a.steps).some((s) => s.ruleId === 'TR-SCHEDULE')).toBe(false);
  });
});
