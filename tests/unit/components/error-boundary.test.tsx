// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '@/components/common/ErrorBoundary';
import { cleanup, click, render } from './render';

function Day({ day }: { day: string }) {
  if (day === '2026-02-30') throw new RangeError(`Not a YYYY-MM-DD date: "${day}"`);
  return <p data-testid="day">{day}</p>;
}

afterEach(cleanup);
beforeEach(() => {
  // React reports a caught render error on the console; the test asserts what the user sees.
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

describe('ErrorBoundary', () => {
  it('shows what failed and why in an alert, and leaves the rest of the page working', () => {
    const onClick = vi.fn();
    const { $ } = render(
      <>
        <button type="button" data-testid="outside" onClick={onClick}>
          Collapse
        </button>
        <ErrorBoundary what="The account's detail">
          <Day day="2026-02-30" />
        </ErrorBoundary>
        <ErrorBoundary what="The chart">
          <Day day="2026-02-28" />
        </ErrorBoundary>
      </>,
    );
    const alert = $('[role="alert"]')!;
    expect(alert.textContent).toBe('The account\'s detail could not be shown: Not a YYYY-MM-DD date: "2026-02-30"Try again');
    expect($('[data-testid="day"]')!.textContent).toBe('2026-02-28');
    click($('[data-testid="outside"]'));
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('tries again when its reset key changes (another account, new data) or on "Try again"', () => {
    const { $, rerender } = render(
      <ErrorBoundary what="The checklist" resetKey="a">
        <Day day="2026-02-30" />
      </ErrorBoundary>,
    );
    expect($('[role="alert"]')).not.toBeNull();
    rerender(
      <ErrorBoundary what="The checklist" resetKey="b">
        <Day day="2026-02-27" />
      </ErrorBoundary>,
    );
    expect($('[role="alert"]')).toBeNull();
    expect($('[data-testid="day"]')!.textContent).toBe('2026-02-27');

    rerender(
      <ErrorBoundary what="The checklist" resetKey="b">
        <Day day="2026-02-30" />
      </ErrorBoundary>,
    );
    // Same key: the error stays until the user asks to try again.
    expect($('[role="alert"]')).not.toBeNull();
    click($('[role="alert"] button'));
    expect($('[role="alert"]')).not.toBeNull();
  });

  it('names a thrown non-Error value too', () => {
    function Thrower(): never {
      throw 'broken'; // a string, on purpose: anything can be thrown
    }
    const { $ } = render(
      <ErrorBoundary what="The chart">
        <Thrower />
      </ErrorBoundary>,
    );
    expect($('[role="alert"]')!.textContent).toContain('The chart could not be shown: broken');
  });
});
