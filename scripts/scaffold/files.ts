import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A file a scaffold writes: a new file, or a new text for one it edits (`edits` = the text it expects to find). */
export interface PlannedFile {
  path: string;
  text: string;
  /** Set when the file exists and is edited: its text as the plan read it, so nothing changed in between is overwritten. */
  was?: string;
}

export interface Plan {
  files: PlannedFile[];
  /** What is left to the author: the logic, in the order to write it. */
  next: string[];
}

export class ScaffoldError extends Error {}

/** Writes a plan under `root`: new files only where nothing is, edits only where the file still reads as planned. */
export const writePlan = (root: string, plan: Plan): void => {
  for (const file of plan.files) {
    const full = path.join(root, file.path);
    if (file.was === undefined ? existsSync(full) : readFileSync(full, 'utf8') !== file.was)
      throw new ScaffoldError(`${file.path} ${file.was === undefined ? 'already exists' : 'changed while planning'}: nothing written`);
  }
  for (const file of plan.files) {
    const full = path.join(root, file.path);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, file.text);
  }
};

export const read = (root: string, file: string): string => readFileSync(path.join(root, file), 'utf8');

/** `'` inside a single-quoted TypeScript string. */
export const quoted = (text: string): string => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
