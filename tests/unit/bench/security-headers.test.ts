// @vitest-environment node
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  EMPTY_STYLE_HASH,
  contentSecurityPolicy,
  headerTargetFor,
  pageOf,
  securityHeaders,
  staticHostHeaders,
  type HeaderTarget,
  type Page,
} from "../../../security-headers.ts";

const parse = (csp: string): Record<string, string[]> =>
  Object.fromEntries(
    csp.split(";").map((part) => {
      const [name = "", ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );

describe("content security policy", () => {
  // Sign-in and Graph hosts of every Microsoft cloud (https://learn.microsoft.com/graph/deployments): global, US
  // Government (GCC High and DoD share a sign-in host) and China operated by 21Vianet.
  const LOGIN = ["https://login.microsoftonline.com", "https://login.microsoftonline.us", "https://login.chinacloudapi.cn"];
  const GRAPH = ["https://graph.microsoft.com", "https://graph.microsoft.us", "https://dod-graph.microsoft.us", "https://microsoftgraph.chinacloudapi.cn"];

  it.each<[HeaderTarget, string[]]>([
    ["production", ["'self'", ...LOGIN, ...GRAPH]],
    ["e2e", ["'self'", ...LOGIN, ...GRAPH, "http://127.0.0.1:*", "https://127.0.0.1:*"]],
  ])("%s: connect-src is exactly %j", (target, expected) => {
    expect(parse(contentSecurityPolicy(target))["connect-src"]).toEqual(expected);
  });

  it("frames only this site and the clouds' sign-in hosts (MSAL's silent renewal), plus the identity stand-in in e2e", () => {
    expect(parse(contentSecurityPolicy("production"))["frame-src"]).toEqual(["'self'", ...LOGIN]);
    expect(parse(contentSecurityPolicy("e2e"))["frame-src"]).toEqual(["'self'", ...LOGIN, "https://127.0.0.1:*"]);
  });

  it.each<HeaderTarget>(["production", "e2e"])("%s: no inline or eval'd script, no framing, no plugins", (target) => {
    const csp = parse(contentSecurityPolicy(target));
    expect(csp["script-src"]).toEqual(["'self'"]);
    expect(csp["style-src"]).toEqual(["'self'", EMPTY_STYLE_HASH]);
    expect(csp["frame-ancestors"]).toEqual(["'none'"]);
    expect(csp["object-src"]).toEqual(["'none'"]);
    expect(contentSecurityPolicy(target)).not.toMatch(/unsafe-(inline|eval)/);
  });

  it("the e2e policy differs from production only by the loopback stand-ins (Graph and the identity provider)", () => {
    const production = parse(contentSecurityPolicy("production"));
    const e2e = parse(contentSecurityPolicy("e2e"));
    const withoutLoopback = (values: string[] | undefined) => values?.filter((v) => !v.includes("127.0.0.1"));
    expect({ ...e2e, "connect-src": withoutLoopback(e2e["connect-src"]), "frame-src": withoutLoopback(e2e["frame-src"]) }).toEqual(production);
    expect(contentSecurityPolicy("production")).not.toContain("127.0.0.1");
  });

  it("dev is looser only where Vite's dev server needs it, and still refuses framing", () => {
    const dev = parse(contentSecurityPolicy("dev"));
    expect(dev["script-src"]).toEqual(["'self'", "'unsafe-inline'"]);
    expect(dev["connect-src"]).toEqual(expect.arrayContaining(["ws://127.0.0.1:*", "ws://localhost:*"]));
    expect(dev["frame-ancestors"]).toEqual(["'none'"]);
    expect(contentSecurityPolicy("dev")).not.toContain("unsafe-eval");
  });

  it("allows exactly the empty inline style Fluent creates before filling it with insertRule()", () => {
    expect(EMPTY_STYLE_HASH).toBe(`'sha256-${createHash("sha256").update("").digest("base64")}'`);
  });
});

describe("which policy a Vite server sends", () => {
  it.each([
    [{ isPreview: true, mode: "production", outDir: "dist" }, "production"],
    [{ isPreview: true, mode: "production", outDir: "dist-e2e" }, "e2e"],
    [{ isPreview: true, mode: "production", outDir: "/work/app/dist-e2e/" }, "e2e"],
    [{ isPreview: true, mode: "production", outDir: "C:\\app\\dist-e2e" }, "e2e"],
    [{ isPreview: true, mode: "e2e", outDir: "dist" }, "e2e"],
    [{ isPreview: true, mode: "production", outDir: "dist-e2e-old/x" }, "production"],
    [{ isPreview: true, mode: "production", outDir: "dist-bench/app" }, "production"],
    [{ isPreview: false, mode: "development", outDir: "dist" }, "dev"],
    [{ isPreview: false, mode: "e2e", outDir: "dist-e2e" }, "dev"],
  ] as const)("%j → %s", (server, expected) => {
    expect(headerTargetFor(server)).toBe(expected);
  });
});

describe("pages", () => {
  it.each([
    ["/redirect.html", "bridge"],
    ["/", "app"],
    ["/organization", "app"],
    ["/redirect.html.bak", "app"],
    ["/x/redirect.html", "app"],
  ] as const)("%s is the %s page", (path, page) => {
    expect(pageOf(path)).toBe(page);
  });

  it.each<HeaderTarget>(["production", "e2e", "dev"])("%s: only the sign-in bridge may be framed, and only by this site", (target) => {
    expect(parse(contentSecurityPolicy(target, "app"))["frame-ancestors"]).toEqual(["'none'"]);
    expect(parse(contentSecurityPolicy(target, "bridge"))["frame-ancestors"]).toEqual(["'self'"]);
    expect(securityHeaders(target, "app")["X-Frame-Options"]).toBe("DENY");
    expect(securityHeaders(target, "bridge")["X-Frame-Options"]).toBe("SAMEORIGIN");
    const { "frame-ancestors": _app, ...appRest } = parse(contentSecurityPolicy(target, "app"));
    const { "frame-ancestors": _bridge, ...bridgeRest } = parse(contentSecurityPolicy(target, "bridge"));
    expect(bridgeRest).toEqual(appRest);
  });

  it.each<[HeaderTarget, Page]>([
    ["production", "app"],
    ["production", "bridge"],
    ["e2e", "bridge"],
    ["dev", "app"],
  ])("%s %s: the fixed security headers, and never Cross-Origin-Opener-Policy", (target, page) => {
    const headers = securityHeaders(target, page);
    expect(headers).toMatchObject({ "Referrer-Policy": "no-referrer", "X-Content-Type-Options": "nosniff", "Cross-Origin-Resource-Policy": "same-origin" });
    expect(headers["Permissions-Policy"]).toMatch(/(^|, )camera=\(\)/);
    expect(Object.keys(headers).map((h) => h.toLowerCase())).not.toContain("cross-origin-opener-policy");
    expect(headers["Cache-Control"]).toBe(page === "bridge" ? "no-store" : undefined);
  });
});

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), "utf8");

/** Headers a Netlify / Cloudflare Pages `_headers` file gives one path: rules in order, "!" detaches (Cloudflare). */
function headersFileFor(text: string, path: string, repeated: "replace" | "join"): Record<string, string> {
  const rules: { pattern: RegExp; set: [string, string][]; unset: string[] }[] = [];
  for (const line of text.split("\n")) {
    if (line.trim() === "" || line.startsWith("#")) continue;
    if (!line.startsWith(" ")) {
      const pattern = new RegExp(`^${line.trim().replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`);
      rules.push({ pattern, set: [], unset: [] });
    } else if (line.trim().startsWith("!")) rules.at(-1)?.unset.push(line.trim().slice(1).trim());
    else {
      const at = line.indexOf(":");
      rules.at(-1)?.set.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  const out = new Map<string, string>();
  for (const rule of rules.filter((r) => r.pattern.test(path))) {
    for (const name of rule.unset) out.delete(name);
    for (const [name, value] of rule.set) out.set(name, repeated === "join" && out.has(name) ? `${out.get(name)}, ${value}` : value);
  }
  return Object.fromEntries(out);
}

describe("static-host examples match security-headers.ts", () => {
  it("Azure Static Web Apps: global headers, bridge-page overrides, SPA fallback that skips the bridge page and assets", () => {
    const config = JSON.parse(read("public/staticwebapp.config.json")) as {
      globalHeaders: Record<string, string>;
      navigationFallback: { rewrite: string; exclude: string[] };
      routes: { route: string; headers?: Record<string, string> }[];
    };
    expect(config.globalHeaders).toEqual(staticHostHeaders("app"));
    const bridgeRoute = config.routes.find((r) => r.route === "/redirect.html")?.headers;
    expect({ ...config.globalHeaders, ...bridgeRoute }).toEqual(staticHostHeaders("bridge"));
    expect(config.navigationFallback.rewrite).toBe("/index.html");
    expect(config.navigationFallback.exclude).toEqual(expect.arrayContaining(["/redirect.html", "/assets/*", "/boot.js"]));
    expect(config.routes.find((r) => r.route === "/boot.js")?.headers).toEqual({ "Cache-Control": "no-cache" });
  });

  it.each([
    ["docs/headers/netlify/_headers", "replace"],
    ["docs/headers/cloudflare-pages/_headers", "join"],
  ] as const)("%s gives each page exactly its headers", (file, repeated) => {
    const text = read(file);
    for (const path of ["/", "/organization", "/config.json", "/boot.js"]) {
      expect(headersFileFor(text, path, repeated), path).toMatchObject(staticHostHeaders("app"));
    }
    expect(headersFileFor(text, "/redirect.html", repeated)).toEqual(staticHostHeaders("bridge"));
    expect(headersFileFor(text, "/assets/main-abc.js", repeated)).toEqual({ ...staticHostHeaders("app"), "Cache-Control": "public, max-age=31536000, immutable" });
  });

  it.each([
    ["docs/headers/nginx-security-headers.conf", "app"],
    ["docs/headers/nginx-bridge-headers.conf", "bridge"],
  ] as const)("%s: the %s headers, sent on errors too (always)", (file, page) => {
    const lines = read(file).split("\n").filter((l) => l.startsWith("add_header"));
    const parsed = Object.fromEntries(lines.map((l) => /^add_header (\S+) "([^"]*)" always;$/.exec(l)?.slice(1, 3) ?? [l, "unparsed"]));
    expect(parsed).toEqual(staticHostHeaders(page));
  });

  it("nginx.conf includes the app headers in every location but the bridge page's", () => {
    const conf = read("docs/headers/nginx.conf");
    expect(conf.match(/include nginx-security-headers\.conf;/g)).toHaveLength(2);
    expect(conf).toMatch(/location = \/redirect\.html \{\s*include nginx-bridge-headers\.conf;\s*\}/);
  });

  it.each([
    "public/staticwebapp.config.json",
    "docs/headers/netlify/_headers",
    "docs/headers/cloudflare-pages/_headers",
    "docs/headers/nginx-security-headers.conf",
    "docs/headers/nginx-bridge-headers.conf",
    "docs/headers/nginx.conf",
  ])("%s never allows the loopback stand-in or sets Cross-Origin-Opener-Policy", (path) => {
    expect(read(path)).not.toContain("127.0.0.1");
    expect(read(path)).not.toMatch(/^\s*"?Cross-Origin-Opener-Policy"?\s*:|add_header Cross-Origin-Opener-Policy/im);
  });
});
