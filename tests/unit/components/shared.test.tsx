// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Button } from '@/components/common/Button';
import { formatRelativeDue, formatShortDay, formatStamp, todayFor } from '@/components/common/format';
import { StateBadge } from '@/components/common/StateBadge';
import { ITEM_STATES } from '@/lib/core/model/vocab';
import { cleanup, click, render } from './render';

afterEach(cleanup);

describe('formatRelativeDue', () => {
  it.each([
    ['2026-11-27', 'due today', false],
    ['2026-11-28', 'due tomorrow', false],
    ['2026-11-30', 'due in 3 days', false],
    ['2026-11-26', '1 day overdue', true],
    ['2026-11-25', '2 days overdue', true],
  ])('%s → %s', (due, text, overdue) => {
    expect(formatRelativeDue(due, '2026-11-27')).toMatchObject({ text, overdue, absolute: expect.stringMatching(/^Nov \d+, 2026$/) });
  });

  it('reads an instant on the user clock', () => {
    // 03:00 UTC on Nov 28 is still Nov 27 in Chicago.
    const due = formatRelativeDue('2026-11-28T03:00:00Z', '2026-11-27', 'America/Chicago')!;
    expect(due.text).toBe('due today');
    expect(due.absolute).toBe('Nov 27, 2026, 9:00 PM CST');
  });

  it('returns null for text that is not a date', () => {
    expect(formatRelativeDue('soon', '2026-11-27')).toBeNull();
  });
});

describe('formatStamp, todayFor, formatShortDay', () => {
  it('writes who-did-it times on the user clock, with the year only when it differs', () => {
    expect(formatStamp('2026-11-27T16:14:00Z', 'America/Chicago', '2026-11-27')).toBe('Nov 27, 10:14');
    expect(formatStamp('2025-11-27T16:14:00Z', 'America/Chicago', '2026-11-27')).toBe('Nov 27, 2025, 10:14');
  });

  it('falls back to UTC for an unknown zone instead of throwing', () => {
    expect(formatStamp('2026-11-27T16:14:00Z', 'Not/AZone', '2026-11-27')).toBe('Nov 27, 16:14');
    expect(todayFor('2026-11-28T03:00:00Z', 'Not/AZone')).toBe('2026-11-28');
    expect(todayFor('2026-11-28T03:00:00Z', 'America/Chicago')).toBe('2026-11-27');
  });

  it('names the weekday', () => {
    expect(formatShortDay('2026-11-27')).toBe('Fri, Nov 27');
  });
});

describe('StateBadge', () => {
  it('pairs every state icon with text', () => {
    const { $$ } = render(
      <>
        {ITEM_STATES.map((s) => (
          <StateBadge key={s} state={s} />
        ))}
        <StateBadge state="done" showText />
      </>,
    );
    const badges = $$('.csm-badge');
    expect(badges.map((b) => b.textContent)).toEqual(['To do', 'Done', 'Warning', 'Problem', 'Not for this account', 'Info', 'Done']);
    // The icon (drawn by CSS) is hidden from screen readers; the text names the state.
    for (const badge of badges) expect(badge.querySelector('.csm-badge__icon')?.getAttribute('aria-hidden')).toBe('true');
  });
});

describe('Button', () => {
  it('is always type=button and ignores clicks while busy', () => {
    const onClick = vi.fn();
    const { $, rerender } = render(<Button onClick={onClick}>Go</Button>);
    expect($('button')!.getAttribute('type')).toBe('button');
    click($('button'));
    expect(onClick).toHaveBeenCalledTimes(1);
    rerender(
      <Button onClick={onClick} busy>
        Go
      </Button>,
    );
    expect($('button')!.getAttribute('aria-disabled')).toBe('true');
    click($('button'));
    expect(onClick).toHaveBeenCalledTimes(1);
  });
});
