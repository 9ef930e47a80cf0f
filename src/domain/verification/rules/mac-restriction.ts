import { bool, field, nonEmpty, text, type JsonObject } from "../json.ts";

/** The macOS settings of one platform restriction (Graph `deviceEnrollmentPlatformRestriction`). */
export type MacRestriction = { platformBlocked: boolean; personalBlocked: boolean; versionsSet: boolean };

/** What a policy says about macOS: nothing (not a macOS policy), something unreadable, or its settings. */
export type MacRead =
  | { kind: "none" }
  | { kind: "unreadable" }
  | { kind: "ok"; restriction: MacRestriction; legacyMismatch: { macOS: MacRestriction; mac: MacRestriction } | null };

/**
 * null when the restriction is absent; "unreadable" when it is there but lacks the two non-null Booleans Graph documents
 * (reference §5): a missing `platformBlocked` must not read as "allowed".
 */
function restriction(value: unknown): MacRestriction | "unreadable" | null {
  if (value === undefined || value === null) return null;
  const platformBlocked = bool(value, "platformBlocked");
  const personalBlocked = bool(value, "personalDeviceEnrollmentBlocked");
  if (platformBlocked === null || personalBlocked === null) return "unreadable";
  return {
    platformBlocked,
    personalBlocked,
    versionsSet: Boolean(nonEmpty(value, "osMinimumVersion") ?? nonEmpty(value, "osMaximumVersion")),
  };
}

const same = (a: MacRestriction, b: MacRestriction) => a.platformBlocked === b.platformBlocked && a.personalBlocked === b.personalBlocked;

/**
 * Two models live in one collection (reference §5): per-platform policies (`platformType: "mac"`, beta only) and the
 * older multi-platform objects, default or custom, with `macOSRestriction` and the older `macRestriction`. Which of
 * the two backs the admin center's macOS tab is not documented: `macOSRestriction` is read first, and a disagreement
 * is reported.
 */
export function readMac(item: JsonObject): MacRead {
  if ((text(item, "platformType") ?? "").toLowerCase() === "mac") {
    const r = restriction(field(item, "platformRestriction"));
    if (r === null || r === "unreadable") return { kind: "unreadable" };
    return { kind: "ok", restriction: r, legacyMismatch: null };
  }
  const macOS = restriction(field(item, "macOSRestriction"));
  const mac = restriction(field(item, "macRestriction"));
  if (macOS === "unreadable" || mac === "unreadable") return { kind: "unreadable" };
  const chosen = macOS ?? mac;
  if (!chosen) return { kind: "none" };
  return { kind: "ok", restriction: chosen, legacyMismatch: macOS && mac && !same(macOS, mac) ? { macOS, mac } : null };
}

/** Whether a configuration is about macOS at all (the list also holds iOS-only, Windows Hello, ESP, … objects). */
export function isMacPolicy(item: JsonObject): boolean {
  return (text(item, "platformType") ?? "").toLowerCase() === "mac"
    || field(item, "macOSRestriction") != null
    || field(item, "macRestriction") != null;
}

export const describeMac = (r: MacRestriction) =>
  `${r.platformBlocked ? "macOS blocked" : "macOS allowed"}, ${r.personalBlocked ? "personal Macs blocked" : "personal Macs allowed"}`;
