import { describe, expect, it } from "vitest";
import type { Progress } from "../../../src/domain/progress/model.ts";
import { decodeShare, encodeShare, inspectShare } from "../../../src/domain/share/codec.ts";
import { DECISION_LAYOUT, type Layout } from "../../../src/domain/share/compact-values.ts";
import { LINK_TOP_KEYS } from "../../../src/domain/share/compact.ts";
import { linkFields, PLACEMENT, shareContents, type PlacementKey, type Section } from "../../../src/domain/share/placement.ts";
import { DECISION_SCHEMAS } from "../../../src/domain/strategy/schema.ts";
import { referenceProgress } from "../../fixtures/reference-progress.ts";

const NOW = new Date("2026-05-01T09:12:13.456Z");
const time36 = (iso: string) => Math.floor(Date.parse(iso) / 1000).toString(36);
const T = (n: number) => `2031-0${n}-1${n}T1${n}:2${n}:3${n}.000Z`;

type Loose = Record<string, unknown>;

function baseProgress(): Progress {
  return {
    items: {
      "project-plan": { status: "in-progress", owner: "Ann", dueDate: "", notes: "", evidenceUrl: "", updatedAt: "2026-04-01T10:00:00.000Z" },
    },
    decisions: {
      devices: {
        value: { ownership: "corporate", abmPurchase: "yes", expectedMacs: 10, perUser: { mac: 1, iphone: 0, ipad: 0, other: 0 } },
        decidedAt: "2026-04-01T10:00:00.000Z",
      },
      identities: { value: { appleId: "none" }, decidedAt: "2026-04-01T10:00:00.000Z" },
      accountsSso: { value: { sso: "enterprise-sso", localAccount: "standard" }, decidedAt: "2026-04-01T10:00:00.000Z" },
      policies: { value: { areas: [], appsAndBooks: false, notes: "" }, decidedAt: "2026-04-01T10:00:00.000Z" },
    },
    verification: {
      "apns-certificate": { verdict: "ready", reason: "", details: [], renewals: [], checkedAt: "2026-04-01T10:00:00.000Z", source: "live" },
    },
    meta: { organization: "", tenantName: "", preparedBy: "" },
    updatedAt: "",
  };
}

/**
 * For every row of the table: plant a marker in that part of a progress and return the text the link JSON holds if
 * the part travels. Keyed by PlacementKey, so a new row does not compile until it has a probe here.
 */
const PROBES: Record<PlacementKey, (p: Progress) => string> = {
  "item.status": (p) => ((p.items["project-plan"]!.status = "blocked"), '"blocked"'),
  "item.owner": (p) => ((p.items["project-plan"]!.owner = "OWNER-MARK"), "OWNER-MARK"),
  "item.dueDate": (p) => ((p.items["project-plan"]!.dueDate = "2031-02-03"), "2031-02-03"),
  "item.notes": (p) => ((p.items["project-plan"]!.notes = "NOTES-MARK"), "NOTES-MARK"),
  "item.evidenceUrl": (p) => ((p.items["project-plan"]!.evidenceUrl = "https://mark.example/e"), "https://mark.example/e"),
  "item.blockedReason": (p) => ((p.items["project-plan"]!.blockedReason = "BLOCKED-MARK"), "BLOCKED-MARK"),
  "item.updatedAt": (p) => ((p.items["project-plan"]!.updatedAt = T(1)), time36(T(1))),
  "decisions.devices": (p) => ((p.decisions.devices!.value.expectedMacs = 987_654), "987654"),
  "decisions.identities": (p) => ((p.decisions.identities!.decidedAt = T(2)), time36(T(2))),
  "decisions.accountsSso": (p) => ((p.decisions.accountsSso!.value.psso = "smart-card"), '"smart-card"'),
  "decisions.policies": (p) => ((p.decisions.policies!.value.notes = "POLICY-MARK"), "POLICY-MARK"),
  "verification.verdict": (p) => ((p.verification["apns-certificate"]!.verdict = "advisory"), '"advisory"'),
  "verification.reason": (p) => ((p.verification["apns-certificate"]!.reason = "REASON-MARK"), "REASON-MARK"),
  "verification.details": (p) => ((p.verification["apns-certificate"]!.details = ["DETAILS-MARK"]), "DETAILS-MARK"),
  "verification.renewals": (p) => (
    (p.verification["apns-certificate"]!.renewals = [{ label: "RENEWAL-MARK", expiresAt: T(7) }]), "RENEWAL-MARK"
  ),
  "verification.checkedAt": (p) => ((p.verification["apns-certificate"]!.checkedAt = T(3)), time36(T(3))),
  "verification.source": (p) => ((p.verification["apns-certificate"]!.source = "file"), '"file"'),
  "verification.scenario": (p) => ((p.verification["apns-certificate"]!.scenario = "SCENARIO-MARK"), "SCENARIO-MARK"),
  "meta.organization": (p) => ((p.meta.organization = "ORG-MARK"), "ORG-MARK"),
  "meta.tenantName": (p) => ((p.meta.tenantName = "TENANT-MARK"), "TENANT-MARK"),
  "meta.preparedBy": (p) => ((p.meta.preparedBy = "PREPARED-MARK"), "PREPARED-MARK"),
  "meta.managesIosDevices": (p) => ((p.meta.managesIosDevices = true), '"ios":true'),
  "progress.updatedAt": (p) => ((p.updatedAt = T(4)), time36(T(4))),
  "progress.startedAt": (p) => ((p.startedAt = T(5)), time36(T(5))),
  "progress.verificationClearedAt": (p) => ((p.verificationClearedAt = T(6)), time36(T(6))),
  // What is never stored cannot be in a Progress; plant it where careless code might pick it up.
  "never.accessToken": (p) => plantEverywhere(p, "accessToken", "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.MARK"),
  "never.accountId": (p) => plantEverywhere(p, "homeAccountId", "4f1c2b3a-0000-4000-8000-00000000a001.MARK"),
  "never.tenantId": (p) => plantEverywhere(p, "tenantId", "72f988bf-86f1-41af-91ab-2d7cd011db47"),
  "never.graphResponse": (p) => plantEverywhere(p, "raw", { "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#GRAPH-MARK" }),
  "never.appleId": (p) => plantEverywhere(p, "appleIdentifier", "apple-id-mark@contoso.example"),
};

