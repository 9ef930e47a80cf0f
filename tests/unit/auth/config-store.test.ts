import { describe, expect, it } from "vitest";
import { AUTH_CONFIG_KEY, createAuthConfigStore } from "../../../src/services/auth/config-store.ts";
import { createSafeStorage } from "../../../src/services/storage/safe-storage.ts";

const context = { origin: "https://readiness.contoso.com", baseUrl: "/" };
const config = {
  clientId: "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d",
  authority: "https://login.microsoftonline.com/contoso.com",
  redirectUri: "https://readiness.contoso.com/redirect.html",
  cloud: "global",
} as const;

function memoryStorage() {
  const data = new Map<string, string>();
  return {
    data,
    get: (key: string) => data.get(key) ?? null,
    set: (key: string, value: string) => {
      data.set(key, value);
      return { ok: true } as const;
    },
    remove: (key: string) => {
      data.delete(key);
    },
  };
}

describe("auth config store", () => {
  it("reads nothing until something is saved", () => {
    expect(createAuthConfigStore(memoryStorage(), context).read()).toEqual({ status: "none" });
  });

  it("round-trips a valid config through real localStorage", () => {
    const store = createAuthConfigStore(createSafeStorage(() => localStorage), context);
    expect(store.save({ ...config, clientId: config.clientId.toUpperCase() })).toEqual({ ok: true, config });
    expect(store.read()).toEqual({ status: "ok", config });
    store.clear();
    expect(store.read()).toEqual({ status: "none" });
  });

  it("reads a save from before national clouds as the global cloud", () => {
    const storage = memoryStorage();
    const { cloud: _cloud, ...older } = config;
    storage.data.set(AUTH_CONFIG_KEY, JSON.stringify({ version: 1, ...older }));
    expect(createAuthConfigStore(storage, context).read()).toEqual({ status: "ok", config });
  });

  it("keeps the cloud with the registration, so sign-in and Graph stay in it", () => {
    const store = createAuthConfigStore(memoryStorage(), context);
    const usGov = { ...config, authority: "contoso.onmicrosoft.us", cloud: "gcc-high" } as const;
    expect(store.save(usGov)).toMatchObject({ ok: true, config: { authority: "https://login.microsoftonline.us/contoso.onmicrosoft.us", cloud: "gcc-high" } });
    expect(store.read()).toMatchObject({ status: "ok", config: { cloud: "gcc-high" } });
  });

  it("stores the registration fields and the cloud, nothing else", () => {
    const storage = memoryStorage();
    const withExtras = { ...config, accessToken: "secret", account: { username: "admin@contoso.com" } };
    createAuthConfigStore(storage, context).save(withExtras);
    expect(JSON.parse(storage.data.get(AUTH_CONFIG_KEY) ?? "{}")).toEqual({ version: 1, ...config });
  });

  it("refuses to save an invalid config and says why", () => {
    const storage = memoryStorage();
    const result = createAuthConfigStore(storage, context).save({ ...config, authority: "https://login.microsoftonline.com/common" });
    expect(result).toMatchObject({ ok: false, reason: "invalid", problems: [{ field: "authority" }] });
    expect(storage.data.size).toBe(0);
  });

  it("reports a storage that cannot be written", () => {
    const full = { ...memoryStorage(), set: () => ({ ok: false, reason: "quota" }) as const };
    expect(createAuthConfigStore(full, context).save(config)).toEqual({ ok: false, reason: "quota" });
  });

  it.each([
    ["unreadable JSON", "{nope", /unreadable/],
    ["an unknown version", JSON.stringify({ version: 2, ...config }), /unknown format/],
    ["a config that no longer validates", JSON.stringify({ version: 1, ...config, redirectUri: "https://elsewhere.example/redirect.html" }), /cannot work/],
  ])("reads %s as invalid without throwing or deleting it", (_, raw, reason) => {
    const storage = memoryStorage();
    storage.data.set(AUTH_CONFIG_KEY, raw);
    const result = createAuthConfigStore(storage, context).read();
    expect(result.status).toBe("invalid");
    expect(result.status === "invalid" ? result.reason : "").toMatch(reason);
    expect(storage.data.get(AUTH_CONFIG_KEY)).toBe(raw);
  });
});
