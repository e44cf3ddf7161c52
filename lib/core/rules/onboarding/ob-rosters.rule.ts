import { composeOfKind, emailMarkersFor } from '../../engine/email-kind';
import type { ItemDetail, Outcome, RuleContext } from '../../engine/types';
import type { ComposeFacts } from '../../facts/page-facts';
import { findAttachment, sameDocument } from '../../formats';
import type { ProfileFactKey } from '../../profile/schema';
import { defineRule } from '../define';
import { andList, learn, unreadablePart } from '../common/onboarding-helpers';
import { COMPOSE, WELCOME_EMAIL } from './onboarding-defaults';
import { followsCoreWelcome, WELCOME_PROCESS, welcomeProcessSchema } from './welcome-process';
import { z } from '../../zod';

/**
 * OB-ROSTERS (MT-CS-002). The Outreach welcome template carries every roster; the
 * CSM deletes the ones that don't fit the account before sending. File names are params; the
 * .xlsm copy of the Credentialing Information Roster matches its .xlsx name (sameDocument).
 */

const fileList = z.array(z.string().check(z.trim(), z.minLength(1)));

const rosterParams = z.strictObject({
  email: emailMarkersFor('welcome'),
  /** Every welcome email. */
  always: fileList.check(z.minLength(1)),
  /** Credentialing Software bought, Basic service. */
  credentialingBasic: fileList.check(z.minLength(1)),
  /** Credentialing Software bought, Standard or Premium service (replaces the Basic ones). */
  credentialingStandardPremium: fileList.check(z.minLength(1)),
  /** Whose welcome must carry the rosters (MT-CS-002's template); a plain Digital one carries none. */
  process: welcomeProcessSchema,
});

type RosterParams = z.output<typeof rosterParams>;

const PLAIN_DIGITAL = "a plain Digital account's Day-1 welcome (MT-CS-020) asks for no rosters";

/**
 * `optional`: a plain Digital account's Day-1 welcome (MT-CS-020) asks for no rosters, so a roster
 * that fits may be attached or not; one that does not fit is still `forbidden`.
 */
type Verdict = { file: string; need: 'required' | 'forbidden' | 'unknown' | 'optional'; reason: string };

/** What each roster must be for this account, as far as the known facts tell. */
const verdicts = (ctx: RuleContext<RosterParams>): { list: Verdict[]; needs: ProfileFactKey[]; plainDigital: boolean } => {
  const { always, credentialingBasic: basic, credentialingStandardPremium: premium } = ctx.params;
  const products = ctx.value('products');
  const level = ctx.value('serviceLevel');
  const credSoft = products ? products.includes('Credentialing Software') : undefined;
  const higher = level === 'Standard' || level === 'Premium';
  // Whether this account's welcome asks for the rosters at all: Core/Strategic/SMB yes, plain Digital no.
  const core = followsCoreWelcome(ctx, ctx.params.process);
  const demanded = (reason: string): Pick<Verdict, 'need' | 'reason'> =>
    core.value === true ? { need: 'required', reason } : core.value === false ? { need: 'optional', reason: PLAIN_DIGITAL } : { need: 'unknown', reason: '' };
  const list: Verdict[] = always.map((file) => ({ file, ...demanded('every welcome email carries it') }));

  // A known service level settles one group even while the products are unknown: a Basic
  // account never gets the Standard/Premium roster, and the other way round.
  const group = (files: string[], fits: boolean, otherLevel: boolean, levelReason: string) =>
    files.forEach((file) => {
      if (credSoft === false) list.push({ file, need: 'forbidden', reason: 'no Credentialing Software was bought' });
      else if (otherLevel) list.push({ file, need: 'forbidden', reason: levelReason });
      else if (credSoft && fits) list.push({ file, ...demanded('Credentialing Software was bought') });
      else list.push({ file, need: 'unknown', reason: '' });
    });
  group(basic, level === 'Basic', higher, `${level} accounts get ${andList(premium)} instead`);
  group(premium, higher, level === 'Basic', `Basic accounts get ${andList(basic)} instead`);

  const needs: ProfileFactKey[] = [];
  if (list.some((v) => v.need === 'unknown')) {
    if (credSoft === undefined) needs.push('products');
    if (level === undefined && credSoft !== false) needs.push('serviceLevel');
    if (core.value === null) needs.push(...core.needs);
  }
  return { list, needs: [...new Set(needs)], plainDigital: core.value === false };
};

