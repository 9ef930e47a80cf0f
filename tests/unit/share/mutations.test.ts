import { describe, expect, it } from "vitest";
import { parseProgress } from "../../../src/domain/progress/schema.ts";
import { concatBytes, crc32, toBase64Url, uint32Bytes } from "../../../src/domain/share/bytes.ts";
import { decodeShare, encodeShare, inspectShare, SHARE_MESSAGES } from "../../../src/domain/share/codec.ts";
import { deflateRaw } from "../../../src/domain/share/streams.ts";
import { referenceProgress } from "../../fixtures/reference-progress.ts";
import { prng, randomProgress, type Rng } from "./random-progress.ts";

const NOW = new Date("2026-05-01T09:12:13.456Z");
const BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const OTHER = [...BASE64URL, ".", "=", "+", "/", "%", " ", "#", "&", "ü", "😀", "\n"];

const randomChars = (rng: Rng, n: number, alphabet: readonly string[]) => Array.from({ length: n }, () => rng.pick(alphabet)).join("");

// Each mutation models something that happens to links in the wild: a mangled character, a cut-off paste, a
// line break inserted by a mail client, hand edits, or a link from another version.
const MUTATIONS: Record<string, (payload: string, rng: Rng) => string> = {
  flipChar: (p, rng) => {
    const at = rng.int(0, p.length - 1);
    return p.slice(0, at) + rng.pick(OTHER) + p.slice(at + 1);
  },
  flipBase64Char: (p, rng) => {
    const at = rng.int(3, p.length - 1);
    return p.slice(0, at) + rng.pick([...BASE64URL]) + p.slice(at + 1);
  },
  truncate: (p, rng) => p.slice(0, rng.int(0, p.length - 1)),
  insert: (p, rng) => {
    const at = rng.int(0, p.length);
    return p.slice(0, at) + randomChars(rng, rng.int(1, 4), OTHER) + p.slice(at);
  },
  deleteRun: (p, rng) => {
    const at = rng.int(0, p.length - 1);
    return p.slice(0, at) + p.slice(at + rng.int(1, 12));
  },
  swap: (p, rng) => {
    const [i, j] = [rng.int(3, p.length - 1), rng.int(3, p.length - 1)];
    const chars = [...p];
    [chars[i], chars[j]] = [chars[j] as string, chars[i] as string];
    return chars.join("");
  },
  duplicateRun: (p, rng) => {
    const at = rng.int(3, p.length - 1);
    const run = p.slice(at, at + rng.int(1, 40));
    return p.slice(0, at) + run + p.slice(at);
  },
  base64Garbage: (p, rng) => `s1.${randomChars(rng, rng.int(0, p.length), [...BASE64URL])}`,
  versionChange: (p, rng) => rng.pick(["s2.", "s0.", "S1.", "s10.", "s1..", "1.", "s.", ""]) + p.slice(3),
};

describe("10,000 damaged links", () => {
  it("each decode to the original progress or to a clear message, and never throw", async () => {
    const rng = prng(7_654_321);
    const bases = [
      await encodeShare(referenceProgress(NOW), { includeVerificationDetails: false, now: NOW }),
      await encodeShare(referenceProgress(NOW), { includeVerificationDetails: true, sharedBy: "Jonas", now: NOW }),
      ...(await Promise.all(
        Array.from({ length: 6 }, (_, i) => encodeShare(randomProgress(prng(i + 1)), { includeVerificationDetails: i % 2 === 0, now: NOW })),
      )),
    ];
    const originals = await Promise.all(bases.map((payload) => decodeShare(payload)));
    const names = Object.keys(MUTATIONS);
    const known = new Set<string>([SHARE_MESSAGES.notALink, SHARE_MESSAGES.newerVersion, SHARE_MESSAGES.damaged, SHARE_MESSAGES.tooLarge]);
    const outcomes: Record<string, number> = {};

    for (let run = 0; run < 10_000; run++) {
      const index = rng.int(0, bases.length - 1);
      const name = names[run % names.length] as string;
      const mutated = (MUTATIONS[name] as (p: string, r: Rng) => string)(bases[index] as string, rng);
      let result: Awaited<ReturnType<typeof decodeShare>>;
      try {
        result = await decodeShare(mutated);
      } catch (error) {
        throw new Error(`decodeShare threw for ${name} ${JSON.stringify(mutated)}: ${String(error)}`);
      }
      if (result.ok) {
        // Only a mutation that leaves the content intact (e.g. unused bits of the last base64 character) may open.
        expect(parseProgress(result.progress).ok).toBe(true);
        expect(result, `${name} opened with different content: ${mutated}`).toEqual(originals[index]);
        outcomes.ok = (outcomes.ok ?? 0) + 1;
      } else {
        const clear = known.has(result.message) || result.message.startsWith(SHARE_MESSAGES.invalid);
        expect(clear, `unclear message for ${name}: ${result.message}`).toBe(true);
        outcomes[result.message.slice(0, 24)] = (outcomes[result.message.slice(0, 24)] ?? 0) + 1;
      }
    }
    // The mix must actually reach the deeper layers, or the test proves little.
    expect(outcomes[SHARE_MESSAGES.damaged.slice(0, 24)]).toBeGreaterThan(1_000);
    expect(outcomes[SHARE_MESSAGES.newerVersion.slice(0, 24)]).toBeGreaterThan(100);
    expect(outcomes[SHARE_MESSAGES.notALink.slice(0, 24)]).toBeGreaterThan(100);
  }, 120_000);
});

describe("1,000 hand-edited links with a recomputed checksum", () => {
  it("each open as a fully valid progress or fail validation with a clear message", async () => {
    const rng = prng(99);
    const json = (await inspectShare(
      await encodeShare(referenceProgress(NOW), { includeVerificationDetails: true, sharedBy: "Jonas", now: NOW }),
    )) as string;
    const JSON_CHARS = [...'{}[]":,0123456789abcdefghijklmnopqrstuvwxyz-_ ', "null", "true", '"s"', '"zz"', "\\u0000"];
    let invalid = 0;
    for (let run = 0; run < 1_000; run++) {
      const at = rng.int(0, json.length - 1);
      const edited = json.slice(0, at) + rng.pick(JSON_CHARS) + json.slice(at + rng.int(0, 2));
      const bytes = new TextEncoder().encode(edited);
      const payload = `s1.${toBase64Url(concatBytes([uint32Bytes(crc32(bytes)), await deflateRaw(bytes)]))}`;
      const result = await decodeShare(payload);
      if (result.ok) {
        expect(parseProgress(result.progress).ok).toBe(true);
      } else {
        const isInvalid = result.message.startsWith(SHARE_MESSAGES.invalid);
        expect(isInvalid || result.message === SHARE_MESSAGES.damaged, result.message).toBe(true);
        if (isInvalid) invalid += 1;
      }
    }
    expect(invalid).toBeGreaterThan(100);
  }, 60_000);
});
