// What `npm run bench` measures with the app's own modules. scripts/bench/run.mjs bundles this file with Vite in
// library mode (Node 20 cannot import TypeScript) and calls it in Chromium, where localStorage, CORS preflights and
// CompressionStream behave as they do for users.
import { ITEM_IDS, type ItemId } from "../../src/domain/catalog/ids.ts";
import type { ItemProgress, Progress } from "../../src/domain/progress/model.ts";
import { progressReducer } from "../../src/domain/progress/reducer.ts";
import { serialize } from "../../src/domain/progress/restore.ts";
import { scenarioEvidenceFile } from "../../src/domain/verification/demo.ts";
import { at, collectionOf, depToken, macProfile, profilesReply, reply } from "../../src/domain/verification/scenarios/builders.ts";
import type { EvidenceFile } from "../../src/domain/verification/types.ts";
import { collectEvidence, collectEvidenceSequential } from "../../src/services/graph/client.ts";
import { createProgressStore } from "../../src/services/storage/progress-store.ts";
import { createSafeStorage, type StorageLike } from "../../src/services/storage/safe-storage.ts";
import { referenceProgress } from "../../tests/fixtures/reference-progress.ts";

const WORDS = "pilot group FileVault escrow token renewal owner approved ticket CAB Entra Platform SSO waiting budget sign-off".split(" ");

/** Prose-like text of exactly `length` characters (repeated single letters would compress and copy unrealistically). */
function notesOf(length: number, seed: number): string {
  let text = "";
  for (let i = seed; text.length < length; i += 7) text += `${WORDS[i % WORDS.length]} `;
  return text.slice(0, length);
}

/** The reference progress with `scale` copies of the catalog (every ItemId), each item carrying `notesChars` of notes. */
export function progressAtScale(scale: number, notesChars: number, now: Date): Progress {
  const items: Record<string, ItemProgress> = {};
  for (let copy = 0; copy < scale; copy += 1) {
    ITEM_IDS.forEach((id, index) => {
      items[copy === 0 ? id : `${id}~${copy}`] = {
        status: "in-progress",
        owner: "Jonas Weber (Workplace)",
        dueDate: "2026-12-01",
        notes: notesOf(notesChars, copy * 16 + index),
        evidenceUrl: "https://contoso.sharepoint.com/sites/mac/evidence/item.pdf",
        updatedAt: now.toISOString(),
      };
    });
  }
  return { ...referenceProgress(now), items: items as Progress["items"] };
}

export type SaveFigures = { scale: number; items: number; notesChars: number; savedChars: number; medianMs: number; p95Ms: number; saves: number };

const quantile = (sorted: readonly number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;

/**
 * Keystroke-like edits of the notes at `scale` (each note keeps its length), each followed by `afterEdit` (the save,
 * or nothing); the time per edit over `rounds` rounds of `perRound` edits (browsers coarsen performance.now()), after
 * 30 untimed ones.
 */
function timeEdits(scale: number, notesChars: number, rounds: number, perRound: number, afterEdit: (progress: Progress, when: Date) => void): SaveFigures {
  const start = Date.UTC(2026, 0, 15, 9);
  let progress = progressAtScale(scale, notesChars, new Date(start));
  const ids = Object.keys(progress.items) as ItemId[];
  let edits = 0;
  const edit = () => {
    edits += 1;
    const id = ids[edits % ids.length] as ItemId;
    const notes = progress.items[id]?.notes ?? "";
    const when = new Date(start + edits * 1000);
    progress = progressReducer(progress, { type: "item/update", id, patch: { notes: `${notes.slice(1)}${"abcdefg"[edits % 7]}` }, at: when.toISOString() });
    afterEdit(progress, when);
  };
  for (let i = 0; i < 30; i += 1) edit();
  const perEdit: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const t0 = performance.now();
    for (let i = 0; i < perRound; i += 1) edit();
    perEdit.push((performance.now() - t0) / perRound);
  }
  perEdit.sort((a, b) => a - b);
  const savedChars = serialize(progress, new Date(start)).length;
  return { scale, items: ids.length, notesChars, savedChars, medianMs: quantile(perEdit, 0.5), p95Ms: quantile(perEdit, 0.95), saves: rounds * perRound };
}

