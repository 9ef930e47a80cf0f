// jsdom lays nothing out: `offsetParent` is always null and <body> measures 0 × 0. Fluent's focus manager (tabster)
// reads both to decide what is visible, so in jsdom it finds nothing focusable in an opening Dialog, focuses the surface
// itself, never activates the dialog's modalizer, and 250 ms later marks the dialog aria-hidden as an inactive modal
// (the old "flaky dialog" tests: whether a query ran before that timer decided the outcome). These two facts, as a
// browser gives them, make dialogs behave as in Chromium: focus moves to the first button, the dialog stays exposed
// and the page behind it is hidden.

/** What a browser answers: the nearest positioned ancestor, or null when the element or an ancestor is not rendered. */
function offsetParentOf(element: HTMLElement): Element | null {
  if (!element.isConnected || element === element.ownerDocument.body) return null;
  const view = element.ownerDocument.defaultView;
  if (!view) return null;
  if (view.getComputedStyle(element).position === "fixed") return null;
  let parent: Element | null = element.parentElement;
  for (let e: Element | null = element; e; e = e.parentElement) if (view.getComputedStyle(e).display === "none") return null;
  while (parent && parent !== element.ownerDocument.body && view.getComputedStyle(parent).position === "static") parent = parent.parentElement;
  return parent ?? element.ownerDocument.body;
}

export function installLayoutFacts(win: Window & typeof globalThis) {
  Object.defineProperty(win.HTMLElement.prototype, "offsetParent", {
    configurable: true,
    get(this: HTMLElement) {
      return offsetParentOf(this);
    },
  });
  const viewport = { x: 0, y: 0, top: 0, left: 0, width: 1280, height: 800, right: 1280, bottom: 800 };
  win.HTMLBodyElement.prototype.getBoundingClientRect = function bodyRect() {
    return { ...viewport, toJSON: () => viewport } as DOMRect;
  };
}
