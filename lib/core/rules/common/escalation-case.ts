import type { RuleContext } from '../../engine/types';
import { mentionsAny, okText, read } from './field-read';

// Which Case is on the page. The record type and the words that mark a cancellation are
// playbook params (an org can rename its record types); this file only knows the field keys.

export const onCasePage = (ctx: RuleContext<unknown>): boolean =>
  ctx.page?.kind === 'sf.case' || ctx.page?.kind === 'sf.case.new';

/** The case's record type (as the adapter read it) mentions the playbook's one. */
export const caseOfRecordType = (ctx: RuleContext<unknown>, recordType: string): boolean =>
  onCasePage(ctx) && mentionsAny(okText(read(ctx, 'case.recordType')), [recordType]);

/** The reason or the subject says cancellation ("Cancel" matches Cancelation and Cancellation). */
export const isCancellation = (ctx: RuleContext<unknown>, markers: readonly string[]): boolean =>
  mentionsAny(okText(read(ctx, 'case.reason')), markers) || mentionsAny(okText(read(ctx, 'case.subject')), markers);
