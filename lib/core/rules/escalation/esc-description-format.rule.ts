import type { ItemAction, ItemDetail } from '../../engine/types';
import type { FieldKey } from '../../facts/fields';
import { normalizeInitials, validateEscalationText } from '../../formats';
import { defineRule } from '../define';
import { joinLabels } from '../generic';
import { caseOfRecordType } from '../common/escalation-case';
import { fieldKeySchema, okText, paramsSchema, q, read, WAITING } from '../common/field-read';
import { ESCALATIONS } from './escalation-defaults';
import { recordType } from './escalation-shared';
import { z } from '../../zod';

const SHAPE = 'MM/DD/YY_Initials:Action';

const formatParams = paramsSchema(
  z.strictObject({ recordType, fields: z.array(fieldKeySchema).check(z.minLength(1)) }),
);

/** ESC-DESCRIPTION-FORMAT: every line of Description and Escalation Directives is an entry; new ones come pre-dated. */
export default defineRule({
  id: 'ESC-DESCRIPTION-FORMAT',
  sop: 'MT-CS-020',
  title: 'Description and Escalation Directives entries',
  where: ['sf.case.new', 'sf.case'],
  stage: 'escalation',
  help: 'Add a Description in the format MM/DD/YY_Initials:Action (example: 04/20/23MM: Customer called support and asked to cancel his account). Escalation Directives: add only the exact action we are requesting from our finance department, in the same format (example: 04/20/23MM: One more week, Customer unresponsive).',
  note: 'MT-CS-020 (Cancellation Requests, via MT-CS-005): "Add a Description in the following format: MM/DD/YY_Initials:Action (example: 04/20/23MM: Customer called support and asked to cancel his account)". The seed\'s own examples drop the underscore ("04/20/23MM: …"): both shapes are accepted, new entries are written as MM/DD/YY_Initials:Action with today\'s date in your zone and the initials from settings.',
  order: 380,
  defaults: { recordType: ESCALATIONS, fields: ['case.description', 'case.directives'] },
  params: formatParams,
  evaluate: (ctx) => {
    if (!caseOfRecordType(ctx, ctx.params.recordType)) return null;
    if (!ctx.params.fields.some((key) => read(ctx, key).status !== 'absent')) return null;
    if (!ctx.page!.ready) return WAITING;
    const initials = normalizeInitials(ctx.settings.initials);
    const details: ItemDetail[] = [];
    const actions: ItemAction[] = [];
    const bad: string[] = [];
    const empty: string[] = [];
    const unreadable: string[] = [];
    for (const key of ctx.params.fields) {
      const field = read(ctx, key);
      if (field.status === 'absent') continue;
      if (field.status === 'missing') {
        unreadable.push(field.label);
        details.push({ key, text: `Can't read ${q(field.label)} on this page`, state: 'warn' });
        continue;
      }
      if (initials && field.editable)
        actions.push({ type: 'escalation-entry', verb: 'fill-escalation-entry', label: `New ${field.label} entry`, field: key as FieldKey, date: ctx.today, initials });
      if (field.status === 'empty') {
        empty.push(field.label);
        details.push({ key, text: `${q(field.label)} has no entry yet (${SHAPE})`, state: 'todo' });
        continue;
      }
      const check = validateEscalationText(okText(field)!);
      if (check.firstError) {
        const { line, reason, text } = check.firstError;
        bad.push(`${field.label} line ${line}: ${reason} ("${text.trim()}")`);
        details.push({ key, text: `${field.label} line ${line}: ${reason}`, state: 'error' });
      } else {
        const n = check.entries.length;
        details.push({ key, text: `${q(field.label)}: ${n} entr${n === 1 ? 'y' : 'ies'}, each ${SHAPE}`, state: 'done' });
      }
    }
    const base = { details, actions };
    if (bad.length) return { ...base, state: 'error', message: `${bad.join('; ')}. Write each line as ${SHAPE}.` };
    if (unreadable.length) return { ...base, state: 'warn', message: `Can't read ${joinLabels(unreadable)}: check the label in settings.` };
    if (!initials)
      return {
        ...base,
        state: 'info',
        message: ctx.settings.initials.trim()
          ? `Your initials in settings ("${ctx.settings.initials}") must be 1 to 4 letters to write ${SHAPE} entries.`
          : `Set your initials in CSM Guide's settings to add ${SHAPE} entries here.`,
      };
    if (empty.length) return { ...base, state: 'todo', message: `Add an entry to ${joinLabels(empty)} as ${SHAPE}.` };
    return { ...base, state: 'done', message: `Every line reads ${SHAPE}.` };
  },
});
