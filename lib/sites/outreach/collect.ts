import { isInstant, todayIn } from '../../core/dates';
import type { OutreachActivity, OutreachActivityType, OutreachFacts } from '../../core/facts/page-facts';
import { parseSfDate } from '../../core/formats';
import { accessibleName, findLabelText, textOf } from './labelled';
import { OUTREACH_LABELS, OUTREACH_SEL } from './selectors';

/** What the prospect and sequence pages show; `ready` is false until the React view rendered. */
export interface RecordRead {
  ready: boolean;
  outreach: OutreachFacts;
}

/**
 * Prospect page: the id (from the URL), the address (the `mailto:` link), and the sequences the
 * prospect is in (links to `/sequences/<id>`) with the day each was added, when the row shows it:
 * a day in `timeZone` (the CSM's), never the UTC date of the time Outreach gives.
 */
export function readProspect(doc: Document, prospectId: string, composers: readonly Element[] = [], timeZone?: string): RecordRead {
  const main = pageContent(doc);
  const outreach: OutreachFacts = { prospectId, sequenceNames: [], unreadable: [] };
  const heading = main && outsideDialogs(main.querySelectorAll(OUTREACH_SEL.pageHeading), composers)[0];
  const mailto = main && outsideDialogs(main.querySelectorAll(OUTREACH_SEL.mailto), composers)[0];
  // Nothing rendered yet: report not-ready rather than every part missing.
  if (!main || (!heading && !mailto)) return { ready: false, outreach };

  const email = mailto ? addressOf(mailto) : null;
  if (email) outreach.prospectEmail = email;
  else outreach.unreadable.push('prospect email');

  const memberships = readMemberships(main, composers, timeZone);
  outreach.sequenceNames = memberships.map((m) => m.name);
  const addedOn = Object.fromEntries(memberships.filter((m) => m.addedOn).map((m) => [m.name, m.addedOn!]));
  if (Object.keys(addedOn).length) outreach.addedOn = addedOn;
  // No sequence link and no "Sequences" section either: the section moved or was renamed, so
  // "in no sequence" would be a guess.
  if (memberships.length === 0 && !findLabelText(main, OUTREACH_LABELS.sequences)) {
    outreach.unreadable.push('sequence memberships');
  }
  // Absent when the page shows no activity list: no list is not "nothing logged".
  const activities = readActivities(main, composers, timeZone);
  if (activities) outreach.activities = activities;
  return { ready: true, outreach };
}

/** Sequence page: the id (from the URL) and the sequence's name (the page heading). */
export function readSequence(doc: Document, sequenceId: string, composers: readonly Element[] = []): RecordRead {
  const main = pageContent(doc);
  const outreach: OutreachFacts = { sequenceId, sequenceNames: [], unreadable: [] };
  if (!main || !main.textContent?.trim()) return { ready: false, outreach };
  const name = textOf(outsideDialogs(main.querySelectorAll(OUTREACH_SEL.pageHeading), composers)[0]);
  if (name) outreach.sequenceNames = [name];
  else outreach.unreadable.push('sequence name');
  return { ready: true, outreach };
}

interface Membership {
  id: string;
  name: string;
  addedOn?: string;
}

/**
 * A link to the sequence itself (`/sequences/4821`, `/sequences/4821/overview`), not to one of its
 * steps (`/sequences/4821/steps/2`, the "Open step" link in the step banner).
 */
