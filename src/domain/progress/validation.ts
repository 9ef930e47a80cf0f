// Field rules shared by the saved-data schema and the UI forms, so a value the form accepts always survives a reload.

export const OWNER_MAX_LENGTH = 120;
export const NOTES_MAX_LENGTH = 5_000;
/** What blocks an item and who can unblock it: a sentence or two, printed on the executive summary. */
export const BLOCKED_REASON_MAX_LENGTH = 500;
export const EVIDENCE_URL_MAX_LENGTH = 2_048;
/** Organization, tenant name and "prepared by". */
export const META_TEXT_MAX_LENGTH = 200;
/** Saved progress larger than this is not parsed (a normal save is a few kilobytes). */
export const MAX_SAVED_CHARS = 2_000_000;

const formatCount = (n: number) => n.toLocaleString("en-US");

/** `label` reads as the start of a sentence, e.g. "Owner". */
export function maxLengthError(label: string, value: string, max: number): string | null {
  return value.length > max ? `${label} must be ${formatCount(max)} characters or fewer.` : null;
}

export function ownerError(value: string): string | null {
  return maxLengthError("Owner", value, OWNER_MAX_LENGTH);
}

export function notesError(value: string): string | null {
  return maxLengthError("Notes", value, NOTES_MAX_LENGTH);
}

export function metaTextError(label: string, value: string): string | null {
  return maxLengthError(label, value, META_TEXT_MAX_LENGTH);
}

/**
 * Evidence links end up as clickable links in the app, the share link and the printout, so only absolute http(s)
 * URLs are allowed: `javascript:` or `data:` would run or render content, and relative links point nowhere useful.
 */
export function evidenceUrlError(value: string): string | null {
  if (value === "") return null;
  if (value.length > EVIDENCE_URL_MAX_LENGTH) {
    return `The evidence link must be ${formatCount(EVIDENCE_URL_MAX_LENGTH)} characters or fewer.`;
  }
  if (value !== value.trim()) return "Remove the spaces before or after the evidence link.";
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
  if (scheme === undefined) {
    return "Enter a full web address for the evidence link, starting with https://.";
  }
  if (scheme !== "http" && scheme !== "https") {
    return `Evidence links must start with https:// or http://; "${scheme}:" links are not allowed.`;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "The evidence link is not a valid web address.";
  }
  if (!/^https?:\/\/[^/?#]/i.test(value) || url.hostname === "") {
    return "The evidence link is missing a site name, e.g. https://contoso.sharepoint.com/….";
  }
  if (url.username !== "" || url.password !== "") {
    // Links are shared and printed; a password embedded in one would leak with them.
    return "Remove the user name or password from the evidence link.";
  }
  return null;
}

/** Due dates are calendar days (YYYY-MM-DD) with no time zone, as an `<input type="date">` produces them. */
export function dueDateError(value: string): string | null {
  if (value === "") return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return "Enter the due date as YYYY-MM-DD.";
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return `${value} is not a real calendar date.`;
  }
  return null;
}

/**
 * Timestamps in saved data are ISO 8601 strings (`Date.prototype.toISOString()`); a date alone is accepted too, for
 * certificate expiry dates.
 */
export function isIsoTimestamp(value: string): boolean {
  // Date.parse alone rolls 30 February over into March, hence the calendar check on the date part.
  return (
    /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) &&
    dueDateError(value.slice(0, 10)) === null &&
    Number.isFinite(Date.parse(value))
  );
}
