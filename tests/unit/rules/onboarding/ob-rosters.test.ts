import { describe, expect, it } from 'vitest';
import { CORE, compose, DIGITAL, detailOf, item, one, page, run, SMB, type FactValues } from '../support/compose';

const WELCOME = 'Welcome to MedTrainer! Your CSM, Ana';
const ALWAYS = ['Initial Account Configuration Roster.xlsx', 'Initial Organization Management Setup.pdf'];
const BASIC = ['Payor Roster.xlsx', 'Verification & Documents Roster.xlsx'];
const PREMIUM = 'Credentialing Information Roster.xlsx';

describe('OB-ROSTERS', () => {
  type ComposeInput = NonNullable<Parameters<typeof compose>[0]>;
  const welcome = (attachments: ComposeInput['attachments'], extra: ComposeInput = {}) =>
    compose({ subject: WELCOME, attachments, ...extra });
  const credBasic: FactValues = { ...CORE, products: ['Learning', 'Credentialing Software'], serviceLevel: 'Basic' };
  const credPremium: FactValues = { ...credBasic, serviceLevel: 'Premium' };

  it('done: no Credentialing Software, only the always-files', () => {
    const i = one('OB-ROSTERS', { facts: CORE, page: welcome(ALWAYS) });
    expect(i.state).toBe('done');
    expect(i.message).toMatch(/Initial Account Configuration Roster.xlsx and Initial Organization Management Setup.pdf/);
  });

  it('error: no Credentialing Software, one delete detail per credentialing roster (keyed by file name)', () => {
    const i = one('OB-ROSTERS', { facts: CORE, page: welcome([...ALWAYS, ...BASIC, 'Credentialing Information Roster.xlsm']) });
    expect(i.state).toBe('error');
    expect(i.message).toMatch(/^Delete the attachments Payor Roster.xlsx, Verification & Documents Roster.xlsx and Credentialing Information Roster.xlsm\./);
    expect(detailOf(i, 'Payor Roster.xlsx')).toEqual({
      key: 'Payor Roster.xlsx',
      state: 'error',
      text: 'Delete the attachment Payor Roster.xlsx: no Credentialing Software was bought',
    });
    expect(detailOf(i, PREMIUM)?.text).toBe('Delete the attachment Credentialing Information Roster.xlsm: no Credentialing Software was bought');
  });

  it('error: an always-file missing is named', () => {
    const i = one('OB-ROSTERS', { facts: CORE, page: welcome(['Initial Organization Management Setup.pdf']) });
    expect(i.state).toBe('error');
    expect(i.message).toBe('Attach Initial Account Configuration Roster.xlsx.');
    expect(detailOf(i, 'Initial Account Configuration Roster.xlsx')).toMatchObject({ state: 'error', text: expect.stringMatching(/^Attach Initial Account Configuration Roster.xlsx/) });
  });

  it('Basic with Credentialing Software: the two Basic rosters, not the combined one', () => {
    expect(one('OB-ROSTERS', { facts: credBasic, page: welcome([...ALWAYS, ...BASIC]) }).state).toBe('done');
    const i = one('OB-ROSTERS', { facts: credBasic, page: welcome([...ALWAYS, 'Payor Roster.xlsx', PREMIUM]) });
    expect(i.state).toBe('error');
    expect(i.message).toBe('Delete the attachment Credentialing Information Roster.xlsx; attach Verification & Documents Roster.xlsx.');
    expect(detailOf(i, PREMIUM)?.text).toMatch(/Basic accounts get Payor Roster.xlsx and Verification & Documents Roster.xlsx instead/);
  });

  it('Premium with Credentialing Software: the combined roster (.xlsm too), not the Basic ones', () => {
    expect(one('OB-ROSTERS', { facts: credPremium, page: welcome([...ALWAYS, 'Credentialing Information Roster.xlsm']) }).state).toBe('done');
    const i = one('OB-ROSTERS', { facts: credPremium, page: welcome([...ALWAYS, ...BASIC]) });
    expect(i.state).toBe('error');
    expect(i.message).toMatch(/Delete the attachments Payor Roster.xlsx and Verification & Documents Roster.xlsx; attach Credentialing Information Roster.xlsx/);
    expect(detailOf(i, 'Payor Roster.xlsx')?.text).toMatch(/Premium accounts get Credentialing Information Roster.xlsx instead/);
  });

  it('matches names as Gmail shows them (size, copy suffix)', () => {
    const i = one('OB-ROSTERS', {
      facts: CORE,
      page: welcome(['Initial Account Configuration Roster (1).xlsx', 'Initial Organization Management Setup.pdf (48K)']),
    });
    expect(i.state).toBe('done');
  });

  it('an upload in progress is not missing', () => {
    const i = one('OB-ROSTERS', {
      facts: CORE,
      page: welcome([ALWAYS[0]!, { name: ALWAYS[1]!, uploading: true }]),
    });
    expect(i.state).toBe('done');
    expect(detailOf(i, ALWAYS[1]!)).toMatchObject({ state: 'info', text: `${ALWAYS[1]} is still uploading` });
  });

  it('info naming the service level when it is unknown, still flagging what is certain', () => {
    const facts: FactValues = { ...credBasic, serviceLevel: undefined };
    const ok = one('OB-ROSTERS', { facts, page: welcome([...ALWAYS, ...BASIC]) });
    expect(ok.state).toBe('info');
    expect(ok.message).toMatch(/Open the Salesforce Opportunity to learn the service level/);
    const missing = one('OB-ROSTERS', { facts, page: welcome([ALWAYS[1]!]) });
    expect(missing.state).toBe('error');
    expect(missing.message).toMatch(/^Attach Initial Account Configuration Roster.xlsx\. Can't check the credentialing rosters yet: Open the Salesforce Opportunity to learn the service level/);
  });

  it('info naming the products when they are unknown; a known Basic level still rules out the combined roster', () => {
    const facts: FactValues = { ...CORE, products: undefined, serviceLevel: 'Basic' };
    const i = one('OB-ROSTERS', { facts, page: welcome([...ALWAYS, PREMIUM]) });
    expect(i.state).toBe('error');
    expect(detailOf(i, PREMIUM)?.state).toBe('error');
    expect(detailOf(i, 'Payor Roster.xlsx')?.state).toBe('info');
    expect(i.message).toMatch(/learn the products\.$/);
    const model = run({ facts, page: welcome(ALWAYS) });
    expect(item(model, 'OB-ROSTERS')?.state).toBe('info');
    expect(model.unknownFacts.map((f) => f.fact)).toEqual(expect.arrayContaining(['products']));
  });

  it('warn when the attachments cannot be read', () => {
    const i = one('OB-ROSTERS', { facts: CORE, page: welcome([], { unreadable: ['attachments'] }) });
    expect(i.state).toBe('warn');
    expect(i.message).toMatch(/Can't read this email's attachments: .*Initial Account Configuration Roster.xlsx/);
  });

  describe('plain Digital account (MT-CS-020 Day-1 welcome): no roster demanded, a misfit still flagged', () => {
    const digital: FactValues = { ...DIGITAL, products: ['Learning', 'Compliance'] };
    it('na with no attachment at all', () => {
      const i = one('OB-ROSTERS', { facts: digital, page: welcome([]) });
      expect(i.state).toBe('na');
      expect(i.message).toBe("No roster is required: a plain Digital account's Day-1 welcome (MT-CS-020) asks for no rosters.");
      expect(i.details).toEqual([]);
    });
    it('done when the rosters attached fit; the missing always-files are not asked for', () => {
      const i = one('OB-ROSTERS', { facts: digital, page: welcome([ALWAYS[0]!]) });
      expect(i.state).toBe('done');
      expect(detailOf(i, ALWAYS[0]!)).toMatchObject({
        state: 'done',
        text: `${ALWAYS[0]} is attached (it fits; not required: a plain Digital account's Day-1 welcome (MT-CS-020) asks for no rosters)`,
      });
      expect(detailOf(i, ALWAYS[1]!)).toBeUndefined();
    });
    it('error naming an attached roster that does not fit ("delete this attachment")', () => {
      const i = one('OB-ROSTERS', { facts: digital, page: welcome([...ALWAYS, 'Payor Roster.xlsx']) });
      expect(i.state).toBe('error');
      expect(i.message).toBe('Delete the attachment Payor Roster.xlsx.');
      expect(detailOf(i, 'Payor Roster.xlsx')?.text).toBe('Delete the attachment Payor Roster.xlsx: no Credentialing Software was bought');
    });
    it('Credentialing Software: the fitting roster is not demanded, the other tier\'s is flagged', () => {
      const cred: FactValues = { ...DIGITAL, products: ['Learning', 'Credentialing Software'], serviceLevel: 'Basic' };
      expect(one('OB-ROSTERS', { facts: cred, page: welcome([]) }).state).toBe('na');
      const i = one('OB-ROSTERS', { facts: cred, page: welcome([PREMIUM]) });
      expect(i.state).toBe('error');
      expect(i.message).toBe('Delete the attachment Credentialing Information Roster.xlsx.');
    });
    it('info naming the products when an attached roster cannot be judged yet', () => {
      const i = one('OB-ROSTERS', { facts: { ...DIGITAL, products: undefined, serviceLevel: undefined }, page: welcome(['Payor Roster.xlsx']) });
      expect(i.state).toBe('info');
      expect(i.message).toMatch(/asks for no rosters\. Can't check the credentialing rosters yet: Open the Salesforce Opportunity to learn the products/);
      expect(one('OB-ROSTERS', { facts: { ...DIGITAL, products: undefined }, page: welcome([]) }).state).toBe('na');
    });
    it('an SMB account follows MT-CS-002: the always-files are demanded', () => {
      const i = one('OB-ROSTERS', { facts: SMB, page: welcome([]) });
      expect(i.state).toBe('error');
      expect(i.message).toBe('Attach Initial Account Configuration Roster.xlsx and Initial Organization Management Setup.pdf.');
    });
    it('segment unknown: a missing always-file is information naming the Account, not an error', () => {
      const i = one('OB-ROSTERS', { facts: { ...CORE, segmentation: undefined }, page: welcome([]) });
      expect(i.state).toBe('info');
      expect(i.message).toMatch(/^Can't check which rosters are required yet: Open the Salesforce Account to learn the CS segmentation/);
      expect(one('OB-ROSTERS', { facts: { ...CORE, segmentation: undefined }, page: welcome(['Payor Roster.xlsx']) }).state).toBe('error');
    });
  });

  it('works in the Outreach composer and only on the welcome email', () => {
    expect(one('OB-ROSTERS', { facts: CORE, page: compose({ subject: WELCOME, attachments: ALWAYS }, 'outreach.compose') }).state).toBe('done');
    expect(item(run({ facts: CORE, page: compose({ subject: 'Recap', attachments: BASIC }) }), 'OB-ROSTERS')).toBeUndefined();
    expect(item(run({ facts: CORE, page: page('sf.account') }), 'OB-ROSTERS')).toBeUndefined();
  });
});
