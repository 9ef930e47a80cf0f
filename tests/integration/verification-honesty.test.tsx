import { describe, expect, it } from "vitest";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { TENANT_ITEM_IDS } from "../../src/domain/catalog/ids.ts";
import type { Progress } from "../../src/domain/progress/model.ts";
import { serialize } from "../../src/domain/progress/restore.ts";
import { strategyFingerprint } from "../../src/domain/verification/judged-under.ts";
import { STRATEGY_CHANGED_TEXT } from "../../src/domain/verification/standing.ts";
import { scenarioEvidenceFile } from "../../src/domain/verification/demo.ts";
import { referenceProgress } from "../fixtures/reference-progress.ts";
import { renderApp, testVerificationServices } from "./render-app.tsx";

const KEY = "intune-mac-readiness:progress";
const NOW = new Date("2026-11-26T09:00:00Z");
const saved = () => (JSON.parse(localStorage.getItem(KEY) ?? "null") as { data: Progress }).data;
const card = (id: string) => document.querySelector<HTMLElement>(`section[data-item-id="${id}"]`)!;
const verdictOf = (id: string) => card(id).querySelector("[data-verdict]")?.getAttribute("data-verdict");
const markDone = (id: string) => within(card(id)).queryByRole("button", { name: /^Mark as done/ });

/** The reference progress, every result judged under its own strategy a day ago, two items left to finish. */
function ownResults(): Progress {
  const progress = referenceProgress(NOW);
  for (const id of TENANT_ITEM_IDS) {
    const fp = strategyFingerprint(id, progress.decisions);
    progress.verification[id] = { ...progress.verification[id]!, ...(fp ? { strategyFingerprint: fp } : {}) };
  }
  progress.items["mdm-user-scope"] = { ...progress.items["mdm-user-scope"]!, status: "todo" };
  progress.items["enrollment-platform-restrictions"] = { ...progress.items["enrollment-platform-restrictions"]!, status: "todo" };
  return progress;
}

async function renderTenant(progress: Progress) {
  localStorage.setItem(KEY, serialize(progress, NOW));
  return await renderApp("/tenant", { verification: testVerificationServices({ now: () => NOW }) });
}

