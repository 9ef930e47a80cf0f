import type { IncomingProgress, Progress } from "../progress/model.ts";
import { concatBytes, crc32, fromBase64Url, readUint32, toBase64Url, uint32Bytes } from "./bytes.ts";
import { fromCompact, toCompact } from "./compact.ts";
import { deflateRaw, inflateRawText } from "./streams.ts";

/** The link format this build writes. Older formats must keep decoding; newer ones are refused with a clear message. */
export const SHARE_FORMAT_VERSION = 1;
const PREFIX = `s${SHARE_FORMAT_VERSION}.`;
const FRAGMENT_KEY = "share";

/** Longest payload worth reading: a link this long no longer survives e-mail or chat anyway. */
export const MAX_PAYLOAD_CHARS = 100_000;
/** Longest JSON a payload may inflate to; inflating stops here (zip-bomb guard). */
export const MAX_JSON_CHARS = 1_000_000;
/** Above this many characters the share dialog recommends the file export instead of a link. */
export const FILE_EXPORT_RECOMMENDED_ABOVE = 8_000;

export const SHARE_MESSAGES = {
  notALink: "This is not an Intune Mac Readiness share link.",
  newerVersion:
    "This link was made by a newer version of Intune Mac Readiness. Reload the page to get the latest version, then open the link again.",
  damaged: "The link is damaged or incomplete. Copy the whole link again, or ask the sender to send it again.",
  tooLarge: "The link is too large to open. Ask the sender for a JSON backup file instead.",
  invalid: "The link contains progress this app cannot use",
} as const;

export type ShareOptions = { includeVerificationDetails: boolean; sharedBy?: string; now: Date };

export type DecodeShareResult =
  /** `mentioned`: only what the incoming data carries (a link leaves fields out); absent for a backup, which carries all. */
  | { ok: true; progress: Progress; mentioned?: IncomingProgress; sharedBy: string | null; sharedAt: string }
  | { ok: false; message: string };

export async function encodeShare(progress: Progress, options: ShareOptions): Promise<string> {
  const json = JSON.stringify(
    toCompact(progress, {
      includeVerificationDetails: options.includeVerificationDetails,
      sharedAt: options.now.toISOString(),
      ...(options.sharedBy !== undefined ? { sharedBy: options.sharedBy } : {}),
    }),
  );
  const bytes = new TextEncoder().encode(json);
  const deflated = await deflateRaw(bytes);
  return PREFIX + toBase64Url(concatBytes([uint32Bytes(crc32(bytes)), deflated]));
}

/** The link opens the app with the payload in the fragment, which browsers never send to a server. */
export function shareUrl(baseUrl: string, payload: string): string {
  const base = baseUrl.split("#")[0] ?? baseUrl;
  return `${base}#${FRAGMENT_KEY}=${payload}`;
}

/** The payload of a `#share=…` fragment ("" when the parameter is there but empty), or null when there is none. */
export function readShareFragment(hash: string): string | null {
  const fragment = hash.startsWith("#") ? hash.slice(1) : hash;
  for (const part of fragment.split("&")) {
    const [key, ...rest] = part.split("=");
    if (key !== FRAGMENT_KEY) continue;
    const value = rest.join("=");
    try {
      // Some mail clients percent-encode the dot after the version.
      return decodeURIComponent(value).trim();
    } catch {
      return value.trim();
    }
  }
  return null;
}

export function recommendsFileExport(url: string): boolean {
  return url.length > FILE_EXPORT_RECOMMENDED_ABOVE;
}

const fail = (message: string): DecodeShareResult => ({ ok: false, message });

/** Decodes, checks and validates a payload. Never throws and never returns part of a progress. */
export async function decodeShare(payload: string): Promise<DecodeShareResult> {
  try {
    return await decode(payload);
  } catch {
    return fail(SHARE_MESSAGES.damaged);
  }
}

async function decode(payload: string): Promise<DecodeShareResult> {
  if (payload.length > MAX_PAYLOAD_CHARS) return fail(SHARE_MESSAGES.tooLarge);
  const version = /^s(\d+)\./.exec(payload);
  if (!version) return fail(SHARE_MESSAGES.notALink);
  const number = Number(version[1]);
  if (number > SHARE_FORMAT_VERSION) return fail(SHARE_MESSAGES.newerVersion);
  if (number !== SHARE_FORMAT_VERSION) return fail(SHARE_MESSAGES.notALink);

  const bytes = fromBase64Url(payload.slice(version[0].length));
  if (!bytes || bytes.length <= 4) return fail(SHARE_MESSAGES.damaged);
  const inflated = await inflateRawText(bytes.subarray(4), MAX_JSON_CHARS);
  if (!inflated.ok) return fail(inflated.reason === "too-large" ? SHARE_MESSAGES.tooLarge : SHARE_MESSAGES.damaged);
  if (crc32(new TextEncoder().encode(inflated.text)) !== readUint32(bytes)) return fail(SHARE_MESSAGES.damaged);

  let json: unknown;
  try {
    json = JSON.parse(inflated.text);
  } catch {
    return fail(SHARE_MESSAGES.damaged);
  }
  const result = fromCompact(json);
  if (!result.ok) {
    const where = result.path ? ` (${result.path})` : "";
    return fail(`${SHARE_MESSAGES.invalid}${where}: ${result.message}`);
  }
  return result;
}

/** The JSON inside a payload, for tests and support: what exactly a link carries. */
export async function inspectShare(payload: string): Promise<string | null> {
  const bytes = payload.startsWith(PREFIX) ? fromBase64Url(payload.slice(PREFIX.length)) : null;
  if (!bytes || bytes.length <= 4) return null;
  const inflated = await inflateRawText(bytes.subarray(4), MAX_JSON_CHARS);
  return inflated.ok ? inflated.text : null;
}
