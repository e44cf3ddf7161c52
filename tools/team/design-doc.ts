/**
 * The team database's design document, as data: setup (tools/team/setup.ts) writes it, the tests
 * evaluate its validation function. Kept free of Node and browser APIs.
 */
import { CSM_ROLE, LEAD_ROLE } from '../../lib/sync/roles';

/** Default name of the ONE team database every CSM pushes to and pulls from. */
export const TEAM_DB_DEFAULT = 'csm-guide-team';

// The roles live with the extension's code, which decides by them what a browser pulls.
export { CSM_ROLE, LEAD_ROLE, TEAM_ROLES } from '../../lib/sync/roles';

export const DESIGN_DOC_ID = '_design/csm-guide';

/** How far ahead of the server's clock an event or card may be dated (background/sync/pull-limits.ts holds the client to the same). */
export const MAX_AHEAD_MS = 5 * 60_000;

/**
 * Bump whenever `VALIDATE_DOC_UPDATE` (or anything else in the design doc) changes: setup rewrites
 * the server's design doc only when its stored version differs. A unit test pins the source's hash
 * to this version, so a change without a bump fails.
 */
export const DESIGN_DOC_VERSION = '3';

/**
 * CouchDB runs this in its own ES5 JavaScript engine (no arrow functions, let/const or template
 * strings; a unit test parses it as ES5). It is the only guard on writes from members, who can
 * otherwise write anything: events are append-only, recorded in the writer's own name, and hold
 * only the fields of lib/core/progress/events.ts plus `owner`, so no free text reaches the team.
 * Messages go back to the CSM's sync status, so they say what to do, not how CouchDB works.
 * (The path in its account-card comment is where that code lived when version 3 shipped; it is
 * background/sync/card.ts now. Editing text inside the function changes the document, so it waits
 * for the next version.)
 */
