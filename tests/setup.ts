import "@testing-library/jest-dom/vitest";
import { afterEach } from "vitest";
import { cleanup } from "@testing-library/react";
import { installLayoutFacts } from "./jsdom-layout.ts";

afterEach(() => {
  cleanup();
  if (typeof window !== "undefined") {
    localStorage.clear();
    sessionStorage.clear();
  }
});

// jsdom lacks these; Fluent guards them, but our own code (theme preference, print) calls matchMedia.
if (typeof window !== "undefined") {
  installBrowserStubs();
  installLayoutFacts(window);
}

function installBrowserStubs() {
  window.matchMedia ??= (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener() {},
      removeListener() {},
      addEventListener() {},
      removeEventListener() {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
  Element.prototype.scrollIntoView ??= function scrollIntoView() {};
  // Fluent's MessageBar measures itself with ResizeObserver, which jsdom lacks.
  if (!("ResizeObserver" in window)) {
    Object.assign(window, {
      ResizeObserver: class {
        observe() {}
        unobserve() {}
        disconnect() {}
      },
    });
  }
}
