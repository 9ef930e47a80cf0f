import { describe, expect, it } from "vitest";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { TENANT_ITEM_IDS, VERIFIABLE_ITEM_IDS } from "../../src/domain/catalog/ids.ts";
import { scenarioEvidenceFile } from "../../src/domain/verification/demo.ts";
import { renderApp, testVerificationServices } from "./render-app.tsx";

const KEY = "intune-mac-readiness:progress";
const T0 = new Date("2026-11-26T09:00:00Z");
const DAY = 86_400_000;

type Saved = { data: { verification: Record<string, { verdict: string; source: string; scenario?: string; checkedAt: string }> } };
const saved = (): Saved => JSON.parse(localStorage.getItem(KEY) ?? "null") as Saved;
const card = (id: string) => document.querySelector<HTMLElement>(`section[data-item-id="${id}"]`)!;
const verdictOf = (id: string) => card(id).querySelector("[data-verdict]")?.getAttribute("data-verdict");

async function renderTenant(now: Date) {
  return await renderApp("/tenant", { verification: testVerificationServices({ now: () => now }) });
}

async function showDemo(user: ReturnType<typeof userEvent.setup>, title: string) {
  await user.click(screen.getByRole("tab", { name: "Try a sample tenant" }));
  await user.click(screen.getByRole("button", { name: `Show this demo: ${title}` }));
}

describe("verification panel: demo tenants", () => {
  it("records one result per tenant item, all marked demo, and flags them as not your tenant", async () => {
    const user = userEvent.setup();
    await renderTenant(T0);
    for (const id of TENANT_ITEM_IDS) expect(verdictOf(id)).toBe("not-checked");
    await showDemo(user, "Demo: healthy tenant");

    const records = saved().data.verification;
    // The healthy demo tenant answers the set-up and policies steps too, so every verifiable item is recorded.
    expect(Object.keys(records).sort()).toEqual([...VERIFIABLE_ITEM_IDS].sort());
    expect(new Set(Object.values(records).map((r) => `${r.source}/${r.scenario}/${r.checkedAt}`))).toEqual(new Set([`demo/healthy/${T0.toISOString()}`]));
    for (const id of TENANT_ITEM_IDS) {
      expect(verdictOf(id)).toBe("ready");
      expect(within(card(id)).getByText("Demo — not your tenant")).toBeInTheDocument();
    }
    expect(screen.getByTestId("demo-banner")).toHaveTextContent("Demo results — not your tenant");
    expect(screen.getByTestId("results-overview").querySelector('[data-verdict-count="ready"]')).toHaveTextContent("8");
  });

  it("a second demo replaces every record of the first, and clearing removes banner and results", async () => {
    const user = userEvent.setup();
    await renderTenant(T0);
    await showDemo(user, "Demo: healthy tenant");
    await showDemo(user, "Demo: brand-new tenant");
    const records = Object.values(saved().data.verification);
    // The 8 prerequisite items, plus the ADE profile and LAPS: the ADE token list shows they do not apply without a strategy.
    expect(records).toHaveLength(10);
    expect(records.every((r) => r.scenario === "brand-new")).toBe(true);
    expect(verdictOf("apns-certificate")).toBe("not-ready");

    await user.click(screen.getByRole("button", { name: "Clear demo results" }));
    expect(saved().data.verification).toEqual({});
    expect(screen.queryByTestId("demo-banner")).not.toBeInTheDocument();
    expect(verdictOf("apns-certificate")).toBe("not-checked");
  });

  it("never offers Mark as done on a demo verdict: a fictitious tenant cannot finish your item", async () => {
    const user = userEvent.setup();
    await renderTenant(T0);
    await showDemo(user, "Demo: healthy tenant");
    expect(verdictOf("intune-license")).toBe("ready");
    for (const id of TENANT_ITEM_IDS) expect(within(card(id)).queryByRole("button", { name: /^Mark as done/ })).not.toBeInTheDocument();
  });
});

