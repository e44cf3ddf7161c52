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

/** An address written the SOP's way for a taken `name@domain`, and that address. */
export type SopAdminEmail = {
  /** The address it stands for: `name@domain`. */
  base: string;
  /** What the SOP added before the `@`: `+1` (or a later +N), or `DONOTUSE`. */
  mark: string;
};

/**
 * CSO-ADMIN-EMAIL-TAKEN / CSO-PRESIGNUP-FIELDS: `name+1@domain` or `nameDONOTUSE@domain` is the
 * SOP's own remedy for a taken `name@domain` (a +N the helper above moves on to counts too), so
 * such an address stands for `name@domain`. Null for any other text, a plain address included.
 */
export function sopAdminEmail(email: string): SopAdminEmail | null {
  const match = EMAIL.exec(email.trim());
  if (!match) return null;
  const [, local = '', domain = ''] = match;
  const remedy = /^(.+?)(\+\d+|DONOTUSE)$/i.exec(local);
  if (!remedy) return null;
  return { base: `${remedy[1]}@${domain}`, mark: remedy[2]! };
}
