import type { IsoDate } from '../../dates';
import type { ItemDetail } from '../../engine/types';
import type { ItemState } from '../../model/vocab';
import { defineRule } from '../define';
import { andList, day } from '../common/onboarding-helpers';
import { recapSentKey, tickedOn, trainingsHeld, type TrainingProduct } from './training-shared';
import { z } from '../../zod';

/**
 * TR-RECAP-DUE: for each training held (a TR-SESSIONS tick), its recap email is due that same day:
 * warn on the day, error from the next business day. Ticked per session (`TR-RECAP-DUE:<product>`);
 * TR-RECAP checks the email itself on the compose page.
 */
export default defineRule({
  id: 'TR-RECAP-DUE',
  sop: 'MT-CS-020',
  title: 'Training recap sent the same day',
  where: ['timeline'],
  stage: 'training',
  help: 'Once a training session has been completed, send the training recap email immediately after the meeting, or at least before the end of the day. Tick it here once sent.',
  note: 'MT-CS-020: "Once the training session has been completed, send a training recap email using the DCSM Onboarding Recap Email Template immediately after the meeting (or at least before the end of day)"; MT-CS-007: "send a training recap email using the Outreach Training Recap Email Template immediately after the training session (or at least before the end of day)". One recap per training ticked held in TR-SESSIONS, due the day it is ticked held: warning on that day, error from the next business day. Ticked per session (TR-RECAP-DUE:<product>); the email\'s content is TR-RECAP\'s.',
  order: 312,
  params: z.strictObject({}) as unknown as z.ZodMiniType<Record<string, never>>,
  needs: ['products'],
  evaluate: (ctx) => {
    const trainings = trainingsHeld(ctx);
    if (!trainings || !trainings.held.size) return null;
    const details: ItemDetail[] = [];
    const open: Array<{ product: TrainingProduct; held: IsoDate; state: ItemState }> = [];
    for (const [product, held] of [...trainings.held].sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))) {
      const key = recapSentKey(product);
      const sent = tickedOn(ctx, key);
      if (sent) {
        details.push({ key, state: 'done', text: `${product} training recap sent (${day(sent)})`, toggle: { key, done: true } });
        continue;
      }
      const state: ItemState = ctx.today >= ctx.calendar.nextBusinessDay(held) ? 'error' : ctx.today >= held ? 'warn' : 'todo';
      open.push({ product, held, state });
      details.push({
        key,
        state,
        text: `${product} training recap · due ${day(held)}, the day of the session${state === 'error' ? ' · overdue' : ''}`,
        toggle: { key, done: false },
      });
    }
    const due = open.map((o) => o.held).sort()[0];
    if (!open.length) {
      const last = [...trainings.held.values()].sort().at(-1)!;
      return { state: 'done', message: `Every training held has its recap sent.`, details, due: last };
    }
    const late = open.filter((o) => o.state === 'error');
    const label = (o: (typeof open)[number]) => `the ${o.product} training recap (session of ${day(o.held)})`;
    if (late.length) return { state: 'error', message: `Overdue: ${andList(late.map(label))}.`, details, due: due! };
    return { state: 'warn', message: `Due today, before the end of the day: ${andList(open.map(label))}.`, details, due: due! };
  },
});
