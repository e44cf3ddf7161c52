/**
 * Mounts the sidebar in a `<csm-guide>` open shadow root at the end of `<body>`.
 *
 * Loaded only by the sidebar app (entrypoints/csm-app-<site>.ts), which the background injects into a
 * tab once a loader recognised a page: the React UI never weighs on pages CSM Guide ignores.
 * The stylesheet travels inside the bundle (`?inline`) and is handed to `createShadowRootUi`,
 * so nothing is fetched and nothing leaks into the host page.
 *
 * Placement: a fixed panel, 340px, at the right edge from `topOffset` (px, e.g. the height of
 * the host's fixed header) to the bottom, above page content and above host modals
 * (z-index 2147483000; the Salesforce new-Case modal must stay usable next to it). It does not
 * push or pad the host layout (Lightning and Gmail own their scrolling containers and re-layout
 * on resize, so padding them is not safe); when it covers something, the user collapses it to a
 * 28px tab at the right edge (Escape or the » button), and `collapsed` is remembered.
 *
 * Events: `isolateEvents: true` stops keydown/keyup/keypress from bubbling out of the shadow
 * root, so typing in the sidebar does not trigger Gmail or Salesforce shortcuts that listen on
 * the document. (Listeners a host registers in the capture phase still see the events.)
 */
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { createDock } from '../../lib/dom/dock';
import { frameScheduler } from '../../lib/dom/observe';
import { SIDEBAR_WIDTH } from '../../lib/store/schemas';
import { Sidebar } from './Sidebar';
import type { SidebarIntent, SidebarProps } from '../../lib/view-model/sidebar';
import sidebarCss from './sidebar.css?inline';

/** The sidebar's props without `onIntent` (given once, at mount). */
export type SidebarViewProps = Omit<SidebarProps, 'onIntent'>;

/**
 * Events a page script could synthesise to press the sidebar's buttons, type into it or pick
 * from its selects (React's onChange listens to `change` and `input`; a checkbox to `click`).
 */
const UNTRUSTED_BLOCKED = ['click', 'dblclick', 'keydown', 'keypress', 'keyup', 'submit', 'change', 'input', 'beforeinput', 'pointerdown', 'pointermove', 'pointerup'] as const;

/** The collapsed rail's width (.csm-tab in sidebar.css). */
const RAIL_WIDTH = 28;

export interface MountSidebarOptions {
  /** Unit tests in happy-dom, whose events are never trusted. */
  acceptUntrusted?: boolean;
  /** Host controls the panel must not cover (SiteAdapter.keepVisible); the page is given room for it. */
  keepVisible?: () => Element[];
  /**
   * Host panels that come and go without a render (SiteAdapter.panelSelector): the page is
   * watched for the adding and removing of elements that are or hold one. Without it nothing is
   * watched between renders.
   */
  panelSelector?: string;
  /**
   * Parts of the page where no host panel opens (SiteAdapter.panelFree: the record being read):
   * what is added there is not looked at.
   */
  panelFree?: () => readonly Node[];
  onIntent: (intent: SidebarIntent) => void;
  /** Pixels from the viewport top to start the panel at (under the host's fixed header). */
  topOffset?: number;
}

export interface MountedSidebar {
  /** Re-render with new props (the whole view; `topOffset` defaults to the mount option). */
  update(props: SidebarViewProps): void;
  /** Unmount React and remove `<csm-guide>` from the page. */
  remove(): void;
  /** The `<csm-guide>` element (tests, e2e helpers). */
  readonly host: HTMLElement;
}

