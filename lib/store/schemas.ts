import { z } from '../core/zod';
import { SHA256_HEX } from '../core/formats/sha256';

/**
 * The small schemas several stored items and messages share. Each item's own shape lives in its
 * file in lib/store/items/ (with its key, version, migrations and frozen versions).
 */

export const accountIdSchema = z.string().check(z.regex(/^[a-zA-Z0-9]{18}$/, 'expected an 18-character Salesforce ID'));

/** A thread choice's key: ComposeFacts.choiceKey. */
export const threadKeySchema = z.string().check(z.minLength(1), z.maxLength(200));
/** The SHA-256 of the recipients a thread choice was made for. */
export const recipientsDigestSchema = z.string().check(z.regex(SHA256_HEX, 'expected a SHA-256 of the recipients'));

export const SIDEBAR_SIDES = ['left', 'right'] as const;
/** The sidebar's width is the CSM's, within these bounds. */
export const SIDEBAR_WIDTH = { min: 280, max: 560, default: 340 } as const;

export const setupRuleIdSchema = z.string().check(z.regex(/^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$/, 'not a rule ID'));

export const QUARANTINE_REASONS = ['unreadable', 'migration-failed'] as const;