function plantEverywhere(p: Progress, key: string, value: unknown): string {
  for (const target of [p, p.meta, p.items["project-plan"], p.verification["apns-certificate"], p.decisions.devices?.value]) {
    (target as Loose)[key] = value;
  }
  const text = JSON.stringify(value);
  return text.startsWith('"') ? text.slice(1, -1) : text;
}

async function linkJson(progress: Progress, includeVerificationDetails: boolean): Promise<string> {
  return (await inspectShare(await encodeShare(progress, { includeVerificationDetails, now: NOW }))) ?? "";
}

describe("the placement table drives the link", () => {
  it.each(Object.keys(PLACEMENT) as PlacementKey[])("%s goes into a link exactly as the table says", async (key) => {
    const progress = baseProgress();
    const marker = PROBES[key](progress);
    const rule = PLACEMENT[key].link;
    expect(await linkJson(baseProgress(), true), "the marker must be new").not.toContain(marker);
    expect((await linkJson(progress, false)).includes(marker), "without the opt-in").toBe(rule === "always");
    expect((await linkJson(progress, true)).includes(marker), "with the opt-in").toBe(rule !== "never");
  });

  it("uses each short key once per section, and none that clashes with the envelope keys", () => {
    const sections: Section[] = ["item", "decisions", "verification", "meta", "progress"];
    for (const section of sections) {
      const keys = linkFields(section, true).map((f) => f.key);
      expect(new Set(keys).size, section).toBe(keys.length);
    }
    const topLevel = [...linkFields("progress", true).map((f) => f.key), ...Object.values(LINK_TOP_KEYS)];
    expect(new Set(topLevel).size).toBe(topLevel.length);
  });

  it("never puts something into a link that is not saved", () => {
    for (const [key, placement] of Object.entries(PLACEMENT)) {
      if (!placement.localStorage) expect([key, placement.link, placement.markdown]).toEqual([key, "never", "never"]);
    }
  });

  it("lists every field of every strategy schema in the frozen decision layout", () => {
    const fieldsOf = (layout: Layout): string[] => layout.map((f) => (typeof f === "string" ? f : f[0]));
    for (const [key, schema] of Object.entries(DECISION_SCHEMAS)) {
      const layout: Layout = DECISION_LAYOUT[key as keyof typeof DECISION_LAYOUT];
      expect(fieldsOf(layout).sort(), key).toEqual(Object.keys(schema.shape).sort());
    }
    expect(DECISION_LAYOUT.devices[3][1]).toEqual(Object.keys(DECISION_SCHEMAS.devices.shape.perUser.shape));
  });

  it("describes what a link holds in words, following the opt-in", () => {
    const plain = shareContents(false);
    const detailed = shareContents(true);
    expect(plain.included).toContain("Notes");
    expect(plain.excluded).toEqual(expect.arrayContaining(["Verification details", "Verdict reasons", "Access and ID tokens"]));
    expect(detailed.included).toContain("Verification details");
    expect(detailed.excluded).toContain("Raw Graph responses");
    expect(detailed.included.length + detailed.excluded.length).toBe(Object.keys(PLACEMENT).length);
    expect(plain.optedOut).toEqual(expect.arrayContaining(["Verification details", "Verdict reasons"]));
    expect(plain.never).not.toContain("Verification details");
    expect(detailed.optedOut).toEqual([]);
    expect(detailed.never).toEqual(plain.never);
  });
});

describe("Apple IDs in verification results", () => {
  const vppAppleId = "abm-apps@contoso.com"; // appears only in the VPP check's details and renewal label

  it("stay out of a link unless the sender opts in", async () => {
    const reference = referenceProgress(NOW);
    expect(JSON.stringify(reference.verification)).toContain(vppAppleId);
    const plain = await encodeShare(reference, { includeVerificationDetails: false, now: NOW });
    expect(await inspectShare(plain)).not.toContain(vppAppleId);
    const opened = await decodeShare(plain);
    expect(opened.ok && opened.progress.verification["vpp-token"]).toEqual({
      verdict: "advisory",
      reason: "",
      details: [],
      renewals: [],
      checkedAt: expect.any(String),
      source: "live",
    });

    const detailed = await encodeShare(reference, { includeVerificationDetails: true, now: NOW });
    expect(await inspectShare(detailed)).toContain(vppAppleId);
    const openedDetailed = await decodeShare(detailed);
    expect(openedDetailed.ok && openedDetailed.progress.verification["vpp-token"]?.renewals[0]?.label).toContain(vppAppleId);
  });
});
