import { z } from 'zod';

export const daysParam = z.number().int().min(1).max(30).default(10);
