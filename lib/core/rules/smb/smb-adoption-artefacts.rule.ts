import type { ItemState } from '../../model/vocab';
import { defineRule } from '../define';
import { day } from '../common/onboarding-helpers';
import { adoptionArtefacts, ARTEFACTS_RULE, artefactDetails, CHECKLIST_KEY } from './smb-adoption-artefacts';
import { z } from '../../zod';

const TODO: Record<string, string> = {
  [CHECKLIST_KEY]: 'upload the SMB Adoption Checklist PDF',
  'adoption-notes': 'add Adoption Notes in the Opportunity',
  'reference-fields': 'update the Reference fields on the Account',
};

const RANK: Partial<Record<ItemState, number>> = { todo: 1, warn: 2, error: 3 };

/**
 * SMB-ADOPTION-ARTEFACTS: what the SMB adoption meeting (SMB-ADOPTION-60) leaves behind — the
 * checklist PDF uploaded (a tick), Adoption Notes on the Opportunity (read there), and, only when
 * the CSM ticks that the admin agreed to be a reference, the Account's Reference fields (read
 * there). Nothing is due before the meeting is ticked held (lines in smb-adoption-artefacts.ts).
 */
export default defineRule({
  id: ARTEFACTS_RULE,
  sop: 'MT-CS-007',
  title: 'SMB adoption checklist, notes and references',
  where: ['timeline', 'sf.opportunity', 'sf.account'],
  stage: 'adoption',
  appliesTo: { subtypesAny: ['SMB'] },
  help: 'After the SMB adoption meeting: download your copy of the SMB Adoption Checklist (Learning and Compliance) as a PDF and upload it, add what the admin said under Adoption Notes in the Opportunity, and, if the admin agrees to be a reference, update the Reference fields on the Salesforce account.',
  steps: [
    'Right after the meeting, download the checklist as a PDF and upload it; tick it here',
    'Add your notes under Adoption Notes in the Opportunity (by the next business day)',
    'If the admin agrees to be a reference, tick it here and update the Reference fields on the Salesforce account',
  ],
  note: 'MT-CS-007: "Since you will be including your admin’s feedback, it is better to upload the form right after the meeting takes place." "Once the meeting takes place, make sure to ask probing questions, and take note of what the admin is saying (these notes will be added under Adoption Notes in the Opportunity)." "Evaluate and ask if the admin would like to be our reference. If they agree, update the Reference fields in the Salesforce account." The meeting day is the day SMB-ADOPTION-60 is ticked held; the checklist upload (no page shows it: a tick) is due that day, Adoption Notes (read on the Opportunity) the next business day. The Reference fields (read on the Account: "Reference" and "Reference Notes" by default, renameable) are asked only once the CSM ticks that the admin agreed, due the next business day after the meeting or the tick. Nothing is due before the meeting is held.',
  order: 451,
  params: z.strictObject({}) as unknown as z.ZodMiniType<Record<string, never>>,
  evaluate: (ctx) => {
    const artefacts = adoptionArtefacts(ctx);
    const details = artefactDetails(artefacts);
    if (!artefacts.meetingOn)
      return {
        state: 'todo',
        message: 'After the SMB adoption meeting: upload the checklist PDF, add Adoption Notes in the Opportunity, and update the Reference fields if the admin agrees to be a reference.',
        details,
      };
    const open = artefacts.lines.filter((l) => RANK[l.state] !== undefined);
    const unknown = artefacts.lines.filter((l) => l.state === 'info' && l.due);
    if (!open.length && !unknown.length) return { state: 'done', message: `Adoption artefacts in place for the meeting of ${day(artefacts.meetingOn)}.`, details };
    if (!open.length) {
      const due = unknown.map((l) => l.due!).sort()[0]!;
      const where = unknown.map((l) => (l.key === 'adoption-notes' ? 'the Opportunity (Adoption Notes)' : 'the Account (Reference fields)')).join(' and ');
      return { state: 'todo', message: `Open ${where} to check them, due ${day(due)}.`, details, due };
    }
    const worst = Math.max(...open.map((l) => RANK[l.state]!));
    const shown = open.filter((l) => RANK[l.state] === worst);
    const text = shown.map((l) => TODO[l.key!]).join('; ');
    const due = shown.map((l) => l.due!).sort()[0]!;
    const state: ItemState = worst === 3 ? 'error' : worst === 2 ? 'warn' : 'todo';
    const prefix = state === 'error' ? 'Overdue: ' : state === 'warn' ? 'Due today: ' : `By ${day(due)}: `;
    return { state, message: `${prefix}${text} (adoption meeting of ${day(artefacts.meetingOn)}).`, details, due };
  },
});
