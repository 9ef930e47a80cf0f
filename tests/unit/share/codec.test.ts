import { describe, expect, it } from "vitest";
import { ITEM_IDS } from "../../../src/domain/catalog/ids.ts";
import { emptyProgress, type Progress } from "../../../src/domain/progress/model.ts";
import { parseProgress } from "../../../src/domain/progress/schema.ts";
import { concatBytes, crc32, toBase64Url, uint32Bytes } from "../../../src/domain/share/bytes.ts";
import {
  decodeShare,
  encodeShare,
  inspectShare,
  MAX_JSON_CHARS,
  MAX_PAYLOAD_CHARS,
  readShareFragment,
  recommendsFileExport,
  SHARE_MESSAGES,
  shareUrl,
} from "../../../src/domain/share/codec.ts";
import { deflateRaw } from "../../../src/domain/share/streams.ts";
import { referenceProgress } from "../../fixtures/reference-progress.ts";
import { expectedAfterLink } from "./expected.ts";
import { prng, randomProgress } from "./random-progress.ts";

const NOW = new Date("2026-05-01T09:12:13.456Z");
const ORIGIN = "https://intune-mac-readiness.example.org/";

/** A payload around arbitrary JSON text, framed exactly as the codec frames its own. */
async function payloadFromJson(text: string, version = "s1"): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  return `${version}.${toBase64Url(concatBytes([uint32Bytes(crc32(bytes)), await deflateRaw(bytes)]))}`;
}

async function roundTrip(progress: Progress, includeVerificationDetails: boolean) {
  const payload = await encodeShare(progress, { includeVerificationDetails, now: NOW });
  return decodeShare(payload);
}

describe("share codec round trip", () => {
  it("decodes 300 random progresses to exactly what the link is documented to carry", async () => {
    const rng = prng(20260501);
    for (let run = 0; run < 300; run++) {
      const progress = randomProgress(rng);
      expect(parseProgress(progress).ok, `generator produced invalid progress in run ${run}`).toBe(true);
      const optIn = run % 2 === 0;
      const result = await roundTrip(progress, optIn);
      if (!result.ok) throw new Error(`run ${run}: ${result.message}`);
      expect(result.progress, `run ${run}`).toEqual(expectedAfterLink(progress, optIn));
      expect(result.sharedAt).toBe("2026-05-01T09:12:13.000Z");
    }
    // 300 deflate round trips of 32-item progresses: generous for a loaded CI machine.
  }, 60_000);

  it("round-trips the empty progress, and keeps who shared it", async () => {
    const payload = await encodeShare(emptyProgress(), { includeVerificationDetails: false, sharedBy: "  Jonas  ", now: NOW });
    const result = await decodeShare(payload);
    expect(result).toMatchObject({ ok: true, progress: emptyProgress(), sharedBy: "Jonas", sharedAt: "2026-05-01T09:12:13.000Z" });
  });

  it("leaves out items that are all defaults, but keeps a reset item's timestamp for merging", async () => {
    const progress = emptyProgress();
    progress.items["project-plan"] = { status: "todo", owner: "", dueDate: "", notes: "", evidenceUrl: "", updatedAt: "" };
    progress.items["project-goals"] = { status: "todo", owner: "", dueDate: "", notes: "", evidenceUrl: "", updatedAt: "2026-04-01T10:00:00.000Z" };
    const json = await inspectShare(await encodeShare(progress, { includeVerificationDetails: false, now: NOW }));
    expect(json).not.toContain("project-plan");
    expect(JSON.parse(json ?? "{}").i).toEqual({ "project-goals": { u: expect.any(String) } });
  });

  it("writes a versioned, URL-safe payload into the fragment, never the query string", async () => {
    const payload = await encodeShare(referenceProgress(NOW), { includeVerificationDetails: true, now: NOW });
    expect(payload).toMatch(/^s1\.[A-Za-z0-9_-]+$/);
    const url = shareUrl(`${ORIGIN}?tab=1#old`, payload);
    expect(url).toBe(`${ORIGIN}?tab=1#share=${payload}`);
    expect(new URL(url).search).toBe("?tab=1");
    expect(readShareFragment(new URL(url).hash)).toBe(payload);
  });
});

describe("reference progress budget", () => {
  it("is the reference the budget is defined for", () => {
    const reference = referenceProgress(NOW);
    const items = Object.values(reference.items);
    expect(items).toHaveLength(ITEM_IDS.length);
    expect(items.every((item) => item.owner !== "" && item.status !== "todo")).toBe(true);
    expect(items.reduce((sum, item) => sum + item.notes.length, 0)).toBe(1_000);
    expect(Object.keys(reference.decisions)).toHaveLength(4);
    expect(Object.keys(reference.verification)).toHaveLength(8);
    expect(parseProgress(reference).ok).toBe(true);
  });

  it("fits a full share URL in 2,000 characters", async () => {
    const payload = await encodeShare(referenceProgress(NOW), { includeVerificationDetails: false, sharedBy: "Jonas Weber", now: NOW });
    const url = shareUrl(ORIGIN, payload);
    console.log(`Reference progress share URL: ${url.length} characters`);
    expect(url.length).toBeLessThanOrEqual(2_000);
    expect(recommendsFileExport(url)).toBe(false);
    expect(recommendsFileExport(`${url}${"x".repeat(8_001 - url.length)}`)).toBe(true);
  });
});

