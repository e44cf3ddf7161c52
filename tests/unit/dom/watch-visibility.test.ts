// @vitest-environment happy-dom
/**
 * watchVisibility wakes on a console tab switch (aria-selected, a panel's class or hidden, a tab
 * added) and never on changes inside a record, which it does not observe.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { watchVisibility } from '../../../lib/dom/watch-visibility';
import { visibilityTargets } from '../../../lib/sites/salesforce/shown';
import { CONSOLE, LAKESIDE, openConsole, SUNRISE } from '../sites/salesforce/console-dom';

/** Lets pending observer records and the frame after them run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

let stop = new AbortController();
afterEach(() => stop.abort());

const watchConsole = () => {
  const sim = openConsole('two-workspaces', `${CONSOLE}/lightning/r/Account/${SUNRISE}/view`, 'synthetic');
  const onChange = vi.fn();
  stop = new AbortController();
  watchVisibility(visibilityTargets(document), onChange, stop.signal);
  return { sim, onChange };
};

describe('watchVisibility on the Service Console', () => {
  test('the targets are the panels, their tabs and tab lists, not the records inside', () => {
    openConsole('two-workspaces', `${CONSOLE}/lightning/r/Account/${SUNRISE}/view`, 'synthetic');
    const { attributes, children } = visibilityTargets(document);
    const tabs = attributes.filter((el) => el.getAttribute('role') === 'tab');
    expect(tabs.map((t) => t.getAttribute('title')).sort()).toEqual(
      ['Lakeside Pediatrics', 'Lakeside Pediatrics', 'Sunrise Family Clinic', 'Sunrise Family Clinic', 'Sunrise Family Clinic - New Business'].sort(),
    );
    expect(children.every((el) => el.getAttribute('role') === 'tablist')).toBe(true);
    expect(children).toHaveLength(3);
    // No element inside a record page is watched.
    expect(attributes.some((el) => el.closest('div.oneContent') && !el.matches('div.oneContent'))).toBe(false);
  });

  test('a workspace tab switch calls back once for the whole switch', async () => {
    const { sim, onChange } = watchConsole();
    sim.focusTab(LAKESIDE, { url: false });
    await vi.waitFor(() => expect(onChange).toHaveBeenCalled());
    await settle();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  test('changes inside a record page do not call back', async () => {
    const { onChange } = watchConsole();
    const record = document.querySelector('div.oneContent')!;
    record.querySelector('records-record-layout-item')?.setAttribute('class', 'slds-is-editing');
    record.append(document.createElement('div'));
    await settle();
    expect(onChange).not.toHaveBeenCalled();
  });

  test('a tab added to a tab list calls back; nothing after the signal aborts', async () => {
    const { onChange } = watchConsole();
    const list = document.querySelector('[role="tablist"][aria-label="Workspaces"]')!;
    list.append(document.createElement('li'));
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
    stop.abort();
    list.append(document.createElement('li'));
    await settle();
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
