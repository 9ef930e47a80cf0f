import { cleanCopy, field, isRecord, jsonDepth } from "./json.ts";
import { requestKey } from "./keys.ts";
import type { EvidenceFile, EvidenceResponse } from "./types.ts";

/*
 * Evidence file format, version 1 (written by scripts/collect-evidence.ps1, the live client and the demo):
 *
 *   { "kind": "intune-mac-readiness-evidence", "version": 1, "collectedAt": "2026-11-26T09:00:00Z",
 *     "responses": [ { "request": "GET /v1.0/deviceManagement/applePushNotificationCertificate",
 *                      "status": 200, "body": { ... } } ] }
 *
 * `request` is "GET /<v1.0|beta>/<path>[?query]"; responses are matched by method and path (case-insensitive,
 * percent-decoded, query ignored; see keys.ts), and a resource that exists in both versions is accepted in either.
 * `status` is the HTTP status (100–599) and `body` the JSON body as Graph sent it, error bodies included. A request
 * missing from the file leaves its check "not-checked". A later format bumps `version`; this reader rejects newer ones.
 */
export const EVIDENCE_KIND = "intune-mac-readiness-evidence";
export const EVIDENCE_VERSION = 1;
export const MAX_EVIDENCE_BYTES = 5 * 1024 * 1024;
export const MAX_EVIDENCE_RESPONSES = 500;
/** Graph bodies nest a handful of levels; anything far deeper is not a Graph response. */
export const MAX_EVIDENCE_DEPTH = 64;
const MAX_REQUEST_LINE = 2048;

export type EvidenceParseResult = { ok: true; file: EvidenceFile } | { ok: false; message: string };

const fail = (message: string): EvidenceParseResult => ({ ok: false, message });

/** Echo untrusted text back only in short, single-line form. */
function quote(value: string): string {
  const oneLine = value.replace(/\p{Cc}+/gu, " ");
  return JSON.stringify(oneLine.length > 80 ? `${oneLine.slice(0, 77)}...` : oneLine);
}

function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/**
 * Reads an evidence file written by scripts/collect-evidence.ps1 (or by hand). Never throws: anything wrong comes back
 * as one message for the admin. The returned file is a fresh copy holding only the documented fields, built from plain
 * objects without `__proto__`/`constructor`/`prototype` keys.
 */
export function parseEvidenceFile(text: string): EvidenceParseResult {
  // Cheap bound first (a UTF-16 unit is at least one UTF-8 byte), so a huge string is never re-encoded.
  if (text.length > MAX_EVIDENCE_BYTES || byteLength(text) > MAX_EVIDENCE_BYTES) {
    return fail(`This file is larger than ${MAX_EVIDENCE_BYTES / 1024 / 1024} MB; an evidence file is far smaller. Nothing was imported.`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return fail("This file is truncated or not JSON. Re-run the collection script and import the new file.");
  }
  if (jsonDepth(raw, MAX_EVIDENCE_DEPTH) > MAX_EVIDENCE_DEPTH) {
    return fail(`This file nests deeper than ${MAX_EVIDENCE_DEPTH} levels, which no Graph response does. Nothing was imported.`);
  }
  if (!isRecord(raw) || field(raw, "kind") !== EVIDENCE_KIND) {
    return fail(`This is not an evidence file: it lacks "kind": "${EVIDENCE_KIND}". Use the file written by the collection script.`);
  }
  const version = field(raw, "version");
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    return fail(`This evidence file has no valid "version" (expected ${EVIDENCE_VERSION}).`);
  }
  if (version > EVIDENCE_VERSION) {
    return fail(`This evidence file is version ${version}, newer than this app understands (version ${EVIDENCE_VERSION}). Update the app, or collect again with the script it offers.`);
  }
  const collectedAt = field(raw, "collectedAt");
  if (typeof collectedAt !== "string" || Number.isNaN(Date.parse(collectedAt))) {
    return fail(`"collectedAt" must be a date such as "2026-11-26T09:00:00Z".`);
  }
  const responses = field(raw, "responses");
  if (!Array.isArray(responses)) return fail(`"responses" must be a list of Graph responses.`);
  if (responses.length > MAX_EVIDENCE_RESPONSES) {
    return fail(`This file holds ${responses.length} responses; at most ${MAX_EVIDENCE_RESPONSES} are accepted.`);
  }
  const parsed: EvidenceResponse[] = [];
  for (const [i, item] of responses.entries()) {
    const where = `Response ${i + 1}`;
    if (!isRecord(item)) return fail(`${where} is not an object with "request", "status" and "body".`);
    const request = field(item, "request");
    if (typeof request !== "string") return fail(`${where} has no "request" line.`);
    if (request.length > MAX_REQUEST_LINE || !/^GET /i.test(request.trim()) || requestKey(request) === null) {
      return fail(`${where}: ${quote(request)} is not a request line like "GET /v1.0/deviceManagement/applePushNotificationCertificate".`);
    }
    const status = field(item, "status");
    if (typeof status !== "number" || !Number.isInteger(status) || status < 100 || status > 599) {
      return fail(`${where} (${quote(request)}): "status" must be an HTTP status code from 100 to 599.`);
    }
    parsed.push({ request: request.trim(), status, body: cleanCopy(field(item, "body") ?? null) });
  }
  return { ok: true, file: { kind: EVIDENCE_KIND, version: EVIDENCE_VERSION, collectedAt, responses: parsed } };
}
