/**
 * Every selector the Gmail adapter uses, in one place, each with its evidence.
 *
 * Sources (public code that reads Gmail's DOM):
 *  - gmail.js: KartikTalwar/gmail.js `src/gmail.js` — `api.dom.composes`, `api.dom.compose`'s
 *    `dom()` lookup table, `recipients()`, `attachments()`, `api.check.is_peoplekit_compose`,
 *    `api.new.get.thread_id`.
 *  - InboxSDK: InboxSDK/InboxSDK `src/platform-implementation-js/dom-driver/gmail/` —
 *    `gmail-element-getter.ts`, `gmail-driver/setup-compose-view-driver-stream.ts`,
 *    `views/gmail-compose-view.ts`, `views/gmail-compose-view/page-parser.ts`,
 *    `views/gmail-message-view.ts`, `views/gmail-thread-view.ts`.
 *
 * Preference (the hooks that have stayed stable): roles, `name=`, `g_editable`, data attributes and
 * `email=` first; Gmail's obfuscated classes only where nothing else exists (they have lived for
 * years, but InboxSDK still meets A/B renames). Each class-based read has a way to notice that it
 * found nothing although the part is there, so drift is reported instead of read as "empty".
 */
export const GMAIL_SEL = {
  // ── Where composes live ──────────────────────────────────────────────────────────────────────
  /** Dock of compose windows ("moles"). InboxSDK `MOLE_CONTAINER_SELECTOR`. */
  dock: 'div.dw',
  /** Parent of the dock's windows. InboxSDK `MOLE_PARENT_SELECTOR` is `.dw .nH > .nH > .no`. */
  dockParent: 'div.dw .no',
  /** Full-screen windows. InboxSDK `getFullscreenComposeWindowContainer()`. */
  fullscreen: '.aSs .aSt',
  /** Full-screen layer (a direct child of body). InboxSDK `getFullscreenComposeWindowContainerStream`. */
  fullscreenLayer: '.aSs',
  /**
   * A compose window (dock or full screen). InboxSDK maps each window to `[role=dialog]` and
   * keeps it only if it holds a `form`; gmail.js keys on `div.M9`.
   */
  dialog: '[role=dialog]',
  /**
   * Proof that an element is a compose rather than another Gmail dialog: the compose core
   * (gmail.js `div.M9`) or the compose form's hidden inputs (gmail.js `dom('id')`/`dom('draft')`).
   * The inputs survive a class rename.
   */
  composeMarker: 'div.M9, form input[name=composeid], form input[name=draft]',
  /**
   * Matches as soon as any compose exists, for a CSS-animation presence check before the adapter
   * loads (lib/dom/selector-presence). It names visible containers: a minimized window's core is
   * `display: none`, and hidden elements run no animation.
   */
  composePresence: '.dw [role=dialog], .aSt [role=dialog], .ip.adB, body.xE.xp [role=main]',
  /** The compose core, gmail.js's unit and InboxSDK's inline reply element. */
  composeCore: 'div.M9',
  /**
   * Pop-out compose window: body classes `xE xp` (InboxSDK `isStandaloneComposeWindow`); the
   * compose is a child of `[role=main]` (InboxSDK `StandaloneCompose.getComposeWindowContainer`).
   */
  standaloneBodyClasses: ['xE', 'xp'] as const,
  main: '[role=main]',
  /** A message's reply area once a reply is open (InboxSDK `gmail-message-view` `#setupReplyStream`). */
  inlineReplyArea: '.ip.adB',
  /**
   * Thread id on the thread view (`h2.hP`): gmail.js `api.new.get.thread_id`, InboxSDK
   * `gmail-thread-view` `getThreadID`.
   */
  threadPermId: '[data-thread-perm-id]',

  // ── The compose form's hidden inputs (gmail.js `dom()` table) ──────────────────────────────
  draftInput: 'input[name=draft]',
  composeIdInput: 'input[name=composeid]',
  /** Thread being replied to, "#thread-f:…" (gmail.js `dom('thread')`). */
  threadInput: 'input[name=rt]',
  /** Visible subject (gmail.js `dom('subjectbox')`, InboxSDK `getSubjectInput`). */
  subjectBox: 'input[name=subjectbox]',
  /** Hidden subject; the only one inline replies have (gmail.js `subject()` fallback). */
  subjectHidden: 'input[name=subject]',

  // ── Recipients ───────────────────────────────────────────────────────────────────────────────
  /**
   * Peoplekit field (2021+ UI): `.GS .anm[name=to|cc|bcc]` (InboxSDK `getRecipientChips`),
   * `div[name=to]` (gmail.js `is_peoplekit_compose`). Only the div: the classic UI uses the same
   * name on its textarea and hidden inputs.
   */
  peoplekitField: (type: RecipientType) => `div[name="${type}"]`,
  /**
   * Chips inside the field's own listbox. Scoping to the field keeps the suggestion popups out:
   * they carry `data-hovercard-id` too (gmail.js issue #713, fixed by scoping in PR #714).
   */
  peoplekitChip: '[role=listbox] [role=option][data-hovercard-id]',
  /** Classic UI typing field (gmail.js `dom('to')`, InboxSDK `textarea.vO[name=to]`). */
  classicField: (type: RecipientType) => `textarea[name="${type}"]`,
  /** Classic chip's hidden input, value "Name <addr>" (gmail.js `.GS input[type=hidden]`). */
  classicHidden: (type: RecipientType) => `input[type=hidden][name="${type}"]`,
  /** Classic chip and its address (InboxSDK `.vR > input[type=hidden]`, and `span.vN[email]`). */
  classicChip: '.vR',
  classicChipAddress: '[email]',

  // ── Body ─────────────────────────────────────────────────────────────────────────────────────
  /** InboxSDK `getMaybeBodyElement`: `.Ap [g_editable=true]`; the role keeps out the hidden textarea. */
  body: '[g_editable=true][role=textbox]',
  /** Same editor if Gmail drops `g_editable`; a role-less contenteditable is not trusted. */
  bodyFallback: 'div[contenteditable=true][role=textbox]',
  /**
   * Parts of the body that are not the CSM's text: Drive chips (read as attachments) and quoted
   * history. Both classes are written into sent mail by Gmail itself and are long-lived.
   */
  bodySkip: '.gmail_drive_chip, .gmail_quote',
  /**
   * Where the CSM's own text ends: the signature (with its "-- " prefix) and quoted history.
   * Text inserted "at the end" goes before these.
   */
  bodyTail: '.gmail_signature_prefix, .gmail_signature, .gmail_quote',

  // ── Attachments ──────────────────────────────────────────────────────────────────────────────
  /** Chip, name, size, download link: gmail.js `attachments()` (`div.dL`, `div.vI`, `div.vJ`, `a.dO`). */
  attachmentChip: 'div.dL',
  attachmentName: '.vI',
  attachmentSize: '.vJ',
  /** Any link: gmail.js reads `a.dO`, but the class is not needed to tell a finished upload. */
  attachmentLink: 'a[href]',
  /**
   * Upload in progress (provisional: no public capture). The chip shows a progress bar and has no
   * download link until the upload finishes.
   */
  attachmentProgress: '[role=progressbar]',
  /**
   * Evidence that attachment chips exist whatever their classes: each chip holds a hidden
   * `input[name=attach]` and an `aria-label` "Attachment: <name>. …". Seeing these
   * with no `div.dL` means the chip classes changed.
   */
  attachmentEvidence: 'input[name=attach], [aria-label^="Attachment:"]',
  /**
   * Drive files inserted into the body render as chips (Gmail writes the same markup into sent
   * mail; read by FlowCrypt and others): link to Drive/Docs, title in `span[dir=ltr]`.
   */
  driveChip: '.gmail_drive_chip',
  driveChipLink: 'a[href]',
  driveChipTitle: 'span[dir=ltr]',
} as const;

export type RecipientType = 'to' | 'cc' | 'bcc';
export const RECIPIENT_TYPES: readonly RecipientType[] = ['to', 'cc', 'bcc'];
