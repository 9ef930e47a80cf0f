/** The only place that touches window.location / history: paths are app-relative ("/summary"). */
export type Router = {
  current(): string;
  navigate(path: string, options?: { replace?: boolean }): void;
  subscribe(listener: (path: string) => void): () => void;
  /** The fragment (without "#"): share links travel there. */
  fragment(): string;
  /** A link pasted into a tab that already shows the app only changes the fragment: no reload happens. */
  subscribeFragment(listener: (fragment: string) => void): () => void;
  clearFragment(): void;
  /** Absolute URL of the app root, used to build share links. */
  appUrl(): string;
};

function normalizeBase(base: string): string {
  return base.endsWith("/") ? base.slice(0, -1) : base;
}

export function createHistoryRouter(win: Window = window, base: string = import.meta.env.BASE_URL): Router {
  const root = normalizeBase(base);
  const listeners = new Set<(path: string) => void>();
  const current = () => {
    const path = win.location.pathname;
    const relative = root && path.startsWith(root) ? path.slice(root.length) : path;
    return relative === "" ? "/" : relative;
  };
  const notify = () => listeners.forEach((listener) => listener(current()));
  win.addEventListener("popstate", notify);
  return {
    current,
    navigate(path, options) {
      if (path === current()) return;
      const url = `${root}${path}`;
      if (options?.replace) win.history.replaceState(null, "", url);
      else win.history.pushState(null, "", url);
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    fragment: () => win.location.hash.replace(/^#/, ""),
    subscribeFragment(listener) {
      const onChange = () => listener(win.location.hash.replace(/^#/, ""));
      win.addEventListener("hashchange", onChange);
      return () => win.removeEventListener("hashchange", onChange);
    },
    clearFragment() {
      win.history.replaceState(win.history.state, "", `${win.location.pathname}${win.location.search}`);
    },
    appUrl: () => `${win.location.origin}${root}/`,
  };
}
