// The HTTP security headers of every way the app is served: `vite preview` and `vite dev` (vite.config.ts), and the
// static-host examples (public/staticwebapp.config.json, docs/headers/**), which tests/unit/bench/security-headers.test.ts
// keeps identical to `staticHostHeaders()`. docs/deploy.md explains each choice.

/** production: any real host. e2e: the browser-test build, whose Graph stand-in listens on a random loopback port. */
export type HeaderTarget = "production" | "e2e" | "dev";

import { ALL_GRAPH_ORIGINS, ALL_LOGIN_ORIGINS } from "./src/services/auth/clouds.ts";

/**
 * Every Microsoft cloud's sign-in and Graph hosts (global, US Government GCC High and DoD, China operated by
 * 21Vianet): which one a session uses is a runtime setting, and these are all Microsoft's own hosts.
 */
export const LOGIN_ORIGINS: readonly string[] = ALL_LOGIN_ORIGINS;
export const GRAPH_ORIGINS: readonly string[] = ALL_GRAPH_ORIGINS;

/** The page MSAL's sign-in popup returns to. It must never carry Cross-Origin-Opener-Policy (see docs/deploy.md). */
export const REDIRECT_BRIDGE_PATH = "/redirect.html";

/**
 * "bridge" is redirect.html. MSAL also loads it in a hidden iframe of the app when it renews a token silently, so it
 * may be framed by this site ('self'); every other page may not be framed at all.
 */
export type Page = "app" | "bridge";

export const pageOf = (pathname: string): Page => (pathname === REDIRECT_BRIDGE_PATH ? "bridge" : "app");

/** CSP hash of the empty string: see "style-src" below. */
export const EMPTY_STYLE_HASH = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

export type Directives = Readonly<Record<string, readonly string[]>>;

// Browser tests: the Graph stand-in (http) and the identity-provider stand-in (https, MSAL refuses anything else).
const LOOPBACK_STAND_INS = ["http://127.0.0.1:*", "https://127.0.0.1:*"];
const LOOPBACK_IDENTITY = ["https://127.0.0.1:*"];
// Vite's dev client talks to its HMR websocket; the dev server may be opened as localhost or 127.0.0.1.
const DEV_EXTRA_CONNECT = ["ws://127.0.0.1:*", "ws://localhost:*", "http://127.0.0.1:*", "http://localhost:*"];

export function cspDirectives(target: HeaderTarget, page: Page = "app"): Directives {
  const connect = ["'self'", ...LOGIN_ORIGINS, ...GRAPH_ORIGINS];
  if (target === "e2e") connect.push(...LOOPBACK_STAND_INS);
  if (target === "dev") connect.push(...DEV_EXTRA_CONNECT);
  return {
    "default-src": ["'self'"],
    // Dev only: @vitejs/plugin-react puts the React Refresh preamble in an inline <script>. Builds have no inline script.
    "script-src": target === "dev" ? ["'self'", "'unsafe-inline'"] : ["'self'"],
    // Fluent UI (Griffel and FluentProvider) appends EMPTY <style> elements at runtime and fills them through
    // CSSOM insertRule(), which CSP does not police. Creating the element itself is an inline style block, so it needs
    // either 'unsafe-inline' or the hash of its (empty) text. The hash allows exactly one inline text, "", so any
    // injected <style> or style="" attribute with content stays blocked. Checked in Chromium: all of Fluent's rules
    // load and tests/e2e/security.spec.ts records no violation.
    // Dev: Vite injects imported CSS as <style> text. ('unsafe-inline' would be ignored next to a hash, hence either/or.)
    "style-src": target === "dev" ? ["'self'", "'unsafe-inline'"] : ["'self'", EMPTY_STYLE_HASH],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": connect,
    // MSAL renews tokens silently in a hidden iframe on the sign-in host when its refresh token cannot be used; the
    // sign-in host then redirects that iframe to our bridge page, and frame-src is checked for every hop ('self').
    "frame-src": ["'self'", ...LOGIN_ORIGINS, ...(target === "e2e" ? LOOPBACK_IDENTITY : [])],
    "worker-src": ["'none'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "manifest-src": ["'self'"],
    "frame-ancestors": page === "bridge" ? ["'self'"] : ["'none'"],
  };
}

export function contentSecurityPolicy(target: HeaderTarget, page: Page = "app"): string {
  return Object.entries(cspDirectives(target, page))
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

/** Powerful features the app never uses, switched off for it and for any frame it contains. */
export const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "autoplay=()",
  "camera=()",
  "display-capture=()",
  "geolocation=()",
  "gyroscope=()",
  "hid=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "serial=()",
  "usb=()",
  "xr-spatial-tracking=()",
].join(", ");

export function securityHeaders(target: HeaderTarget, page: Page = "app"): Record<string, string> {
  const headers: Record<string, string> = {
    "Content-Security-Policy": contentSecurityPolicy(target, page),
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    // For browsers that predate CSP frame-ancestors.
    "X-Frame-Options": page === "bridge" ? "SAMEORIGIN" : "DENY",
    "Permissions-Policy": PERMISSIONS_POLICY,
    "Cross-Origin-Resource-Policy": "same-origin",
  };
  // A sign-in step must never come from a cache.
  if (page === "bridge") headers["Cache-Control"] = "no-store";
  return headers;
}

/** Static hosts serve over HTTPS, where HSTS belongs; `vite preview` is plain http on loopback, so it does not send it. */
export const HSTS = "max-age=31536000";

export function staticHostHeaders(page: Page = "app"): Record<string, string> {
  return { ...securityHeaders("production", page), "Strict-Transport-Security": HSTS };
}

/**
 * Which policy a Vite server should send. `vite preview --outDir dist-e2e` keeps the default mode, so the output
 * folder decides as well as the mode.
 */
export function headerTargetFor(server: { isPreview: boolean; mode: string; outDir: string }): HeaderTarget {
  if (!server.isPreview) return "dev";
  const folder = server.outDir.replace(/[\\/]+$/, "").split(/[\\/]/).pop() ?? "";
  return server.mode === "e2e" || folder === "dist-e2e" ? "e2e" : "production";
}