/** One edit saved as the app saves it: the reducer, serialising and the write to `storage`. */
export function benchSave(storage: StorageLike, scale: number, notesChars: number, rounds = 40, perRound = 10): SaveFigures {
  const key = "intune-mac-readiness:bench-progress";
  const store = createProgressStore({ storage: createSafeStorage(() => storage), key });
  const figures = timeEdits(scale, notesChars, rounds, perRound, (progress, when) => {
    const saved = store.save(progress, when);
    if (!saved.ok) throw new Error(`save failed: ${saved.reason}`);
  });
  storage.removeItem(key);
  return figures;
}

/**
 * What one keystroke in a note costs in JavaScript before React renders, now that the write to storage waits for the
 * typist to pause: the reducer's item/update, which writes the one item typed in (write-item.ts).
 */
export function benchKeystroke(scale: number, notesChars: number, rounds = 40, perRound = 10): SaveFigures {
  return timeEdits(scale, notesChars, rounds, perRound, () => undefined);
}

/** What the app finds in storage for the typing measurement: every catalog item with a note of `notesChars`. */
export function typingSeed(notesChars: number, now: Date): string {
  return serialize(progressAtScale(1, notesChars, now), now);
}

type Codec = {
  encodeShare?: (progress: Progress, options: { includeVerificationDetails: boolean; sharedBy?: string; now: Date }) => Promise<string>;
  shareUrl?: (baseUrl: string, payload: string) => string;
};

// A glob, not an import: the benchmark still builds (and says "n/a") while sharing is not there.
const codecs = import.meta.glob<Codec>("../../src/domain/share/codec.ts", { eager: true });

export type ShareFigures = { withoutDetails: number; withDetails: number; baseUrl: string } | null;

/** Full share-URL length for the reference progress (as in the codec's budget test), or null when sharing is not built. */
export async function shareLinkLengths(now: Date, baseUrl: string): Promise<ShareFigures> {
  const { encodeShare, shareUrl } = Object.values(codecs)[0] ?? {};
  if (typeof encodeShare !== "function" || typeof shareUrl !== "function") return null;
  const progress = referenceProgress(now);
  const length = async (includeVerificationDetails: boolean) =>
    shareUrl(baseUrl, await encodeShare(progress, { includeVerificationDetails, sharedBy: "Jonas Weber", now })).length;
  return { withoutDetails: await length(false), withDetails: await length(true), baseUrl };
}

/** The "healthy" demo tenant, with `adeTokens` ADE tokens (each one costs a follow-up request). */
export function benchEvidence(adeTokens: number, now: Date): EvidenceFile {
  const healthy = scenarioEvidenceFile("healthy", now);
  if (adeTokens === 1) return healthy;
  const ids = Array.from({ length: adeTokens }, (_, i) => `5e6f7a8b-0000-4000-8000-0000000${String(i + 1).padStart(5, "0")}`);
  const keep = healthy.responses.filter((r) => !/depOnboardingSettings/i.test(r.request));
  const tokens = ids.map((id, i) =>
    depToken({ id, appleId: `abm-${i + 1}@contoso.example`, name: `Contoso ABM ${i + 1}`, expires: at(now, 200 + i), lastSync: at(now, 0, -3), errorCode: 0, devices: 40 }),
  );
  const profiles = ids.map((id, i) => profilesReply(id, [macProfile(`a1b2c3d4-0000-4000-8000-0000000${String(i + 1).padStart(5, "0")}`, `macOS ${i + 1}`, true)]));
  return {
    ...healthy,
    responses: [...keep, reply("depSettings", 200, collectionOf("beta/$metadata#deviceManagement/depOnboardingSettings", tokens)), ...profiles],
  };
}

export type CollectFigures = { ms: number; responses: number; failed: number };

/** Times one evidence collection against `baseUrl` (the Graph stand-in), batched as the app does or one by one. */
export async function timeCollection(kind: "batched" | "sequential", baseUrl: string): Promise<CollectFigures> {
  const collect = kind === "batched" ? collectEvidence : collectEvidenceSequential;
  const t0 = performance.now();
  const file = await collect({ getToken: async () => "bench-token", baseUrl, maxRetries: 0 });
  const ms = performance.now() - t0;
  return { ms, responses: file.responses.length, failed: file.responses.filter((r) => r.status !== 200).length };
}
