import { webinarSchedulesSchema } from '../core/engine/snippets';
import type { Playbook } from '../core/playbook/schema';
import type { AccountProfile } from '../core/profile/schema';
import { myDayRule } from '../core/rules';
import { bookedCall, type BookedCall, type MyDayExtras } from './due-steps';
import { webinarsToday, type WebinarToday } from './webinars';

/**
 * What My day reads from the profiles beside the audit summaries: each account's booked
 * onboarding call and the webinars of its products held today (the schedules as the playbook
 * sets them on the webinar rule, `myDay: 'webinars'`, else MT-CS-020's).
 */
export const myDayExtras = (profiles: Readonly<Record<string, AccountProfile>>, playbook: Playbook, now: string, timeZone: string): MyDayExtras => {
  const webinarRule = myDayRule('webinars')?.id;
  const rule = playbook.rules.find((r) => r.id === webinarRule);
  const parsed = webinarSchedulesSchema.safeParse((rule?.check.params as { schedules?: unknown } | undefined)?.schedules ?? {});
  const schedules = parsed.success ? parsed.data : webinarSchedulesSchema.parse({});
  const calls = new Map<string, BookedCall>();
  const webinars = new Map<string, WebinarToday[]>();
  for (const profile of Object.values(profiles)) {
    const call = bookedCall(profile.facts);
    if (call) calls.set(profile.accountId, call);
    const products = profile.facts.products;
    if (products.known && products.value?.length) {
      const today = webinarsToday(products.value, now, timeZone, schedules);
      if (today.length) webinars.set(profile.accountId, today);
    }
  }
  return { calls, webinars };
};