export async function mountSidebar(ctx: ContentScriptContext, options: MountSidebarOptions): Promise<MountedSidebar> {
  let props: SidebarViewProps | null = null;
  let root: Root | null = null;
  const dock = createDock(document);
  /** The host controls the last apply kept clear. */
  let kept: readonly Element[] = [];
  // The page keeps room for the panel (or its rail), and the host's own panels stay clear of it.
  const makeRoom = () => {
    if (!props) return;
    kept = options.keepVisible?.() ?? [];
    dock.apply({ side: props.side ?? 'right', width: props.collapsed ? RAIL_WIDTH : (props.width ?? SIDEBAR_WIDTH.default) }, kept);
  };
  const onResize = () => makeRoom();
  // Host panels come and go without a render: a Salesforce modal opened by a quick action, or
  // its chooser shown while the page's facts stay "waiting". Only an added element that is such a
  // panel (or whose child is), or a kept panel leaving the page, asks, once a frame, which
  // controls to keep clear (any other churn of the host costs one selector match per added
  // element); the dock moves only when that list changed (its own style writes add no
  // elements, so this never feeds itself). Other panels are found at the next render, as before.
  const schedule = frameScheduler(window);
  let pending: (() => void) | null = null;
  const selector = options.panelSelector;
  // The element added, or one of its children (a wrapper around a modal's layer): no subtree
  // walk per added element, which cost more than the per-frame lookup it replaced (npm run bench).
  const isPanel = (node: Node): boolean => {
    if (node.nodeType !== 1) return false;
    if ((node as Element).matches(selector!)) return true;
    for (let child = (node as Element).firstElementChild; child; child = child.nextElementSibling) if (child.matches(selector!)) return true;
    return false;
  };
  const touchesPanel = (records: MutationRecord[]) => {
    // A panel kept clear went away (removed itself or with an ancestor): one check per batch.
    if (kept.some((el) => !el.isConnected)) return true;
    // A record that churns (a ticking timer, a feed) adds elements where no panel opens: its
    // records, which mostly share a parent, are placed once per parent instead of each added
    // element being matched (npm run bench: mutations).
    const free = options.panelFree?.() ?? [];
    let parent: Node | null = null;
    let inFree = false;
    for (const record of records) {
      if (free.length > 0 && record.target !== parent) {
        parent = record.target;
        inFree = free.some((area) => area.contains(parent));
      }
      if (inFree) continue;
      const added = record.addedNodes;
      for (let i = 0; i < added.length; i++) if (isPanel(added[i]!)) return true;
    }
    return false;
  };
  const panels = new MutationObserver((records) => {
    if (pending || !touchesPanel(records)) return;
    pending = schedule(() => {
      pending = null;
      const now = options.keepVisible?.() ?? [];
      if (now.length !== kept.length || now.some((el, i) => el !== kept[i])) makeRoom();
    });
  });

  const render = () => {
    if (!root || !props) return;
    makeRoom();
    const view = <Sidebar {...props} topOffset={props.topOffset ?? options.topOffset ?? 0} onIntent={options.onIntent} />;
    // Committed now, not in a scheduler task after this one: the facts just read are on screen
    // before the frame paints (npm run bench: facts → sidebar). Updates come at most once per
    // read, so there is nothing for concurrent rendering to batch.
    flushSync(() => root!.render(view));
  };

  const ui = await createShadowRootUi<Root>(ctx, {
    name: 'csm-guide',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    mode: 'open',
    isolateEvents: true,
    css: sidebarCss,
    onMount(container, shadow) {
      // The shadow root is open (tests and screen readers need it), so page scripts can reach our
      // buttons: only the user's own clicks and keys may drive the sidebar, never a script's.
      for (const type of UNTRUSTED_BLOCKED)
        shadow.addEventListener(
          type,
          (event) => {
            if (event.isTrusted || options.acceptUntrusted) return;
            event.stopImmediatePropagation();
            event.preventDefault();
          },
          { capture: true },
        );
      const app = document.createElement('div');
      container.append(app);
      root = createRoot(app);
      render();
      return root;
    },
    onRemove(mounted) {
      mounted?.unmount();
      root = null;
      dock.release();
      panels.disconnect();
      pending?.();
      pending = null;
      window.removeEventListener('resize', onResize);
    },
  });
  ui.mount();
  window.addEventListener('resize', onResize, { passive: true });
  if (options.keepVisible && selector && document.body) panels.observe(document.body, { childList: true, subtree: true });

  return {
    update(next) {
      props = next;
      render();
    },
    remove() {
      ui.remove();
    },
    get host() {
      return ui.shadowHost;
    },
  };
}
