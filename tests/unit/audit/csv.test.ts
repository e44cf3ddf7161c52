import { describe, expect, it } from 'vitest';
import { ACCOUNT_COLUMNS, auditCsv } from '@/lib/audit/audit-csv';
import { CATALOGUE_IDS } from '@/lib/core/playbook/catalogue';
import { csvField, parseCsv, toCsv } from '@/lib/audit/csv';
import { summarizeAccount } from '@/lib/audit/summarize';
import { ACCOUNT_A, ACCOUNT_B, ACCOUNT_C, CONTEXT, PLAYBOOK, digital, profile, tick } from './support';

const ACCOUNT_D = '001Hs00003QrsTuIAA';

describe('CSV fields (RFC 4180)', () => {
  it('leaves plain text, numbers and empty values as they are', () => {
    expect(csvField('Lakeside Clinic')).toBe('Lakeside Clinic');
    expect(csvField(42)).toBe('42');
    expect(csvField(0.5)).toBe('0.5');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(true)).toBe('true');
  });

  it('quotes fields with commas, quotes, CR or LF, doubling the quotes', () => {
    expect(csvField('Smith, Jones & Co')).toBe('"Smith, Jones & Co"');
    expect(csvField('The "Lakeside" clinic')).toBe('"The ""Lakeside"" clinic"');
    expect(csvField('line 1\nline 2')).toBe('"line 1\nline 2"');
    expect(csvField('line 1\r\nline 2')).toBe('"line 1\r\nline 2"');
    expect(csvField('"')).toBe('""""');
  });

  it('neutralises text a spreadsheet would run as a formula: = + - @, tab and CR at the start', () => {
    expect(csvField('=HYPERLINK("http://x.example","click")')).toBe(`"'=HYPERLINK(""http://x.example"",""click"")"`);
    expect(csvField('+1 555 0100')).toBe("'+1 555 0100");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(A1:A9)')).toBe("'@SUM(A1:A9)");
    expect(csvField('\tabc')).toBe(`"'\tabc"`);
    expect(csvField('\rabc')).toBe(`"'\rabc"`);
    // Only the start matters; numbers are data, never formulas.
    expect(csvField('a=b')).toBe('a=b');
    expect(csvField(-5)).toBe('-5');
  });

  it('quotes fields holding a semicolon or a tab (separators in semicolon locales and tab-separated imports)', () => {
    expect(csvField('Smith; Jones')).toBe('"Smith; Jones"');
    expect(csvField('Smith\tJones')).toBe('"Smith\tJones"');
  });

  it.each([
    ['a;=1+1', `"a;'=1+1"`],
    ['a,+1', `"a,'+1"`],
    ['a\t-2+3', `"a\t'-2+3"`],
    ['a\r\n@SUM(A1)', `"a\r\n'@SUM(A1)"`],
    ['a\n=1', `"a\n'=1"`],
    ['a; =1', `"a; '=1"`],
    ['\t=1+1', `"'\t'=1+1"`],
    ['\r=1+1', `"'\r'=1+1"`],
    ['=1;=2', `"'=1;'=2"`],
  ])('neutralises a formula at the start of every cell a spreadsheet could split %j into', (value, written) => {
    expect(csvField(value)).toBe(written);
    // Split the way a semicolon locale or a tab/line-based import would: no piece starts a formula.
    const [read] = parseCsv(`${written}\r\n`);
    for (const piece of read![0]!.split(/[,;\t\r\n]/)) expect(piece.trimStart()).not.toMatch(/^[=+\-@]/);
  });

  it('ends every record, the last one too, with CRLF and reads back the same values', () => {
    const records = [
      ['name', 'note'],
      ['A, B', 'say "hi"\nthen leave'],
      ['', '=cmd'],
    ];
    const text = toCsv(records);
    expect(text).toBe('name,note\r\n"A, B","say ""hi""\nthen leave"\r\n,\'=cmd\r\n');
    expect(parseCsv(text)).toEqual([records[0], records[1], ['', "'=cmd"]]);
  });
});

