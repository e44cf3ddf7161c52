import { en } from 'zod/locales';
import * as z from 'zod/mini';

/**
 * zod for the app's schemas: `zod/mini`, whose functional API (`z.optional(x)`, `.check(...)`)
 * lets the bundler drop what a schema does not use — classic zod's methods pulled all of zod into
 * each page bundle (issue 25). Unlike classic, mini sets no messages of its own; English is set
 * here, so every module with a schema has the same messages as before (the playbook import's and
 * the settings' errors are shown to the CSM).
 */
z.config(en());

export { z };
