import { z } from 'zod';

/** Training (MT-CS-020, MT-CS-007). Evaluators are named after their rule. */
export const needles = z.array(z.string().trim().min(1));
