import { z } from 'zod';
import { FEDERAL_HOLIDAY_NAMES, federalHolidayNamed, isIsoDate } from '../dates';
import { isoDay } from '../dates/schemas';
import { PAGE_KINDS } from '../model/page-kind';
import { PRODUCTS, SEGMENTS, SERVICE_LEVELS, SOP_IDS, STAGES, SUBTYPES } from '../model/vocab';

export const RULE_ID_PATTERN = /^[A-Z]{2,4}(-[A-Z0-9]+)+$/;

/** Where a rule shows: a page kind, every page of the account (`any`), or the account timeline. */
export const ruleWhere = z.union([z.enum(PAGE_KINDS), z.enum(['any', 'timeline'])]);
export type RuleWhere = z.infer<typeof ruleWhere>;

/** When a rule applies, over profile facts. Every list is "any of"; absent = no condition. */
export const appliesToSchema = z
  .object({
    segments: z.array(z.enum(SEGMENTS)).min(1).optional(),
    productsAny: z.array(z.enum(PRODUCTS)).min(1).optional(),
    productsNone: z.array(z.enum(PRODUCTS)).min(1).optional(),
    serviceLevels: z.array(z.enum(SERVICE_LEVELS)).min(1).optional(),
    subtypesAny: z.array(z.enum(SUBTYPES)).min(1).optional(),
    subtypesNone: z.array(z.enum(SUBTYPES)).min(1).optional(),
  })
  .strict();
export type AppliesTo = z.infer<typeof appliesToSchema>;

export const ruleSchema = z
  .object({
    id: z.string().regex(RULE_ID_PATTERN, 'rule IDs look like OB-CALL-SCHEDULED-DATE'),
    sop: z.enum(SOP_IDS),
    title: z.string().min(3),
    where: z.array(ruleWhere).min(1),
    stage: z.enum(STAGES),
    /** Who does the step: a CSM, CS Operations or the CSM's team lead. */
    role: z.enum(['csm', 'cs-ops', 'lead']).default('csm'),
    /**
     * Whose progress the step is: one account's (the default), or the CSM's own one-time setup,
     * which once done is done on every account (OB-MEETING-TYPE: "One-time setup per CSM").
     */
    scope: z.enum(['account', 'csm']).default('account'),
    appliesTo: appliesToSchema.default({}),
    /** The code that decides the state: a named evaluator and its (evaluator-validated) parameters. */
    check: z
      .object({
        evaluator: z.string().min(1),
        params: z.record(z.string(), z.unknown()).default({}),
      })
      .strict(),
    /** What to do, in the CSM's words (from the seed). */
    help: z.string().min(1),
    /** Sub-steps shown under the item, from the seed. */
    steps: z.array(z.string().min(1)).optional(),
    /** The SOP sentence this rule follows, quoted, and where the check reads it a particular way. */
    note: z.string().optional(),
  })
  .strict();
export type PlaybookRule = z.infer<typeof ruleSchema>;
export type PlaybookRuleInput = z.input<typeof ruleSchema>;

const DAY_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The company's business calendar: business days are Monday to Friday less these holidays. A due
 * day on a weekend or holiday is due the next business day, and a holiday is never a day of the
 * 10-day contact log. Absent = the US federal holidays.
 */
export const calendarSchema = z
  .object({
    /** The US federal holidays, on the days they are observed (a Saturday one the Friday before, a Sunday one the Monday after). */
    federalHolidays: z.boolean().default(true),
    /** Company holidays besides those, each a date and a name. */
    extraHolidays: z
      .array(z.object({ date: isoDay, name: z.string().trim().min(1, 'give the holiday a name') }).strict())
      .default([]),
    /** Federal holidays the company works: a name ("Columbus Day", every year) or the observed date ("2026-10-12"). */
    removedHolidays: z
      .array(
        z.string().superRefine((value, ctx) => {
          if (DAY_SHAPE.test(value)) {
            if (!isIsoDate(value)) ctx.addIssue({ code: 'custom', message: `"${value}" is not a day on the calendar`, input: value });
          } else if (!federalHolidayNamed(value))
            ctx.addIssue({
              code: 'custom',
              message: `"${value}" is neither a YYYY-MM-DD date nor a federal holiday (${FEDERAL_HOLIDAY_NAMES.join(', ')})`,
              input: value,
            });
        }),
      )
      .default([]),
  })
  .strict();
export type CalendarSettings = z.infer<typeof calendarSchema>;

export const playbookSchema = z
  .object({
    schemaVersion: z.literal(1),
    name: z.string().min(1),
    /** Bumped whenever CS Operations change an entry; shown in the options page. */
    version: z.string().min(1),
    sops: z.partialRecord(z.enum(SOP_IDS), z.object({ title: z.string(), version: z.string() }).strict()),
    /** Business days and holidays (absent = Monday to Friday less the US federal holidays). */
    calendar: calendarSchema.optional(),
    rules: z.array(ruleSchema).min(1),
  })
  .strict();
export type Playbook = z.infer<typeof playbookSchema>;
export type PlaybookInput = z.input<typeof playbookSchema>;