export const VALIDATE_DOC_UPDATE = String.raw`function (newDoc, oldDoc, userCtx, secObj) {
  var roles = userCtx.roles || [];

  function has(list, value) {
    if (!list) return false;
    for (var i = 0; i < list.length; i++) {
      if (list[i] === value) return true;
    }
    return false;
  }

  function isDbAdmin() {
    if (has(roles, '_admin')) return true;
    var admins = (secObj && secObj.admins) || {};
    if (userCtx.name && has(admins.names, userCtx.name)) return true;
    var adminRoles = admins.roles || [];
    for (var i = 0; i < adminRoles.length; i++) {
      if (has(roles, adminRoles[i])) return true;
    }
    return false;
  }

  function refuse(reason) {
    throw { forbidden: reason };
  }

  // Calendar check: the regexes alone would accept 2026-02-30.
  function isRealDate(y, m, d) {
    if (m < 1 || m > 12 || d < 1) return false;
    var leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    var days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    return d <= days[m - 1];
  }

  function isIsoDate(value) {
    if (typeof value !== 'string') return false;
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    return !!m && isRealDate(+m[1], +m[2], +m[3]);
  }

  // Same shape the extension's schema accepts: seconds required, optional fraction, Z or +hh:mm.
  function isIsoInstant(value) {
    if (typeof value !== 'string') return false;
    var m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-](\d{2}):(\d{2}))$/.exec(value);
    if (!m || !isRealDate(+m[1], +m[2], +m[3])) return false;
    if (+m[4] > 23 || +m[5] > 59 || +m[6] > 59) return false;
    return m[9] === undefined || (+m[9] <= 23 && +m[10] <= 59);
  }

  function isBoundedString(value, min, max) {
    return typeof value === 'string' && value.length >= min && value.length <= max;
  }

  function oneOf(value, list) {
    for (var i = 0; i < list.length; i++) {
      if (list[i] === value) return true;
    }
    return false;
  }

  function listOf(value, list) {
    if (!isArray(value) || value.length > 10) return false;
    for (var i = 0; i < value.length; i++) {
      if (!oneOf(value[i], list)) return false;
    }
    return true;
  }

  function isArray(value) {
    return Object.prototype.toString.call(value) === '[object Array]';
  }

  // An account card (lib/sync/card.ts): the facts a lead audits an account by, and nothing more.
  function validateCard() {
    var cardMatch = /^card\/([a-zA-Z0-9]{18})\/@([^\/@]+)\/(.+)$/.exec(newDoc._id);
    if (!cardMatch) refuse('Only account cards can be synced here (document id must be card/<account id>/@<user>/<card id>).');
    if (cardMatch[2] !== encodeURIComponent(userCtx.name) || newDoc.owner !== userCtx.name) {
      refuse('You can only record account cards in your own name (signed in as ' + userCtx.name + ').');
    }
    if (cardMatch[1] !== newDoc.accountId) refuse('The document id names account ' + cardMatch[1] + ' but the card is for another account.');
    if (cardMatch[3] !== newDoc.id) refuse('The document id does not match the card id.');
    if (newDoc.kind !== 'card') refuse('An account card must say kind: card.');
    var cardFields = { _id: 1, _rev: 1, _revisions: 1, kind: 1, id: 1, accountId: 1, owner: 1, at: 1, facts: 1 };
    for (var key in newDoc) {
      if (Object.prototype.hasOwnProperty.call(newDoc, key) && !cardFields.hasOwnProperty(key)) {
        refuse('Field "' + key + '" is not synced: account cards carry only the facts a lead audits.');
      }
    }
    if (!isBoundedString(newDoc.id, 1, 80)) refuse('The card id must be a string of 1 to 80 characters.');
    if (!isIsoInstant(newDoc.at)) refuse('The card time (at) must be an ISO date-time such as 2026-01-31T09:30:00Z.');
    notAhead(newDoc.at);
    var facts = newDoc.facts;
    if (!facts || typeof facts !== 'object' || isArray(facts)) refuse('The card facts must be an object.');
    var checks = {
      accountName: function (v) { return isBoundedString(v, 0, 255); },
      csm: function (v) { return isBoundedString(v, 0, 255); },
      segmentation: function (v) { return oneOf(v, ['Digital', 'Core', 'Strategic']); },
      serviceLevel: function (v) { return oneOf(v, ['Basic', 'Standard', 'Premium']); },
      subtypes: function (v) { return listOf(v, ['SMB', 'Hybrid', 'Franchise', 'GameDay']); },
      assignmentDate: isIsoDate,
      products: function (v) { return listOf(v, ['Learning', 'Compliance', 'Credentialing Software', 'Credentialing Service', 'Exclusions']); },
      obCallCompletedDate: isIsoDate,
      onboardingCompleted: function (v) { return typeof v === 'boolean'; }
    };
    for (var name in facts) {
      if (!Object.prototype.hasOwnProperty.call(facts, name)) continue;
      if (!checks.hasOwnProperty(name)) refuse('The fact "' + name + '" is not synced: account cards carry only the facts a lead audits.');
      var fact = facts[name];
      if (!fact || typeof fact !== 'object' || isArray(fact)) refuse('The card fact "' + name + '" must be an object.');
      for (var part in fact) {
        if (Object.prototype.hasOwnProperty.call(fact, part) && part !== 'value' && part !== 'observedAt') {
          refuse('The card fact "' + name + '" may hold only value and observedAt.');
        }
      }
      if (fact.value !== null && !checks[name](fact.value)) refuse('The card fact "' + name + '" has a value a card may not carry.');
      if (!isIsoInstant(fact.observedAt)) refuse('The card fact "' + name + '" needs observedAt, an ISO date-time.');
      notAhead(fact.observedAt);
    }
  }

  // Clocks drift a little; an instant further ahead would win "latest wins" for ever.
  function notAhead(instant) {
    if (Date.parse(instant) > Date.now() + ${MAX_AHEAD_MS}) {
      refuse('The time ' + instant + ' is in the future (this server’s clock says ' + new Date().toISOString() + '): check the computer’s clock.');
    }
  }

  if (isDbAdmin()) return;

  if (!userCtx.name) refuse('Sign in to team sync before recording progress.');
  if (!has(roles, '${CSM_ROLE}') && !has(roles, '${LEAD_ROLE}')) {
    refuse('Your account ' + userCtx.name + ' is not on the CSM Guide team: ask your team lead to add it.');
  }
  if (newDoc._deleted) refuse('Progress events cannot be deleted: record a new event that undoes it.');
  if (oldDoc) refuse('Events are immutable: record a new event instead of editing one.');

  if (typeof newDoc._id === 'string' && newDoc._id.indexOf('card/') === 0) {
    validateCard();
    return;
  }

  // The session's user is part of the id: a write whose id names someone else is refused before
  // anything else, so nobody can make a revision (a conflict included: a new_edits:false write
  // with no stored ancestor reaches this function with oldDoc = null) of a colleague's event.
  var idMatch = /^ev\/([a-zA-Z0-9]{18})\/@([^\/@]+)\/(.+)$/.exec(newDoc._id);
  if (!idMatch) refuse('Only progress events can be synced (document id must be ev/<account id>/@<user>/<event id>).');
  if (idMatch[2] !== encodeURIComponent(userCtx.name) || newDoc.owner !== userCtx.name) {
    refuse('You can only record events in your own name (signed in as ' + userCtx.name + ').');
  }
  if (idMatch[1] !== newDoc.accountId) refuse('The document id names account ' + idMatch[1] + ' but the event is for another account.');
  if (idMatch[3] !== newDoc.id) refuse('The document id does not match the event id.');

  // CouchDB's own fields; _attachments and the rest are refused like any other extra field.
  var allowed = { _id: 1, _rev: 1, _revisions: 1, id: 1, accountId: 1, by: 1, at: 1, owner: 1, type: 1 };
  var type = newDoc.type;
  if (type === 'item') {
    allowed.ruleId = 1;
    allowed.done = 1;
  } else if (type === 'contact') {
    allowed.day = 1;
    allowed.channel = 1;
    allowed.done = 1;
  } else if (type === 'branch') {
    allowed.branch = 1;
    allowed.since = 1;
  } else {
    refuse('Unknown event type: it must be item, contact or branch.');
  }
  for (var key in newDoc) {
    if (Object.prototype.hasOwnProperty.call(newDoc, key) && !allowed.hasOwnProperty(key)) {
      refuse('Field "' + key + '" is not synced: events carry only IDs, names, dates and states.');
    }
  }

  if (!isBoundedString(newDoc.id, 1, 80)) refuse('The event id must be a string of 1 to 80 characters.');
  if (!isBoundedString(newDoc.by, 0, 120)) refuse('The CSM name (by) must be a string of at most 120 characters.');
  if (!isIsoInstant(newDoc.at)) refuse('The event time (at) must be an ISO date-time such as 2026-01-31T09:30:00Z.');
  notAhead(newDoc.at);

  if (type === 'item') {
    if (!isBoundedString(newDoc.ruleId, 1, 60)) refuse('The rule id must be a string of 1 to 60 characters.');
    if (typeof newDoc.done !== 'boolean') refuse('done must be true or false.');
  } else if (type === 'contact') {
    if (!isIsoDate(newDoc.day)) refuse('The contact day must be a date such as 2026-01-31.');
    if (newDoc.channel !== 'email' && newDoc.channel !== 'call') refuse('The contact channel must be email or call.');
    if (typeof newDoc.done !== 'boolean') refuse('done must be true or false.');
  } else {
    if (newDoc.branch !== null && newDoc.branch !== 'unresponsive' && newDoc.branch !== 'escalation') {
      refuse('The branch must be unresponsive, escalation or null.');
    }
    if (newDoc.hasOwnProperty('since') && !isIsoDate(newDoc.since)) refuse('since must be a date such as 2026-01-31.');
  }
}`;

export interface TeamDesignDoc {
  _id: typeof DESIGN_DOC_ID;
  _rev?: string;
  language: 'javascript';
  /** Which DESIGN_DOC_VERSION is on the server; setup compares it instead of the source text. */
  csmGuideVersion: string;
  validate_doc_update: string;
}

/** The design document as setup writes it (without `_rev`). */
export const teamDesignDoc = (): TeamDesignDoc => ({
  _id: DESIGN_DOC_ID,
  language: 'javascript',
  csmGuideVersion: DESIGN_DOC_VERSION,
  validate_doc_update: VALIDATE_DOC_UPDATE,
});
