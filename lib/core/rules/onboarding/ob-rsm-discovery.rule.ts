import type { ItemDetail, Outcome, RuleContext } from '../../engine/types';
import { type FieldKey, isFieldKey } from '../../facts/fields';
import { defineRule } from '../define';
import { isEmptyValue } from '../generic';
import { manualOutcome } from '../common/manual-outcome';
import { andList, toggleAction, unknownFact } from '../common/onboarding-helpers';
import { byTheCall } from './onboarding-shared';
import { z } from '../../zod';

const fieldKey = z.string().check(z.refine(isFieldKey, { message: 'unknown field key' })) as unknown as z.ZodMiniType<FieldKey>;

const rsmDiscoveryParams = z.strictObject({
  /** The Opportunity's Discovery Notes a Digital CSM checks before asking CS Ops. */
  discoveryFields: z.array(fieldKey).check(z.minLength(1)),
  meetingMinutes: z._default(z.number().check(z.int(), z.positive()), 15),
});

type RsmDiscoveryParams = z.output<typeof rsmDiscoveryParams>;

/** Digital, on the Opportunity: are the Discovery Notes there, or must CS Ops be asked? */
const discoveryNotesCheck = (ctx: RuleContext<RsmDiscoveryParams>): Outcome => {
  if (!ctx.page!.ready) return { state: 'info', message: 'Waiting for the record to load…' };
  const details: ItemDetail[] = [];
  const empty: string[] = [];
  const unreadable: string[] = [];
  for (const key of ctx.params.discoveryFields) {
    const read = ctx.field(key);
    if (!read) continue;
    if (read.status === 'missing') {
      unreadable.push(`"${read.label}"`);
      details.push({ key, state: 'warn', text: `Can't read "${read.label}" on this page` });
    } else if (isEmptyValue(read.value)) {
      empty.push(`"${read.label}"`);
      details.push({ key, state: 'warn', text: `${read.label} is empty` });
    } else {
      details.push({ key, state: 'done', text: `${read.label} is filled` });
    }
  }
  if (empty.length) {
    if (ctx.manual?.done)
      return { state: 'done', message: `Asked CS Ops about the Discovery Notes (${andList(empty)} empty).`, details, actions: [toggleAction(true)] };
    return {
      state: 'warn',
      message: `The Discovery Notes are lacking (${andList(empty)} empty): ask CS Ops to open a context discussion with the RSM and leadership, then mark this done.`,
      details,
      actions: [toggleAction(false)],
    };
  }
  if (unreadable.length)
    return { state: 'warn', message: `Can't read ${andList(unreadable)}: check the Discovery Notes by hand.`, details };
  return { state: 'done', message: 'The Discovery Notes are filled: no context discussion with the RSM needed.', details };
};

/**
 * OB-RSM-DISCOVERY. Core/Strategic (MT-CS-002): a Discovery Meeting with the RSM before the call.
 * Digital (MT-CS-020): only when the Opportunity's Discovery Notes are lacking, ask CS Ops.
 */
export default defineRule({
  id: 'OB-RSM-DISCOVERY',
  sop: 'MT-CS-002',
  title: 'Discovery sync with the RSM',
  where: ['sf.opportunity', 'any'],
  stage: 'onboarding',
  help: 'Core and Strategic: schedule and complete a 15-minute Google Meet with the RSM (Discovery Meeting Outreach meeting type) to review the account and gather anything that surfaced in the sales process; confirm the industry and number of employees, the starting point of the onboarding call. Digital: only when the Discovery Notes section is lacking, reach out to CS Ops so a context discussion can be opened with the RSM and leadership.',
  note: 'MT-CS-002 (Core and Strategic): "The CSM must schedule and complete a 15-minute Google Meets call (using the Discovery Meeting Outreach meeting type) with the RSM to review all the information above and to gather any other relevant information that surfaced in the sales process." MT-CS-020 (Digital): "In case the Discovery Notes section are lacking, please reach out to CS Ops so a context discussion can be opened with the respective RSM and leadership." On the Opportunity it checks the Discovery Notes fields Industry and Number of Employees (MT-CS-002: "It’s important to confirm the industry and number of employees").',
  order: 200,
  defaults: { discoveryFields: ['opp.industry', 'opp.employees'], meetingMinutes: 15 },
  params: rsmDiscoveryParams,
  needs: ['segmentation'],
  evaluate: (ctx) => {
    const segment = ctx.value('segmentation');
    if (!segment)
      return unknownFact(ctx, 'segmentation', 'Core and Strategic CSMs meet the RSM; Digital CSMs ask CS Ops only when the Discovery Notes are lacking.');
    if (segment === 'Digital') {
      if (ctx.page?.kind === 'sf.opportunity') return discoveryNotesCheck(ctx);
      if (ctx.manual?.done) return manualOutcome(ctx, { todo: '', done: `Asked CS Ops about the Discovery Notes (${ctx.manual.by || 'you'}).` });
      return {
        state: 'info',
        message: 'Only if the Discovery Notes are lacking: ask CS Ops to open a context discussion with the RSM. Open the Salesforce Opportunity to check them.',
        actions: [toggleAction(false)],
      };
    }
    const rsm = ctx.value('rsm');
    const { due, when } = byTheCall(ctx);
    return manualOutcome(
      ctx,
      {
        todo: `Schedule and hold a ${ctx.params.meetingMinutes}-minute Discovery Meeting with the RSM${rsm ? ` (${rsm})` : ''}${when}; confirm the industry and number of employees.`,
      },
      due,
    );
  },
});