describe("verification panel: evidence files", () => {
  const upload = async (user: ReturnType<typeof userEvent.setup>, name: string, text: string) => {
    await user.click(screen.getByRole("tab", { name: "Import evidence file" }));
    await user.upload(screen.getByTestId("evidence-file-input"), new File([text], name, { type: "application/json" }));
  };

  it.each([
    ["truncated JSON", '{"kind":"intune-mac-readiness-evidence","version":1,"respon', /truncated or not JSON/],
    ["another kind of file", JSON.stringify({ hello: "world" }), /not an evidence file/],
    ["a newer format", JSON.stringify({ kind: "intune-mac-readiness-evidence", version: 9, collectedAt: T0.toISOString(), responses: [] }), /newer than this app/],
  ])("shows why %s cannot be imported and changes nothing", async (_label, text, message) => {
    const user = userEvent.setup();
    await renderTenant(T0);
    await showDemo(user, "Demo: expiring and broken tokens");
    const before = localStorage.getItem(KEY);
    const verdicts = TENANT_ITEM_IDS.map(verdictOf);

    await upload(user, "evidence.json", text);
    const error = await screen.findByTestId("evidence-error");
    expect(error).toHaveTextContent("Could not import evidence.json");
    expect(error).toHaveTextContent(message);
    expect(error).toHaveTextContent("Your results were not changed.");
    expect(localStorage.getItem(KEY)).toBe(before);
    expect(TENANT_ITEM_IDS.map(verdictOf)).toEqual(verdicts);
  });

  it("imports a valid file as the tenant's state when it was collected, replacing demo results", async () => {
    const user = userEvent.setup();
    const collected = new Date(T0.getTime() - 3 * DAY);
    await renderTenant(T0);
    await showDemo(user, "Demo: healthy tenant");
    await upload(user, "contoso.json", JSON.stringify(scenarioEvidenceFile("brand-new", collected)));

    await waitFor(() => expect(saved().data.verification["apns-certificate"]?.source).toBe("file"));
    const records = Object.values(saved().data.verification);
    expect(records.every((r) => r.source === "file" && r.checkedAt === collected.toISOString() && r.scenario === undefined)).toBe(true);
    expect(verdictOf("apns-certificate")).toBe("not-ready");
    expect(screen.queryByTestId("demo-banner")).not.toBeInTheDocument();
    expect(screen.getByTestId("results-overview")).toHaveTextContent(/Checked 3 days ago via evidence file/);
    expect(screen.getByTestId("announcer")).toHaveTextContent(/^Imported evidence from .+: \d+ (ready|not ready)/);
  });

  it("never mixes runs: items a partial file could not check lose their demo result instead of keeping it", async () => {
    const user = userEvent.setup();
    await renderTenant(T0);
    await showDemo(user, "Demo: healthy tenant");
    const full = scenarioEvidenceFile("brand-new", T0);
    const partial = { ...full, responses: full.responses.filter((r) => r.request.includes("applePushNotificationCertificate")) };
    await upload(user, "apns-only.json", JSON.stringify(partial));

    await waitFor(() => expect(saved().data.verification["apns-certificate"]?.source).toBe("file"));
    const records = saved().data.verification;
    expect(Object.values(records).every((r) => r.source === "file")).toBe(true);
    expect(Object.keys(records).length).toBeLessThan(TENANT_ITEM_IDS.length);
    expect(verdictOf("intune-license")).toBe("not-checked");
    expect(screen.queryByTestId("demo-banner")).not.toBeInTheDocument();
  });
});

describe("verification panel: stale results", () => {
  it.each([
    [6, false],
    [8, true],
  ])("results %i days old are stale: %s", async (days, stale) => {
    const user = userEvent.setup();
    const first = await renderTenant(T0);
    await showDemo(user, "Demo: healthy tenant");
    first.unmount();

    const later = new Date(T0.getTime() + days * DAY);
    await renderTenant(later);
    expect(screen.queryByTestId("stale-warning") !== null).toBe(stale);
    expect(card("vpp-token").querySelector("[data-stale]")).toHaveAttribute("data-stale", String(stale));
    expect(within(card("vpp-token")).queryByText(/^Stale/) !== null).toBe(stale);
  });

  it("Re-check repeats the last demo with today's date", async () => {
    const user = userEvent.setup();
    const first = await renderTenant(T0);
    await showDemo(user, "Demo: expiring and broken tokens");
    first.unmount();

    const later = new Date(T0.getTime() + 8 * DAY);
    await renderTenant(later);
    await user.click(within(screen.getByTestId("stale-warning")).getByRole("button", { name: "Re-check" }));
    expect(screen.queryByTestId("stale-warning")).not.toBeInTheDocument();
    const records = Object.values(saved().data.verification);
    expect(records.every((r) => r.checkedAt === later.toISOString() && r.scenario === "expiring-broken")).toBe(true);
  });

  it("Re-check after an evidence file asks for a new file", async () => {
    const user = userEvent.setup();
    const first = await renderTenant(T0);
    await user.click(screen.getByRole("tab", { name: "Import evidence file" }));
    await user.upload(screen.getByTestId("evidence-file-input"), new File([JSON.stringify(scenarioEvidenceFile("healthy", T0))], "e.json"));
    await waitFor(() => expect(saved().data.verification["vpp-token"]?.source).toBe("file"));
    first.unmount();

    await renderTenant(new Date(T0.getTime() + 9 * DAY));
    await user.click(screen.getByRole("tab", { name: "Try a sample tenant" }));
    await user.click(within(screen.getByTestId("stale-warning")).getByRole("button", { name: "Re-check" }));
    expect(screen.getByRole("tab", { name: "Import evidence file" })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("tabpanel")).toHaveTextContent("Collect a new evidence file");
  });
});