const SEQUENCE_HREF = /\/sequences\/(\d+)(?:\/[^/?#]+)?\/?(?:[?#]|$)/;

function readMemberships(main: Element, composers: readonly Element[], timeZone: string | undefined): Membership[] {
  const byId = new Map<string, Membership>();
  for (const link of outsideDialogs(main.querySelectorAll(OUTREACH_SEL.sequenceLink), composers)) {
    const id = SEQUENCE_HREF.exec(link.getAttribute('href') ?? '')?.[1];
    const name = textOf(link);
    if (!id || !name) continue;
    const addedOn = addedDate(link.closest(OUTREACH_SEL.membershipRow) ?? link.parentElement, timeZone);
    const known = byId.get(id);
    // The same sequence can be linked twice (its row and a "next step" banner); keep the row's date.
    if (!known) byId.set(id, addedOn ? { id, name, addedOn } : { id, name });
    else if (!known.addedOn && addedOn) known.addedOn = addedOn;
  }
  return [...byId.values()];
}

/**
 * `<time datetime>` when given, else "Added <date>" in the row's text; ISO `YYYY-MM-DD`. A datetime
 * with an offset or `Z` is an instant: its day is the one in `timeZone`, the CSM's (an "Added" of
 * 2026-12-01T03:00Z is Nov 30 in Chicago); a bare date, or a time without an offset, keeps its own date.
 */
function addedDate(row: Element | null, timeZone: string | undefined): string | undefined {
  if (!row) return undefined;
  const time = row.querySelector(OUTREACH_SEL.time)?.getAttribute('datetime')?.trim();
  const fromTime = time ? (timeZone && isInstant(time) ? dayIn(time, timeZone) : parseSfDate(time.slice(0, 10))) : null;
  if (fromTime) return fromTime;
  const text = OUTREACH_LABELS.addedOn.exec(textOf(row))?.[1];
  return (text && parseSfDate(text)) || undefined;
}

/**
 * The activity list the prospect page shows, or null when it shows none: the region named
 * "Activity" (its aria-label or heading), and in it each entry that is an email, a call or a
 * meeting, with its day in `timeZone` (the CSM's). An entry whose type or day can't be read is
 * left out: it confirms nothing, and the touch stays to tick by hand.
 */
function readActivities(main: Element, composers: readonly Element[], timeZone: string | undefined): OutreachActivity[] | null {
  const frame = activityFrame(main, composers);
  if (!frame) return null;
  const out: OutreachActivity[] = [];
  const entries = Array.from(frame.querySelectorAll(OUTREACH_SEL.activityEntry));
  // The outermost entries only: a list item inside an article is part of that entry.
  for (const entry of entries.filter((el) => !entries.some((other) => other !== el && other.contains(el)))) {
    const type = activityType(entry);
    const day = type && entryDay(entry, timeZone);
    if (type && day) out.push({ type, day });
  }
  return out;
}

/** The element holding the activity list: named so itself, or the nearest frame around its heading. */
function activityFrame(main: Element, composers: readonly Element[]): Element | null {
  const named = outsideDialogs(main.querySelectorAll('[aria-label], [aria-labelledby]'), composers).find(
    (el) => el.matches(OUTREACH_SEL.activityFrame) && !el.matches('[role=tab], a, button') && OUTREACH_LABELS.activity.test(accessibleName(el)),
  );
  if (named) return named;
  const heading = outsideDialogs(main.querySelectorAll('h2, h3, h4, [role=heading]'), composers).find((el) => OUTREACH_LABELS.activity.test(textOf(el)));
  if (!heading) return null;
  // The heading's section (or its parent) that also holds entries.
  let el: Element | null = heading.parentElement;
  for (let i = 0; el && i < 3 && el !== main; i++, el = el.parentElement) {
    if (el.querySelector(OUTREACH_SEL.activityEntry)) return el;
  }
  return heading.parentElement;
}

/** An element's text with its text nodes spaced apart ("…myself" + "Nov 27" is not "myselfNov 27"). */
function spacedText(el: Element): string {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.textContent ?? '');
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

function activityType(entry: Element): OutreachActivityType | null {
  const text = `${entry.getAttribute('aria-label') ?? ''} ${spacedText(entry)}`;
  // The kind is said first ("Call logged …", "Email sent …"); a body may mention the others.
  const found = (
    [
      ['call', OUTREACH_LABELS.activityCall],
      ['email', OUTREACH_LABELS.activityEmail],
      ['meeting', OUTREACH_LABELS.activityMeeting],
    ] as const
  )
    .map(([type, re]) => ({ type, at: text.search(re) }))
    .filter((m) => m.at >= 0)
    .sort((a, b) => a.at - b.at)[0];
  return found?.type ?? null;
}

/** `<time datetime>` (an instant's day in `timeZone`), else a date written in the entry. */
function entryDay(entry: Element, timeZone: string | undefined): string | null {
  const time = entry.querySelector(OUTREACH_SEL.time)?.getAttribute('datetime')?.trim();
  if (time) return timeZone && isInstant(time) ? dayIn(time, timeZone) : parseSfDate(time.slice(0, 10));
  const text = OUTREACH_LABELS.activityDate.exec(spacedText(entry))?.[1];
  return (text && parseSfDate(text)) || null;
}

function pageContent(doc: Document): Element | null {
  return doc.querySelector(OUTREACH_SEL.main);
}

/**
 * What the page itself shows: not what a dialog shows, nor a composer opened inline or docked on
 * the page (`composers`, their roots: its recipient's mail link or its step's sequence link are
 * the email's, not the page's).
 */
function outsideDialogs(list: NodeListOf<Element>, composers: readonly Element[]): Element[] {
  return Array.from(list).filter((el) => !el.closest(OUTREACH_SEL.dialog) && !composers.some((root) => root.contains(el)));
}

function addressOf(link: Element): string | null {
  const raw = (link.getAttribute('href') ?? '').replace(/^mailto:/i, '').split('?')[0] ?? '';
  const address = decodeURIComponent(raw).trim().toLowerCase();
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address) ? address : null;
}

/** The day an instant falls on in a zone, or null when the zone is not one this browser knows. */
function dayIn(instant: string, timeZone: string): string | null {
  try {
    return todayIn(instant, timeZone);
  } catch {
    return null;
  }
}
