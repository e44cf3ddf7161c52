import type { EventAuthor } from './timeline';

/**
 * Who did something, as a lead audits it. The display name (`by`) is typed by each CSM and proves
 * nothing; with team sync the server vouches for the signed-in user in each event's id, so that is
 * the name shown, with the display name beside it where it differs.
 * - `signed-in`: the team server checked the user (the id names it);
 * - `tampered`: the same, but another version of the event exists;
 * - `not-proven`: it came through team sync in the older id form: nothing proves who wrote it;
 * - `display-name`: it never came through team sync (team sync off, an imported bundle).
 */
export type AuthorProof = 'signed-in' | 'tampered' | 'not-proven' | 'display-name';

export interface ActivityAuthor {
  /** The authenticated user, when proven. */
  user: string | null;
  /** The display name the writer typed ('' when none). */
  display: string;
  proof: AuthorProof;
}

export const activityAuthor = (by: string, author: EventAuthor | undefined): ActivityAuthor => {
  if (author?.owner) return { user: author.owner, display: by, proof: author.tampered ? 'tampered' : 'signed-in' };
  return { user: null, display: by, proof: author?.unproven ? 'not-proven' : 'display-name' };
};

/** The name to show first: the authenticated user, else the display name. */
export const authorName = (a: ActivityAuthor): string => a.user ?? (a.display || 'no name set');

/** The display name beside the user, when it says something the user name does not. */
export const displayBeside = (a: ActivityAuthor): string | null =>
  a.user !== null && a.display.trim() && a.display.trim().toLowerCase() !== a.user.toLowerCase() ? a.display : null;

/** The proof in words (CSV column "Last activity author", screen readers). */
export const PROOF_TEXT: Record<AuthorProof, string> = {
  'signed-in': 'signed in (checked by the team server)',
  tampered: 'signed in, but tampered: another version of this event exists',
  'not-proven': 'not proven: recorded before the team server checked who wrote events',
  'display-name': 'display name only (not through team sync)',
};

/** One line: `maria (as “Maria Lopez”)`, `Maria Lopez (author not proven)`. */
export const authorLine = (a: ActivityAuthor): string => {
  const beside = displayBeside(a);
  const name = `${authorName(a)}${beside ? ` (as “${beside}”)` : ''}`;
  if (a.proof === 'not-proven') return `${name} (author not proven)`;
  if (a.proof === 'tampered') return `${name} (tampered)`;
  return name;
};
