import { z } from 'zod';

/** Training (MT-CS-020 seed 001, MT-CS-007 seed 003). Evaluators are named after their rule. */
export const needles = z.array(z.string().trim().min(1));