const checkRosters = (ctx: RuleContext<RosterParams>, compose: ComposeFacts): Outcome => {
  const { list, needs, plainDigital } = verdicts(ctx);
  if (unreadablePart(compose, 'attachments')) {
    const keep = list.filter((v) => v.need === 'required').map((v) => v.file);
    return {
      state: 'warn',
      message: keep.length
        ? `Can't read this email's attachments: check by hand that it carries ${andList(keep)} and only the rosters that fit the account.`
        : "Can't read this email's attachments: check by hand that it carries only the rosters that fit the account.",
    };
  }
  const names = compose.attachments.map((a) => a.name);
  const uploading = new Set(compose.attachments.filter((a) => a.uploading).map((a) => a.name));
  const details: ItemDetail[] = [];
  const toDelete: string[] = [];
  const toAttach: string[] = [];
  for (const { file, need, reason } of list) {
    const attached = names.filter((n) => sameDocument(n, file));
    if (need === 'forbidden') {
      for (const name of attached) {
        details.push({ key: file, state: 'error', text: `Delete the attachment ${name}: ${reason}` });
        toDelete.push(name);
      }
    } else if (need === 'optional') {
      if (attached.length) details.push({ key: file, state: 'done', text: `${attached[0]} is attached (it fits; not required: ${reason})` });
    } else if (need === 'required') {
      const found = findAttachment(names, file);
      if (!found) {
        details.push({ key: file, state: 'error', text: `Attach ${file}: ${reason}` });
        toAttach.push(file);
      } else if (uploading.has(found)) details.push({ key: file, state: 'info', text: `${found} is still uploading` });
      else details.push({ key: file, state: 'done', text: `${found} is attached` });
    } else if (plainDigital && !attached.length) {
      // Never demanded on a plain Digital welcome: nothing to say until one is attached.
    } else {
      details.push({
        key: file,
        state: 'info',
        text: attached.length
          ? `${attached[0]}: keep it or delete it once the account is known`
          : `${file}: may be needed once the account is known`,
      });
    }
  }
  const hint = needs.length ? ` Can't check ${needs.some((n) => n === 'products' || n === 'serviceLevel') ? 'the credentialing rosters' : 'which rosters are required'} yet: ${learn(needs)}` : '';
  if (toDelete.length || toAttach.length) {
    const parts = [
      ...(toDelete.length ? [`Delete the attachment${toDelete.length > 1 ? 's' : ''} ${andList(toDelete)}`] : []),
      ...(toAttach.length ? [`attach ${andList(toAttach)}`] : []),
    ];
    const sentence = parts.join('; ');
    return { state: 'error', message: `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.${hint}`, details };
  }
  if (plainDigital) {
    const fitting = details.filter((d) => d.state === 'done').length;
    const lead = `No roster is required: ${PLAIN_DIGITAL}.`;
    // Only an attached roster whose fit is unknown needs the missing facts.
    if (details.some((d) => d.state === 'info')) return { state: 'info', message: `${lead}${hint}`, details };
    return fitting
      ? { state: 'done', message: `${lead} The ones attached fit the account.`, details }
      : { state: 'na', message: lead, details };
  }
  if (needs.length)
    return {
      state: 'info',
      message: list.some((v) => v.need === 'required') ? `The rosters every welcome email carries are attached.${hint}` : hint.trim(),
      details,
    };
  return { state: 'done', message: `The attachments fit this account: ${andList(list.filter((v) => v.need === 'required').map((v) => v.file))}.`, details };
};

export default defineRule({
  id: 'OB-ROSTERS',
  sop: 'MT-CS-002',
  title: 'Rosters attached to the welcome email',
  where: [...COMPOSE],
  stage: 'onboarding',
  help: 'The Outreach template already includes every roster, so the admin can start filling them in before the onboarding call. Once you pull it up in Gmail, delete the attached files you don’t need for this account. Credentialing Software bought: Basic accounts get the Payor Roster and the Verification & Documents Roster; Standard and Premium accounts get the Credentialing Information Roster, which combines all credentialing rosters (6 tabs). No Credentialing Software: remove the credentialing rosters before sending.',
  steps: [
      'Always: Initial Account Configuration Roster.xlsx and Initial Organization Management Setup.pdf',
      'Credentialing Software, Basic: Payor Roster.xlsx and Verification & Documents Roster.xlsx',
      'Credentialing Software, Standard/Premium: Credentialing Information Roster.xlsx (or .xlsm), not the two Basic rosters',
      'No Credentialing Software: none of the credentialing rosters',
      "Plain Digital account (MT-CS-020's Day-1 welcome): no roster is required; delete any attached one that doesn't fit",
    ],
  note: "MT-CS-002: \"You’ll have all rosters included in the Outreach template. Once you pull it up in Gmail, please delete the attached files you don’t need for each account you contact.\" The .xlsm copy of the Credentialing Information Roster is matched by its .xlsx name. MT-CS-002 carries a stray \"ONLY for Standard and Premium Accounts\" line before this section; it belongs to a screenshot of the KYC part, so the two always-files are for every Core/Strategic/SMB account. A plain Digital account's welcome is MT-CS-020's \"1 Manual Initial Welcome Email (Day 1)\", which names no rosters: none is demanded there, but an attached roster that does not fit the account is still flagged (params.process says whose welcome carries them).",
  order: 180,
  defaults: {
        email: WELCOME_EMAIL,
        always: ['Initial Account Configuration Roster.xlsx', 'Initial Organization Management Setup.pdf'],
        credentialingBasic: ['Payor Roster.xlsx', 'Verification & Documents Roster.xlsx'],
        credentialingStandardPremium: ['Credentialing Information Roster.xlsx'],
        process: WELCOME_PROCESS,
      },
  params: rosterParams,
  needs: ['products', 'serviceLevel', 'segmentation', 'subtypes'],
  evaluate: (ctx) => {
    const compose = composeOfKind(ctx.page, ctx.params.email, ctx.emailKind);
    return compose ? checkRosters(ctx, compose) : null;
  },
});
