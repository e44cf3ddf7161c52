import { describe, expect, it } from 'vitest';
import { accountRecordUrl } from '@/lib/audit/record-link';
import { ACCOUNT_A } from './support';

describe('accountRecordUrl', () => {
  it('links to the record on a Salesforce org', () => {
    expect(accountRecordUrl('Acme.my.salesforce.com', ACCOUNT_A)).toBe(`https://acme.my.salesforce.com/lightning/r/Account/${ACCOUNT_A}/view`);
  });

  it.each(['evil.com#.my.salesforce.com', 'evil.com?.lightning.force.com', 'evil.com/.my.salesforce.com', 'x@evil.com'])(
    'gives no link for an imported org host %j that would open another site',
    (host) => {
      expect(accountRecordUrl(host, ACCOUNT_A)).toBeNull();
    },
  );
});
