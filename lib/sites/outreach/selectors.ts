/**
 * Every selector and visible label the Outreach adapter uses.
 *
 * Evidence is thin: no public copy of Outreach's DOM exists, so
 * everything but the URLs is provisional. What is known comes from the userscripts in
 * `dwrekofc/outreach-sent-message-scraper` (React + MUI v5 with JSS: `MuiChip-label`,
 * `MuiTypography-*`, `.native-html`, `a[href*="/prospects/"]`). Outreach's own class names are
 * generated (`v5-jss<n>`) and change every build, so nothing here uses them: only URLs and href
 * patterns, ARIA roles, `mailto:` links, MUI's public component class names, and visible labels.
 * When the live page disagrees, the live page wins: fix it here and in tests/fixtures/outreach.
 * The composer is found by what it holds, not by where it opens (composer.ts): the fixtures cover
 * an MUI dialog, a docked panel, an inline form and a sequence step editor with unrelated markup.
 */
export const OUTREACH_SEL = {
  /** Page content; the app shell's navigation sits outside it. */
  main: 'main, [role=main]',
  /** Heading of the record shown (prospect name, sequence name). */
  pageHeading: 'h1, [role=heading][aria-level="1"]',
  /** A prospect's address is shown as a mail link. */
  mailto: 'a[href^="mailto:" i]',
  /** A link to one sequence (the nav's `/sequences` list link has no id and does not match). */
  sequenceLink: 'a[href*="/sequences/"]',
  /** Inside the composer: the prospect it writes to, the sequence step or saved mailing it is (ids in the href). */
  prospectLink: 'a[href*="/prospects/"]',
  stepLink: 'a[href*="/steps/"]',
  mailingLink: 'a[href*="/mailings/"]',
  /** Row around a sequence link, where its state and "Added …" date are shown. */
  membershipRow: '[role=row], [role=listitem], li, tr',
  /** Machine-readable date, when the row gives one. */
  time: 'time[datetime]',
  /** Modal and floating panels; page facts ignore what is inside them. */
  dialog: '[role=dialog]',
  /** The composer's editor: a rich-text contenteditable, announced as a textbox when the editor is accessible. */
  editorTextbox: '[contenteditable="true"][role=textbox], [contenteditable=""][role=textbox]',
  editor: '[contenteditable="true"], [contenteditable=""]',
  /**
   * Where a composer can open besides a dialog: a docked panel, an inline form, a step editor.
   * The composer is the nearest of these around its fields (see composer.ts), else the fields' row.
   */
  composerFrame: '[role=dialog], [role=region], [role=complementary], [role=form], form, section, aside, article',
  /** Page content a composer search never climbs past. */
  composerStop: 'body, main, [role=main]',
  /** MUI chips (recipients in the composer). Public MUI class, stable across Outreach builds. */
  chipLabel: '.MuiChip-label',
  /** One recipient shown as a token: an MUI chip's label, or a listbox option or list item (any other build). */
  recipientToken: '.MuiChip-label, [role=option], [role=listitem], li',
  /** Fields a value is typed in (the subject; addresses not yet turned into tokens). */
  textInput: 'input, textarea',
  /** Controls a label can name. */
  control: 'input, textarea, select, [role=combobox], [role=textbox], [contenteditable]',
  /** Label-like elements whose own text names a field. */
  labelText: 'label, legend, [id], h2, h3, h4, h5, h6, span, p, div',
  listItem: 'li, [role=listitem]',
  /**
   * The prospect's activity list, found from its heading or name (OUTREACH_LABELS.activity): a
   * region named so, or the section/list under such a heading. Its entries are feed articles,
   * list items or rows.
   */
  activityFrame: 'section, [role=region], [role=feed], [role=list], ul, ol, div',
  activityEntry: '[role=article], article, [role=listitem], li, [role=row]',
  progress: '[role=progressbar]',
} as const;

/** Visible labels (English UI). Matched whole, case-insensitively, with an optional colon. */
export const OUTREACH_LABELS = {
  sequences: /^sequences$/i,
  /** The activity list's heading or name ("Activity", "Activities", "Recent activity", "Activity timeline"). */
  activity: /^(?:recent\s+)?activit(?:y|ies)(?:\s+(?:timeline|feed|history))?\s*:?$/i,
  /**
   * What an activity entry is, from its name or visible text: a logged or sent email, a logged
   * call, a meeting. Anything else (a task, a stage change, a sequence added) is no touch.
   */
  activityCall: /\b(?:call(?:ed)?|phone call|dial(?:led|ed)?)\b/i,
  activityEmail: /\b(?:e-?mail(?:ed)?|replied|reply)\b/i,
  activityMeeting: /\bmeeting\b/i,
  /** An entry's day written out, when it gives no `<time datetime>`: "Nov 25, 2026", "11/25/2026", "2026-11-25". */
  activityDate: /\b([A-Za-z]{3,9}\.? \d{1,2},? \d{4}|\d{1,2}\/\d{1,2}\/\d{4}|\d{4}-\d{2}-\d{2})\b/,
  /** A recipients field's name: its label, aria-label or placeholder ("To", "Recipients", "Add recipients"). */
  to: /^(?:to|recipients?|add recipients?|send to)\s*:?$/i,
  cc: /^cc:?$/i,
  bcc: /^bcc:?$/i,
  subject: /^(?:subject(?: line)?|email subject|add a subject)\s*:?$/i,
  /** A frame named as an email composer ("New email", "Compose email", "Reply", "Step 2: Manual email"). */
  composerName: /\b(?:e-?mail|message|compose|reply|forward)\b/i,
  attachments: /^attachments?(?:\s*\(\d+\))?:?$/i,
  /** "Added Nov 27, 2026", "Added on 11/27/2026", "Added 2026-11-27". */
  addedOn: /\badded(?:\s+on)?\s+([A-Za-z]{3,9}\.? \d{1,2},? \d{4}|\d{1,2}\/\d{1,2}\/\d{4}|\d{4}-\d{2}-\d{2})/i,
  /** A file size as shown next to an attachment ("24 KB", "(1.2 MB)", "512 bytes"). */
  fileSize: /\(?\b\d+(?:[.,]\d+)?\s?(?:bytes|[KMG]B|[KMG])\b\)?/i,
} as const;
