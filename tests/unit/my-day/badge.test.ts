import { describe, expect, it } from 'vitest';
import { BADGE_COLOR, overdueBadge } from '@/lib/my-day/badge';

describe('overdueBadge', () => {
  it.each([
    [0, '', 'CSM Guide: my day'],
    [1, '1', 'CSM Guide: my day (1 overdue step)'],
    [42, '42', 'CSM Guide: my day (42 overdue steps)'],
    [1000, '999+', 'CSM Guide: my day (1000 overdue steps)'],
  ])('%i overdue → badge %j', (n, text, title) => {
    expect(overdueBadge(n)).toEqual({ text, color: BADGE_COLOR, title });
  });
});
