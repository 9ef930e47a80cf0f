// A note in sessionStorage that a full-page sign-in is under way and what to resume after it. Read on every visit to
// the verification panel without loading MSAL, so the sign-in code is fetched only when a sign-in really returns.
// It holds no token and no account: only the action to resume and when the sign-in left.
import type { ResumeAction } from "./types.ts";

export const REDIRECT_MARKER_KEY = "intune-mac-readiness:sign-in-redirect";
/** A sign-in left unfinished for longer than this is forgotten (the admin closed the tab on Microsoft's page). */
const STALE_AFTER_MS = 30 * 60_000;

export type PendingRedirect = { resume: ResumeAction; startedAt: number };

type SessionLike = Pick<Storage, "getItem" | "setItem" | "removeItem">;

const session = (): SessionLike | null => {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
};

export function readPendingRedirect(now: number = Date.now(), store: SessionLike | null = session()): PendingRedirect | null {
  try {
    const raw = store?.getItem(REDIRECT_MARKER_KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<PendingRedirect>;
    const resume = parsed.resume === "sign-in" || parsed.resume === "run-checks" ? parsed.resume : null;
    if (!resume || typeof parsed.startedAt !== "number" || now - parsed.startedAt > STALE_AFTER_MS) {
      store?.removeItem(REDIRECT_MARKER_KEY);
      return null;
    }
    return { resume, startedAt: parsed.startedAt };
  } catch {
    return null;
  }
}

export function writePendingRedirect(resume: ResumeAction, now: number = Date.now(), store: SessionLike | null = session()): void {
  try {
    store?.setItem(REDIRECT_MARKER_KEY, JSON.stringify({ resume, startedAt: now }));
  } catch {
    // Without the note the admin lands back signed in and clicks once more; nothing is lost.
  }
}

export function clearPendingRedirect(store: SessionLike | null = session()): void {
  try {
    store?.removeItem(REDIRECT_MARKER_KEY);
  } catch {
    // Nothing to clear.
  }
}
