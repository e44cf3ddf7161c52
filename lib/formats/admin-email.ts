export type AdminEmailOptions = {
  /** Rename the demo/trial user's address so it frees the original one. */
  doNotUse: string;
  /** Keep the old user (still valid) and give the new super admin a plus-address. */
  plusOne: string;
};

const EMAIL = /^([^\s@]+)@([^\s@]+\.[^\s@]+)$/;

/**
 * CSO-ADMIN-EMAIL-TAKEN: the seed's two ways out for a taken `name@domain` —
 * `nameDONOTUSE@domain` for the old user, or `name+1@domain` for the new super admin.
 * An address that already ends in +N (an earlier +1 that is taken too) moves to +N+1, so
 * `a+1@d` → `a+2@d`; any other +tag keeps its tag and gains +1 (`a+x@d` → `a+x+1@d`), since the
 * point is a different address that still reaches the same mailbox.
 * Returns null when the text is not one email address.
 */
export function adminEmailOptions(email: string): AdminEmailOptions | null {
  const match = EMAIL.exec(email.trim());
  if (!match) return null;
  const [, local = '', domain = ''] = match;
  const numbered = /^(.*)\+(\d+)$/.exec(local);
  const plusLocal = numbered ? `${numbered[1]}+${Number(numbered[2]) + 1}` : `${local}+1`;
  // An address already disabled once keeps its single DONOTUSE.
  const doNotUseLocal = /DONOTUSE$/i.test(local) ? local : `${local}DONOTUSE`;
  return { doNotUse: `${doNotUseLocal}@${domain}`, plusOne: `${plusLocal}@${domain}` };
}
