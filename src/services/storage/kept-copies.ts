import { restore } from "../../domain/progress/restore.ts";
import type { Progress } from "../../domain/progress/model.ts";
import type { ProgressStore } from "./progress-store.ts";

/** A copy of earlier progress kept in this browser: unreadable saved data, or what a merge, import or Start over replaced. */
export type KeptCopy =
  | { key: string; savedAt: string; readable: true; progress: Progress }
  | { key: string; savedAt: string; readable: false; raw: string; reason: string };

export function readKeptCopies(store: ProgressStore): KeptCopy[] {
  return store.listRecovered().flatMap(({ key, savedAt }) => readKeptCopy(store, key, savedAt) ?? []);
}

export function readKeptCopy(store: ProgressStore, key: string, savedAt = ""): KeptCopy | null {
  const raw = store.readRecovered(key);
  if (raw === null) return null;
  const read = restore(raw);
  if (read.kind === "restored") return { key, savedAt, readable: true, progress: read.progress };
  return { key, savedAt, readable: false, raw, reason: read.kind === "unreadable" ? read.reason : "It is empty." };
}