// Whole-app renders in jsdom: slow on a busy machine, never a reason to fail.
describe("results stay honest on the tenant step", { timeout: 90_000 }, () => {
  it("offers Mark as done for a fresh own result, not for one imported from a link, and labels the import", async () => {
    const progress = ownResults();
    progress.verification["enrollment-platform-restrictions"] = {
      ...progress.verification["enrollment-platform-restrictions"]!,
      imported: { via: "link", by: "Alex Kim", at: "2026-11-25T08:00:00.000Z" },
    };
    await renderTenant(progress);
    expect(markDone("mdm-user-scope")).toBeInTheDocument();
    expect(verdictOf("enrollment-platform-restrictions")).toBe("ready");
    expect(markDone("enrollment-platform-restrictions")).not.toBeInTheDocument();
    expect(card("enrollment-platform-restrictions")).toHaveTextContent(/Imported from a shared link by Alex Kim \(shared .*2026\)/);
  });

  it("withholds a verdict whose strategy answers changed since the check, and offers no Mark as done for it", async () => {
    const progress = ownResults();
    progress.decisions.devices = { ...progress.decisions.devices!, value: { ...progress.decisions.devices!.value, ownership: "corporate" } };
    await renderTenant(progress);
    expect(verdictOf("enrollment-platform-restrictions")).toBe("strategy-changed");
    expect(card("enrollment-platform-restrictions")).toHaveTextContent(STRATEGY_CHANGED_TEXT);
    expect(card("enrollment-platform-restrictions")).not.toHaveTextContent("macOS enrollment is allowed; personal Macs are blocked.");
    expect(markDone("enrollment-platform-restrictions")).not.toBeInTheDocument();
    // A check that reads no strategy answer keeps its verdict.
    expect(verdictOf("mdm-user-scope")).toBe("ready");
    // The counts at the top do not count withheld verdicts as what they were.
    const overview = screen.getByTestId("results-overview");
    expect(overview.querySelector('[data-verdict-count="strategy-changed"]')).toHaveTextContent(/^2/);
    expect(overview.querySelector('[data-verdict-count="ready"]')).toHaveTextContent(/^3/);
  });

  it("keeps the earlier good results when a new evidence file could not check anything, and says so", async () => {
    const user = userEvent.setup();
    await renderTenant(ownResults());
    const broken = scenarioEvidenceFile("healthy", NOW);
    const refused = { ...broken, responses: broken.responses.map((r) => ({ ...r, status: 403, body: { error: { code: "Forbidden", message: "Missing scope" } } })) };
    await user.click(screen.getByRole("tab", { name: "Import evidence file" }));
    await user.upload(screen.getByTestId("evidence-file-input"), new File([JSON.stringify(refused)], "refused.json"));
    await waitFor(() => expect(saved().verification["apns-certificate"]?.lastFailure).toBeDefined());
    expect(saved().verification["apns-certificate"]).toMatchObject({ verdict: "ready", source: "live" });
    expect(verdictOf("apns-certificate")).toBe("ready");
    expect(card("apns-certificate")).toHaveTextContent(/The last check failed on .*: showing the result from/);
    expect(markDone("mdm-user-scope")).not.toBeInTheDocument();
  });

  it("asks before a demo replaces the admin's own results, keeps them on request, and undoes a replacement", async () => {
    const user = userEvent.setup();
    await renderTenant(ownResults());
    const before = saved().verification;
    await user.click(screen.getByRole("tab", { name: "Try a sample tenant" }));
    await user.click(screen.getByRole("button", { name: "Show this demo: Demo: healthy tenant" }));
    const ask = await screen.findByRole("alertdialog", { name: /Replace your tenant's results with a demo/ }, { timeout: 30_000 });
    // Focus moves into the dialog, as in a browser (the page behind it is hidden until it closes).
    expect(ask).toContainElement(document.activeElement as HTMLElement);
    await user.click(within(ask).getByRole("button", { name: "Keep my results" }));
    expect(saved().verification).toEqual(before);
    expect(screen.queryByTestId("demo-banner")).not.toBeInTheDocument();

    await user.click(await screen.findByRole("button", { name: "Show this demo: Demo: healthy tenant" }, { timeout: 30_000 }));
    await user.click(within(await screen.findByRole("alertdialog", {}, { timeout: 30_000 })).getByRole("button", { name: "Replace with the demo" }));
    await waitFor(() => expect(saved().verification["apns-certificate"]?.source).toBe("demo"));
    expect(screen.getByTestId("demo-banner")).toBeInTheDocument();
    for (const id of TENANT_ITEM_IDS) expect(markDone(id)).not.toBeInTheDocument();

    await user.click(await screen.findByRole("button", { name: "Undo" }));
    await waitFor(() => expect(saved().verification).toEqual(before));
  });

  it("judges a demo under the admin's own decisions where they exist and names the sample ones", async () => {
    const user = userEvent.setup();
    const progress = ownResults();
    progress.verification = {};
    delete progress.decisions.devices;
    await renderTenant(progress);
    await user.click(screen.getByRole("tab", { name: "Try a sample tenant" }));
    await user.click(screen.getByRole("button", { name: "Show this demo: Demo: brand-new tenant" }));
    await waitFor(() => expect(verdictOf("ade-token")).toBe("not-ready"));
    const result = (id: string) => card(id).querySelector<HTMLElement>("[data-verdict]")!;
    expect(result("ade-token")).toHaveTextContent("Judged with the sample strategy's devices: you have not decided them yet.");
    expect(result("ade-token")).not.toHaveTextContent(/your strategy/);
    expect(result("ade-token")).toHaveTextContent(/the sample strategy enrolls corporate Macs/);
    // Apps and Books is the admin's own decision (yes), so the VPP result carries no sample note.
    expect(result("vpp-token")).not.toHaveTextContent(/sample strategy/);
  });
});
