import { defineRule } from '../define';
import { paramsSchema, showDate } from '../common/field-read';
import { z } from '../../zod';

const triggersParams = paramsSchema(z.strictObject({}));

/** ESC-TRIGGERS: the seven signals are the entry's steps; this says whether the account is already escalated. */
export default defineRule({
  id: 'ESC-TRIGGERS',
  sop: 'MT-CS-020',
  title: 'Is this an escalation?',
  where: ['any'],
  stage: 'escalation',
  help: 'Escalations can be worked on to achieve a potential save. An account is escalated if one or more of the following is true.',
  steps: [
      'The customer is upset, expresses unconformity or brings up an issue',
      'There is less engagement in communication and/or system use',
      'The account becomes past due',
      'There is reluctance from the customer to pay the account',
      'An issue/problem is followed by unresponsiveness',
      'The customer asks to speak to someone higher up within the organization',
      'The customer wants to downgrade (remove a product/module or additional users, ultimately to invest less)',
    ],
  note: 'MT-CS-020 (Escalations): "We can consider an account to be escalated if one or more\u00a0 of the following is true:" the seven signals are this item\'s steps.',
  order: 360,
  params: triggersParams,
  evaluate: (ctx) =>
    ctx.progress.branch?.value === 'escalation'
      ? { state: 'info', message: `This account is in the Escalation branch since ${showDate(ctx.progress.branch.since)}: work the escalation case.` }
      : { state: 'info', message: 'Is this an escalation? One or more of the signals below makes it one: create an escalation case.' },
});
