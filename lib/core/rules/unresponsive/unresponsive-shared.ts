import { z } from '../../zod';

export const daysParam = z._default(z.number().check(z.int(), z.gte(1), z.lte(30)), 10);