describe("readShareFragment", () => {
  it.each([
    ["#share=s1.abc", "s1.abc"],
    ["share=s1.abc", "s1.abc"],
    ["#view=summary&share=s1.abc", "s1.abc"],
    ["#share=s1%2Eabc", "s1.abc"],
    ["#share=s1.abc%ZZ", "s1.abc%ZZ"],
    ["#share=", ""],
    ["#summary", null],
    ["", null],
    ["#shared=s1.abc", null],
  ])("%j → %j", (hash, expected) => {
    expect(readShareFragment(hash)).toBe(expected);
  });
});

describe("links that must not open", () => {
  const cases: [string, () => Promise<string>, string][] = [
    ["not a link at all", async () => "hello", SHARE_MESSAGES.notALink],
    ["empty", async () => "", SHARE_MESSAGES.notALink],
    ["a newer format", async () => (await encodeShare(emptyProgress(), { includeVerificationDetails: false, now: NOW })).replace(/^s1/, "s2"), SHARE_MESSAGES.newerVersion],
    ["a far newer format", async () => "s99999999999999999999.AAAA", SHARE_MESSAGES.newerVersion],
    ["format zero", async () => "s0.AAAA", SHARE_MESSAGES.notALink],
    ["bad base64", async () => "s1.@@@!", SHARE_MESSAGES.damaged],
    ["base64 of the wrong length", async () => "s1.AAAAA", SHARE_MESSAGES.damaged],
    ["no data", async () => "s1.", SHARE_MESSAGES.damaged],
    ["a checksum and nothing else", async () => "s1.AAAAAA", SHARE_MESSAGES.damaged],
    ["random bytes", async () => `s1.${toBase64Url(new Uint8Array(64).map((_, i) => (i * 73 + 41) % 256))}`, SHARE_MESSAGES.damaged],
    ["oversized", async () => `s1.${"A".repeat(MAX_PAYLOAD_CHARS)}`, SHARE_MESSAGES.tooLarge],
    ["not JSON inside", async () => payloadFromJson("{not json"), SHARE_MESSAGES.damaged],
  ];
  it.each(cases)("%s", async (_name, make, message) => {
    await expect(decodeShare(await make())).resolves.toEqual({ ok: false, message });
  });

  it("rejects a link whose checksum does not match its content", async () => {
    const good = await payloadFromJson('{"a":"tdvsur"}');
    const body = new TextEncoder().encode('{"a":"tdvsus"}');
    const tampered = `s1.${toBase64Url(concatBytes([uint32Bytes(crc32(new TextEncoder().encode('{"a":"tdvsur"}'))), await deflateRaw(body)]))}`;
    expect((await decodeShare(good)).ok).toBe(true);
    await expect(decodeShare(tampered)).resolves.toEqual({ ok: false, message: SHARE_MESSAGES.damaged });
  });

  it.each([
    ["a script evidence link", '{"a":"tdvsur","i":{"project-plan":{"e":"javascript:alert(1)"}}}', "items.project-plan.evidenceUrl"],
    ["an unknown status", '{"a":"tdvsur","i":{"project-plan":{"s":"finished"}}}', "items.project-plan.status"],
    ["an unknown key", '{"a":"tdvsur","token":"eyJ0eXAi"}', ""],
    ["an unknown item field", '{"a":"tdvsur","i":{"project-plan":{"raw":{}}}}', "i.project-plan"],
    ["a bad time", '{"a":"tdvsur","u":"yesterday"}', "updatedAt"],
    ["no share time", '{"u":"tdvsur"}', "a"],
    ["a decision that breaks its rules", '{"a":"tdvsur","d":{"as":[["platform-sso",null,"standard"],"tdvsur"]}}', "decisions.accountsSso.value.psso"],
    ["a decision with too many fields", '{"a":"tdvsur","d":{"id":[["managed","extra"],"tdvsur"]}}', "decisions.identities.value"],
    ["an over-long owner", `{"a":"tdvsur","i":{"project-plan":{"o":"${"x".repeat(121)}"}}}`, "items.project-plan.owner"],
  ])("rejects %s with a message naming where", async (_name, json, path) => {
    const result = await decodeShare(await payloadFromJson(json));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message.startsWith(SHARE_MESSAGES.invalid)).toBe(true);
    if (path) expect(result.message).toContain(`(${path})`);
  });

  it("skips item ids this build does not know instead of failing the link", async () => {
    const result = await decodeShare(await payloadFromJson('{"a":"tdvsur","i":{"retired-item":{"s":"done"},"project-plan":{"s":"done"}}}'));
    expect(result.ok && Object.keys(result.progress.items)).toEqual(["project-plan"]);
  });

  it("stops inflating a zip bomb at the limit instead of expanding it", async () => {
    const bomb = await payloadFromJson(`{"a":"${"a".repeat(20_000_000)}"}`);
    expect(bomb.length).toBeLessThan(MAX_PAYLOAD_CHARS);
    const started = performance.now();
    await expect(decodeShare(bomb)).resolves.toEqual({ ok: false, message: SHARE_MESSAGES.tooLarge });
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it("reads JSON up to the limit (and judges it on its content)", async () => {
    const justUnder = await payloadFromJson(`{"a":"tdvsur","x":{"${"z".repeat(MAX_JSON_CHARS - 30)}":{}}}`);
    const result = await decodeShare(justUnder);
    expect(result).toMatchObject({ ok: true, progress: emptyProgress(), sharedBy: null, sharedAt: expect.any(String) });
    const justOver = await payloadFromJson(`{"a":"tdvsur","x":{"${"z".repeat(MAX_JSON_CHARS)}":{}}}`);
    await expect(decodeShare(justOver)).resolves.toEqual({ ok: false, message: SHARE_MESSAGES.tooLarge });
  });
});
