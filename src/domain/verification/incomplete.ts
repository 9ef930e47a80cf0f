// Why a list is incomplete. The live client notes it on the merged answer when it had to stop paging, so the admin
// reads what really happened ("throttled on page 3") instead of a guess; evidence files from the script carry no note
// because the script keeps each list's first page as Graph sent it.
import { isObject } from "./json.ts";

/** An OData-style instance annotation of this app's own; Graph never sends it. */
export const INCOMPLETE_KEY = "@intuneMacReadiness.incomplete";

export type IncompleteCause = "throttled" | "server" | "network" | "refused" | "page-cap" | "unfollowable";

export type IncompleteList = {
  /** Pages read and merged, the first included. */
  pagesRead: number;
  cause: IncompleteCause;
  /** HTTP status of the last answer for the next page (0 for a network failure); absent when it was not asked for. */
  status?: number;
  retryAfterSeconds?: number;
};

const CAUSES: readonly IncompleteCause[] = ["throttled", "server", "network", "refused", "page-cap", "unfollowable"];

export function readIncomplete(body: unknown): IncompleteList | null {
  const note = isObject(body) ? body[INCOMPLETE_KEY] : undefined;
  if (!isObject(note)) return null;
  const { pagesRead, cause, status, retryAfterSeconds } = note;
  if (typeof pagesRead !== "number" || !Number.isInteger(pagesRead) || pagesRead < 1) return null;
  if (typeof cause !== "string" || !CAUSES.includes(cause as IncompleteCause)) return null;
  const out: IncompleteList = { pagesRead, cause: cause as IncompleteCause };
  if (typeof status === "number") out.status = status;
  if (typeof retryAfterSeconds === "number") out.retryAfterSeconds = retryAfterSeconds;
  return out;
}

function pagesText(pages: number): string {
  return pages === 1 ? "page 1 was read" : `pages 1–${pages} were read`;
}

/** One sentence on what happened to a list that still has more pages, and why that stops the check. */
export function incompleteListText(label: string, body: unknown): string {
  const tail = "and the rest may hold what this check looks for, so it cannot tell.";
  const note = readIncomplete(body);
  if (!note) return `Only the first page of ${label} was read, ${tail} The live check reads every page.`;
  const next = note.pagesRead + 1;
  const read = pagesText(note.pagesRead);
  switch (note.cause) {
    case "throttled": {
      const wait = note.retryAfterSeconds === undefined ? "" : `, asked to wait ${note.retryAfterSeconds} s`;
      return `Microsoft Graph throttled the read of ${label} on page ${next} (${note.status ?? 429}${wait}) and retries did not get through: ${read}, ${tail} Try again in a few minutes.`;
    }
    case "server":
      return `Microsoft Graph had a server error (${note.status ?? 500}) on page ${next} of ${label} and retries did not get through: ${read}, ${tail} Try again later.`;
    case "network":
      return `Page ${next} of ${label} could not be fetched (network error): ${read}, ${tail}`;
    case "refused":
      return `Microsoft Graph refused page ${next} of ${label} (${note.status ?? "error"}): ${read}, ${tail}`;
    case "page-cap":
      return `${label[0]?.toUpperCase() ?? ""}${label.slice(1)} runs past ${note.pagesRead} pages, where the live check stops: ${read}, ${tail}`;
    case "unfollowable":
      return `The link to page ${next} of ${label} did not point to Microsoft Graph, so it was not followed: ${read}, ${tail}`;
  }
}
