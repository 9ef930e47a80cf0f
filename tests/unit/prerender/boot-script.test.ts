import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const source = readFileSync("public/boot.js", "utf8");

type Visit = { href: string; scriptSrc?: string; stored?: string | null; storageThrows?: boolean; dark?: boolean; forced?: boolean };

/** Runs public/boot.js against a fake page and returns the attributes it set on <html>. */
function boot(visit: Visit): Record<string, string> {
  const attributes: Record<string, string> = {};
  const url = new URL(visit.href);
  const document = {
    documentElement: { setAttribute: (name: string, value: string) => (attributes[name] = value) },
    currentScript: { src: visit.scriptSrc ?? `${url.origin}/boot.js` },
  };
  const localStorage = {
    getItem: () => {
      if (visit.storageThrows) throw new Error("SecurityError");
      return visit.stored ?? null;
    },
  };
  const matchMedia = (query: string) => ({ matches: query.includes("forced-colors") ? !!visit.forced : !!visit.dark });
  const window = { matchMedia };
  new Function("document", "location", "localStorage", "matchMedia", "window", "URL", source)(document, url, localStorage, matchMedia, window, URL);
  return attributes;
}

describe("boot.js: which static first paint shows", () => {
  it.each([
    ["https://readiness.contoso.com/", "welcome"],
    ["https://readiness.contoso.com/index.html", "welcome"],
    ["https://readiness.contoso.com/#share=s1.abc", "welcome"],
    ["https://readiness.contoso.com/tenant", "page"],
    ["https://readiness.contoso.com/summary", "page"],
    ["https://readiness.contoso.com/print", "page"],
    ["https://readiness.contoso.com/no-such-page", "page"],
  ])("%s → %s", (href, expected) => {
    expect(boot({ href })["data-boot"]).toBe(expected);
  });

  it("knows the landing page of a copy served from a sub-path", () => {
    const scriptSrc = "https://contoso.com/readiness/boot.js";
    expect(boot({ href: "https://contoso.com/readiness/", scriptSrc })["data-boot"]).toBe("welcome");
    expect(boot({ href: "https://contoso.com/readiness", scriptSrc })["data-boot"]).toBe("welcome");
    expect(boot({ href: "https://contoso.com/readiness/strategy", scriptSrc })["data-boot"]).toBe("page");
  });
});

describe("boot.js: which theme the static first paint uses", () => {
  it.each<[string, Visit, string]>([
    ["no choice, light system", { href: "https://a.example/" }, "light"],
    ["no choice, dark system", { href: "https://a.example/", dark: true }, "dark"],
    ["no choice, forced colors", { href: "https://a.example/", forced: true, dark: true }, "high-contrast"],
    ["saved dark beats a light system", { href: "https://a.example/", stored: "dark" }, "dark"],
    ["saved light beats a dark system", { href: "https://a.example/", stored: "light", dark: true }, "light"],
    ["saved high contrast", { href: "https://a.example/", stored: "high-contrast" }, "high-contrast"],
    ["saved 'system' follows the system", { href: "https://a.example/", stored: "system", dark: true }, "dark"],
    ["garbage in storage follows the system", { href: "https://a.example/", stored: "<img src=x>", dark: true }, "dark"],
    ["storage blocked still follows the system", { href: "https://a.example/", storageThrows: true, dark: true }, "dark"],
  ])("%s", (_, visit, expected) => {
    expect(boot(visit)["data-boot-theme"]).toBe(expected);
  });

  it("reads the key the app's theme preference writes", async () => {
    const { createThemePreference } = await import("../../../src/services/preferences/theme-preference.ts");
    const written = new Map<string, string>();
    const storage = { get: (k: string) => written.get(k) ?? null, set: (k: string, v: string) => (written.set(k, v), { ok: true as const }) };
    createThemePreference(storage as never, window).setChoice("high-contrast");
    const keys = [...written.keys()];
    expect(keys).toHaveLength(1);
    expect(source).toContain(`"${keys[0]}"`);
  });
});