describe('the audit CSV (account × rule)', () => {
  it('has the account columns then one column per rule ID, in playbook order', () => {
    const text = auditCsv([], PLAYBOOK);
    const [header] = parseCsv(text);
    expect(header).toEqual([...ACCOUNT_COLUMNS, ...PLAYBOOK.rules.map((r) => r.id)]);
    // One column per rule file: the catalogue is the rule files (lib/core/rules).
    expect(header).toHaveLength(ACCOUNT_COLUMNS.length + CATALOGUE_IDS.length);
    // Issue 23's rules have their columns.
    expect(header).toEqual(expect.arrayContaining(['TR-SESSIONS', 'TR-RECAP-DUE', 'UNR-WEEKLY-REACH-OUT', 'UNR-INFORM-LEAD', 'OB-CALL-AGENDA', 'OB-RSM-LOGGED', 'CLS-SUBTYPE-NOTES', 'OUT-LOG-TOUCHES', 'SMB-ADOPTION-ARTEFACTS', 'ESC-DAILY-10']));
  });

  it('writes one row per account with states, overdue steps and a neutralised hostile name', () => {
    const summaries = [
      summarizeAccount(ACCOUNT_A, digital(ACCOUNT_A, 'Lakeside Clinic', 'Jane Doe', '2026-11-02'), [tick(ACCOUNT_A, 'OB-PRESENTATION', true, 'Jane Doe', '2026-11-03T16:00:00.000Z')], CONTEXT),
      summarizeAccount(ACCOUNT_B, profile(ACCOUNT_B, { accountName: '=1+2, "quoted"', csm: '@Sam' }), [], CONTEXT),
    ];
    const [header, a, b] = parseCsv(auditCsv(summaries, PLAYBOOK));
    const cell = (row: string[] | undefined, column: string) => row![header!.indexOf(column)];
    expect(cell(a, 'Account ID')).toBe(ACCOUNT_A);
    expect(cell(a, 'Account name')).toBe('Lakeside Clinic');
    expect(cell(a, 'Stage')).toBe('Onboarding');
    // A GameDay account: the reminder email (MT-CS-002's) is not one of its steps, and its sequence has the Day 30 steps only;
    // its Learning training was expected on Nov 10 (the first Tuesday after its Day-4 follow-up).
    expect([cell(a, 'Done'), cell(a, 'Applicable'), cell(a, 'Completion %')]).toEqual(['1', '5', '20']);
    expect(cell(a, 'Overdue rules')).toBe('OB-SAME-DAY-CALL; TR-SESSIONS');
    expect(cell(a, 'TR-SESSIONS')).toBe('error; overdue since 2026-11-10');
    expect(cell(a, 'TR-RECAP-DUE')).toBe('');
    expect(cell(a, 'Last activity by')).toBe('Jane Doe');
    expect(cell(a, 'Salesforce record')).toBe('https://acme.my.salesforce.com/lightning/r/Account/001Hs00003ABCdeIAG/view');
    expect(cell(a, 'OB-PRESENTATION')).toBe('done');
    expect(cell(a, 'OB-SAME-DAY-CALL')).toBe('error; overdue since 2026-11-02');
    expect(cell(a, 'CLS-SMB')).toBe('na');
    expect(cell(a, 'CSO-SYSTEM-CODES')).toBe('');
    expect(cell(b, 'Account name')).toBe(`'=1+2, "quoted"`);
    expect(cell(b, 'CSM')).toBe("'@Sam");
  });

  it('names the user the team server vouches for in "Last activity by", with the display name and how the author is known beside it', () => {
    const at = (h: number) => `2026-11-0${h}T16:00:00.000Z`;
    const summaries = [
      // Through team sync, proven: the user, though the display name says a colleague.
      summarizeAccount(ACCOUNT_A, undefined, [tick(ACCOUNT_A, 'OB-PRESENTATION', true, 'Sam Roe', at(3), 'p1')], CONTEXT),
      // The older id form pulled from the team: nothing proves who wrote it.
      summarizeAccount(ACCOUNT_B, undefined, [tick(ACCOUNT_B, 'OB-PRESENTATION', true, 'Maria Lopez', at(4), 'u1')], CONTEXT),
      // Never through team sync (an imported bundle): the display name, said to be only that.
      summarizeAccount(ACCOUNT_C, undefined, [tick(ACCOUNT_C, 'OB-PRESENTATION', true, 'Jane Doe', at(5), 'd1')], CONTEXT),
      // Tampered: another version of the event exists.
      summarizeAccount(ACCOUNT_D, undefined, [tick(ACCOUNT_D, 'OB-PRESENTATION', true, 'Lee Park', at(6), 't1')], CONTEXT),
    ];
    const authors = { p1: { owner: 'maria' }, u1: { owner: null, unproven: true as const }, t1: { owner: 'lee', tampered: true as const } };
    const [header, ...rows] = parseCsv(auditCsv(summaries, PLAYBOOK, authors));
    const cells = (row: string[] | undefined) => ['Last activity by', 'Last activity display name', 'Last activity author'].map((c) => row![header!.indexOf(c)]);
    expect(cells(rows[0])).toEqual(['maria', 'Sam Roe', 'signed in (checked by the team server)']);
    expect(cells(rows[1])).toEqual(['Maria Lopez', 'Maria Lopez', 'not proven: recorded before the team server checked who wrote events']);
    expect(cells(rows[2])).toEqual(['Jane Doe', 'Jane Doe', 'display name only (not through team sync)']);
    expect(cells(rows[3])).toEqual(['lee', 'Lee Park', 'signed in, but tampered: another version of this event exists']);
  });
});
