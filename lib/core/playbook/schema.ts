import { z } from '../zod';
import { FEDERAL_HOLIDAY_NAMES, federalHolidayNamed, isIsoDate } from '../dates';
import { isoDay } from '../dates/schemas';
import { PAGE_KINDS } from '../model/page-kind';
import { PRODUCTS, SEGMENTS, SERVICE_LEVELS, SOP_IDS, STAGES, SUBTYPES } from '../model/vocab';

export const RULE_ID_PATTERN = /^[A-Z]{2,4}(-[A-Z0-9]+)+$/;

/** Where a rule shows: a page kind, every page of the account (`any`), or the account timeline. */
export const ruleWhere = z.union([z.enum(PAGE_KINDS), z.enum(['any', 'timeline'])]);
export type RuleWhere = z.infer<typeof ruleWhere>;

/** When a rule applies, over profile facts. Every list is "any of"; absent = no condition. */
export const appliesToSchema = z.strictObject({
  segments: z.optional(z.array(z.enum(SEGMENTS)).check(z.minLength(1))),
  productsAny: z.optional(z.array(z.enum(PRODUCTS)).check(z.minLength(1))),
  productsNone: z.optional(z.array(z.enum(PRODUCTS)).check(z.minLength(1))),
  serviceLevels: z.optional(z.array(z.enum(SERVICE_LEVELS)).check(z.minLength(1))),
  subtypesAny: z.optional(z.array(z.enum(SUBTYPES)).check(z.minLength(1))),
  subtypesNone: z.optional(z.array(z.enum(SUBTYPES)).check(z.minLength(1))),
});
export type AppliesTo = z.infer<typeof appliesToSchema>;

export const ruleSchema = z.strictObject({
  id: z.string().check(z.regex(RULE_ID_PATTERN, 'rule IDs look like OB-CALL-SCHEDULED-DATE')),
  sop: z.enum(SOP_IDS),
  title: z.string().check(z.minLength(3)),
  where: z.array(ruleWhere).check(z.minLength(1)),
  stage: z.enum(STAGES),
  /** Who does the step: a CSM, CS Operations or the CSM's team lead. */
  role: z._default(z.enum(['csm', 'cs-ops', 'lead']), 'csm'),
  /**
   * Whose progress the step is: one account's (the default), or the CSM's own one-time setup,
   * which once done is done on every account (OB-MEETING-TYPE: "One-time setup per CSM").
   */
  scope: z._default(z.enum(['account', 'csm']), 'account'),
  appliesTo: z._default(appliesToSchema, {}),
  /** The code that decides the state: a named evaluator and its (evaluator-validated) parameters. */
  check: z.strictObject({
    evaluator: z.string().check(z.minLength(1)),
    params: z._default(z.record(z.string(), z.unknown()), {}),
  }),
  /** What to do, in the CSM's words (from the seed). */
  help: z.string().check(z.minLength(1)),
  /** Sub-steps shown under the item, from the seed. */
  steps: z.optional(z.array(z.string().check(z.minLength(1)))),
  /** The SOP sentence this rule follows, quoted, and where the check reads it a particular way. */
  note: z.optional(z.string()),
});
export type PlaybookRule = z.infer<typeof ruleSchema>;
export type PlaybookRuleInput = z.input<typeof ruleSchema>;

const DAY_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The company's business calendar: business days are Monday to Friday less these holidays. A due
 * day on a weekend or holiday is due the next business day, and a holiday is never a day of the
 * 10-day contact log. Absent = the US federal holidays.
 */
export const calendarSchema = z.strictObject({
  /** The US federal holidays, on the days they are observed (a Saturday one the Friday before, a Sunday one the Monday after). */
  federalHolidays: z._default(z.boolean(), true),
  /** Company holidays besides those, each a date and a name. */
  extraHolidays: z._default(z.array(z.strictObject({ date: isoDay, name: z.string().check(z.trim(), z.minLength(1, 'give the holiday a name')) })), []),
  /** Federal holidays the company works: a name ("Columbus Day", every year) or the observed date ("2026-10-12"). */
  removedHolidays: z._default(z.array(
      z.string().check(z.superRefine((value, ctx) => {
        if (DAY_SHAPE.test(value)) {
          if (!isIsoDate(value)) ctx.addIssue({ code: 'custom', message: `"${value}" is not a day on the calendar`, input: value });
        } else if (!federalHolidayNamed(value))
          ctx.addIssue({
            code: 'custom',
            message: `"${value}" is neither a YYYY-MM-DD date nor a federal holiday (${FEDERAL_HOLIDAY_NAMES.join(', ')})`,
            input: value,
          });
      })),
    ), []),
});
export type CalendarSettings = z.infer<typeof calendarSchema>;

export const playbookSchema = z.strictObject({
  schemaVersion: z.literal(1),
  name: z.string().check(z.minLength(1)),
  /** Bumped whenever CS Operations change an entry; shown in the options page. */
  version: z.string().check(z.minLength(1)),
  sops: z.partialRecord(z.enum(SOP_IDS), z.strictObject({ title: z.string(), version: z.string() })),
  /** Business days and holidays (absent = Monday to Friday less the US federal holidays). */
  calendar: z.optional(calendarSchema),
  rules: z.array(ruleSchema).check(z.minLength(1)),
});
export type Playbook = z.infer<typeof playbookSchema>;
export type PlaybookInput = z.input<typeof playbookSchema>;
