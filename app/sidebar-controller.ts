import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { MountedSidebar, SidebarViewProps } from '../components/sidebar/mount-sidebar';
import type { FillResult } from '../lib/sites/types';
import type { SidebarIntent } from '../lib/view-model/sidebar';

export interface SidebarControllerOptions {
  /** Hands over the React sidebar's module (imported with the app bundle; tests pass their own). */
  loadSidebar: () => Promise<typeof import('../components/sidebar/mount-sidebar')>;
  /** Host controls the panel must not cover (SiteAdapter.keepVisible). */
  keepVisible: () => Element[];
  /** Host panels that come and go without a render (SiteAdapter.panelSelector). */
  panelSelector?: string;
  /** Where no host panel opens (SiteAdapter.panelFree, for the page read now). */
  panelFree?: () => readonly Node[];
  onIntent(intent: SidebarIntent): void;
}

export interface SidebarController {
  /** Shows these props: mounts the sidebar the first time, then updates it when anything shown changed. */
  show(props: SidebarViewProps): void;
  /** Removes the sidebar (no page to guide); a mount still loading is dropped when it lands. */
  remove(): void;
  /** The action running now (`actionKey`), shown as busy until `finish`. */
  busy(actionKey: string): void;
  /** The action ended: its outcome (if any) is announced under the header. */
  finish(result: FillResult | null): void;
  /** A new page: the last outcome is about the old one. */
  forgetResult(): void;
}

/**
 * The sidebar half of a site's life in a tab: one `<csm-guide>` at most, mounted once on the
 * first page with something to show and updated after; the outcome of the CSM's last action.
 */
export const createSidebarController = (ctx: ContentScriptContext, options: SidebarControllerOptions): SidebarController => {
  let sidebar: MountedSidebar | null = null;
  /** Bumped whenever the sidebar is removed: a mount still loading for an older one is dropped. */
  let generation = 0;
  let mounting: Promise<void> | null = null;
  let latest: SidebarViewProps | null = null;
  /** What the sidebar last rendered, to skip store changes that change nothing it shows. */
  let renderedKey = '';
  let lastResult: FillResult | undefined;
  let busyAction: string | undefined;

  const update = () => {
    if (!sidebar || !latest) return;
    const props = { ...latest, ...(lastResult ? { lastResult } : {}), ...(busyAction ? { busyAction } : {}) };
    // Every storage change (another tab's tick, a thread choice, a profile fact this page itself
    // taught) reaches here; most change nothing shown. `now` counts to the minute: the sidebar
    // words due dates by the day, and anything time-critical changes the model itself.
    const key = JSON.stringify({ ...props, now: props.now.slice(0, 16) });
    if (key === renderedKey) return;
    renderedKey = key;
    sidebar.update(props);
  };

  const mount = () => {
    // A mount that finishes after the sidebar was removed again (navigation away and back
    // meanwhile) is thrown away, so the page never holds two <csm-guide> hosts.
    const mine = generation;
    mounting = options
      .loadSidebar()
      .then(({ mountSidebar }) => mountSidebar(ctx, {
          onIntent: options.onIntent,
          keepVisible: options.keepVisible,
          ...(options.panelSelector ? { panelSelector: options.panelSelector } : {}),
          ...(options.panelFree ? { panelFree: options.panelFree } : {}),
        }),
      )
      .then((mounted) => {
        if (mine !== generation || ctx.isInvalid) {
          mounted.remove();
          return;
        }
        sidebar = mounted;
        update();
      })
      .catch(() => {
        // The sidebar bundle failed to load: leave the page alone; the next change retries.
        if (mine === generation) mounting = null;
      });
  };

  return {
    show(props) {
      latest = props;
      if (sidebar) update();
      else if (!mounting) mount();
    },
    remove() {
      generation += 1;
      renderedKey = '';
      latest = null;
      sidebar?.remove();
      sidebar = null;
      mounting = null;
    },
    busy(actionKey) {
      busyAction = actionKey;
      update();
    },
    finish(result) {
      busyAction = undefined;
      if (result) lastResult = result;
      update();
    },
    forgetResult() {
      lastResult = undefined;
    },
  };
};
