// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { MountedSidebar, SidebarViewProps } from '@/components/sidebar/mount-sidebar';
import { createSidebarController } from '@/app/sidebar-controller';

let scripts = 0;
const context = () => new ContentScriptContext(`sidebar-controller-test-${++scripts}`, { noScriptStartedPostMessage: true } as never);
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Mounts that land when the test resolves them; each records the props it was given. */
const loader = () => {
  const mounts: Array<{ resolve: () => void; props: SidebarViewProps[]; remove: ReturnType<typeof vi.fn> }> = [];
  const loadSidebar = async () => ({
    mountSidebar: () =>
      new Promise<MountedSidebar>((resolve) => {
        const props: SidebarViewProps[] = [];
        const remove = vi.fn();
        const sidebar = { update: (p: SidebarViewProps) => void props.push(p), remove, host: document.createElement('csm-guide') };
        mounts.push({ resolve: () => resolve(sidebar), props, remove });
      }),
  });
  return { mounts, loadSidebar: loadSidebar as never };
};

const props = (pageLabel: string, now = '2026-03-10T15:00:00.000Z') => ({ pageLabel, now }) as unknown as SidebarViewProps;

const controller = () => {
  const l = loader();
  const c = createSidebarController(context(), { loadSidebar: l.loadSidebar, keepVisible: () => [], onIntent: vi.fn() });
  return { ...l, c };
};

describe('createSidebarController', () => {
  it('mounts once, then shows the newest props; the same props again render nothing', async () => {
    const { mounts, c } = controller();
    c.show(props('A'));
    c.show(props('B')); // while the mount loads
    await settle();
    expect(mounts).toHaveLength(1);
    mounts[0]!.resolve();
    await settle();
    expect(mounts[0]!.props.map((p) => p.pageLabel)).toEqual(['B']);
    c.show(props('B', '2026-03-10T15:00:30.000Z')); // the same minute: nothing shown changed
    expect(mounts[0]!.props).toHaveLength(1);
    c.show(props('C'));
    expect(mounts[0]!.props.map((p) => p.pageLabel)).toEqual(['B', 'C']);
  });

  it('a mount that lands after remove() is thrown away: never two sidebars', async () => {
    const { mounts, c } = controller();
    c.show(props('A'));
    await settle();
    c.remove();
    c.show(props('B'));
    await settle();
    expect(mounts).toHaveLength(2);
    mounts[0]!.resolve();
    mounts[1]!.resolve();
    await settle();
    expect(mounts[0]!.remove).toHaveBeenCalled();
    expect(mounts[0]!.props).toHaveLength(0);
    expect(mounts[1]!.props.map((p) => p.pageLabel)).toEqual(['B']);
  });

  it('an action shows as busy until it finishes, then its outcome stays until a new page', async () => {
    const { mounts, c } = controller();
    c.show(props('A'));
    await settle();
    mounts[0]!.resolve();
    await settle();
    c.busy('OB-X:fill:Field');
    expect(mounts[0]!.props.at(-1)?.busyAction).toBe('OB-X:fill:Field');
    c.finish({ ok: true, message: 'Filled.' });
    expect(mounts[0]!.props.at(-1)?.busyAction).toBeUndefined();
    expect(mounts[0]!.props.at(-1)?.lastResult).toEqual({ ok: true, message: 'Filled.' });
    c.forgetResult();
    c.show(props('B'));
    expect(mounts[0]!.props.at(-1)?.lastResult).toBeUndefined();
  });
});
