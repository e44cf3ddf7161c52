// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createDock } from '../../../lib/dom/dock';

afterEach(() => {
  vi.restoreAllMocks();
  document.head.replaceChildren();
  document.body.replaceChildren();
});

describe('createDock', () => {
  test('makes room with a padding on <html> and gives it back on release', () => {
    const dock = createDock(document);
    dock.apply({ side: 'right', width: 360 }, []);
    expect(document.getElementById('csm-guide-dock')?.textContent).toContain('padding-right: 360px');
    dock.apply({ side: 'left', width: 40 }, []);
    expect(document.getElementById('csm-guide-dock')?.textContent).toContain('padding-left: 40px');
    dock.release();
    expect(document.getElementById('csm-guide-dock')).toBeNull();
  });

  test('with no host controls to keep clear it reads no style or layout (a fresh record layout is not laid out early)', () => {
    const computed = vi.spyOn(window, 'getComputedStyle');
    const width = vi.spyOn(document.documentElement, 'clientWidth', 'get');
    const dock = createDock(document);
    dock.apply({ side: 'right', width: 360 }, []);
    expect(computed).not.toHaveBeenCalled();
    expect(width).not.toHaveBeenCalled();
  });

  test('a fixed host panel under the sidebar slides clear, and is put back when nothing needs keeping clear', () => {
    const panel = document.createElement('div');
    panel.style.position = 'fixed';
    const control = document.createElement('button');
    panel.append(control);
    document.body.append(panel);
    vi.spyOn(document.documentElement, 'clientWidth', 'get').mockReturnValue(1000);
    vi.spyOn(panel, 'getBoundingClientRect').mockReturnValue({ left: 700, right: 900, width: 200, top: 0, bottom: 100, height: 100, x: 700, y: 0, toJSON: () => ({}) });
    const dock = createDock(document);
    dock.apply({ side: 'right', width: 360 }, [control]);
    expect(panel.style.translate).toBe('-260px 0');
    expect(panel.hasAttribute('data-csm-guide-moved')).toBe(true);
    dock.apply({ side: 'right', width: 360 }, []);
    expect(panel.style.translate).toBe('');
    expect(panel.hasAttribute('data-csm-guide-moved')).toBe(false);
  });
});
