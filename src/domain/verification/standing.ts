import type { VerifiableItemId } from "../catalog/ids.ts";
import type { DecisionKey } from "../catalog/types.ts";
import type { Progress } from "../progress/model.ts";
import { sampleDecisionsFor, strategyChanged } from "./judged-under.ts";
import { isStale } from "./records.ts";
import type { ImportStamp, LastFailure, Verdict, VerificationRecord } from "./types.ts";

/** The words wherever a result's verdict is withheld: cards, summary, printout, Markdown. */
export const STRATEGY_CHANGED_TEXT = "Strategy changed since this check — check again";
export const DEMO_TEXT = "Demo — not your tenant";

/**
 * How one saved result stands today, for every view that shows it (card, summary, printout, Markdown): one place
 * decides whether the old verdict may still be shown, what it must be labelled with, and whether it can finish the
 * item. Pure: the clock is `now`.
 */
export type Standing = {
  record: VerificationRecord;
  /** The verdict to show, or null when the strategy changed since the check (the old verdict no longer holds). */
  verdict: Verdict | null;
  strategyChanged: boolean;
  /** Older than the staleness limit. */
  stale: boolean;
  demo: boolean;
  /** Demo results only: decisions taken from the sample strategy because the admin has not made them yet. */
  sampleDecisions: readonly DecisionKey[];
  imported: ImportStamp | undefined;
  /** A later check of this item failed and this older result was kept. */
  lastFailure: LastFailure | undefined;
  /** Only a fresh, current "ready" from the admin's own live check or evidence file may finish the item. */
  canMarkDone: boolean;
};

export function standingOf(progress: Pick<Progress, "verification" | "decisions">, id: VerifiableItemId, now: Date): Standing | null {
  const record = progress.verification[id];
  if (!record) return null;
  const changed = strategyChanged(id, record, progress.decisions);
  const stale = isStale(record, now);
  const demo = record.source === "demo";
  return {
    record,
    verdict: changed ? null : record.verdict,
    strategyChanged: changed,
    stale,
    demo,
    sampleDecisions: demo && !changed ? sampleDecisionsFor(id, progress.decisions) : [],
    imported: record.imported,
    lastFailure: record.lastFailure,
    canMarkDone: record.verdict === "ready" && !changed && !stale && !demo && !record.imported && !record.lastFailure,
  };
}

/** Demo results describe a fictitious tenant: "your strategy" is only true where the admin's own decisions were used. */
export function demoWording(text: string, standing: Pick<Standing, "sampleDecisions">): string {
  if (standing.sampleDecisions.length === 0) return text;
  return text.replace(/\byour strategy\b/g, "the sample strategy").replace(/\bYour strategy\b/g, "The sample strategy");
}

/** The reason as it may be shown: reworded for a demo judged under the sample strategy. */
export function shownReason(standing: Standing): string {
  return demoWording(standing.record.reason, standing);
}

const DECISION_NAMES = {
  devices: "devices",
  identities: "Apple IDs",
  accountsSso: "accounts and sign-on",
  policies: "policies",
} as const satisfies Record<DecisionKey, string>;

const listed = (words: readonly string[]) =>
  words.length <= 1 ? words.join("") : `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;

/** "Imported from a shared link by Alex Kim (shared 3 Dec 2026)". `day` formats an ISO time for the reader. */
export function importedText(stamp: ImportStamp, day: (iso: string) => string): string {
  const from = stamp.via === "link" ? "a shared link" : "a backup file";
  const when = stamp.at ? ` (${stamp.via === "link" ? "shared" : "saved"} ${day(stamp.at)})` : "";
  return `Imported from ${from}${stamp.by ? ` by ${stamp.by}` : ""}${when}`;
}

/** The labels a result carries besides its verdict and source, as sentences, in the order every view shows them. */
export function standingNotes(standing: Standing, day: (iso: string) => string): string[] {
  const notes: string[] = [];
  // "Demo" itself is a badge or a source label in every view; this says what the demo was judged under.
  if (standing.sampleDecisions.length > 0) {
    notes.push(`Judged with the sample strategy's ${listed(standing.sampleDecisions.map((k) => DECISION_NAMES[k]))}: you have not decided them yet.`);
  }
  if (standing.imported) notes.push(`${importedText(standing.imported, day)}.`);
  if (standing.lastFailure) {
    notes.push(
      `The last check failed on ${day(standing.lastFailure.at)} (${standing.lastFailure.reason.replace(/\.$/, "")}): showing the result from ${day(standing.record.checkedAt)}.`,
    );
  }
  return notes;
}
