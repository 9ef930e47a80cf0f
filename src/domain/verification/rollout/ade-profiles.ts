// The default macOS ADE enrollment profile of each token (beta depMacOSEnrollmentProfile), shared by the ADE profile,
// Company Portal, Platform SSO and LAPS rules.
import { classify, toFetched, isPartialList } from "../errors.ts";
import { bool, collection, isRecord, nonEmpty, odataType, type JsonObject } from "../json.ts";
import type { EvidenceIndex } from "../keys.ts";
import { ENROLLMENT_PROFILES_REQUEST } from "../requests.ts";
import type { Finding } from "./read.ts";

/** `macProfiles` is null when only the default was read (the live read): other profiles are then unknown. */
export type TokenProfiles = { token: string; macProfiles: readonly JsonObject[] | null; defaults: readonly JsonObject[] };

export type ProfilesRead = { kind: "ok"; tokens: readonly TokenProfiles[] } | { kind: "problem"; finding: Finding };

export function readAdeProfiles(evidence: EvidenceIndex, tokens: readonly JsonObject[]): ProfilesRead {
  const out: TokenProfiles[] = [];
  for (const t of tokens) {
    const name = `token "${nonEmpty(t, "tokenName") ?? nonEmpty(t, "id") ?? "unnamed"}"`;
    const id = nonEmpty(t, "id");
    if (!id) return { kind: "problem", finding: { verdict: "error", text: `The ADE ${name} has no id, so its enrollment profiles could not be read.`, cause: "unexpected-response" } };
    const response = evidence.profilesFor(id);
    // The default-profile read answers 404 or an empty body when no macOS profile is the default [inferred, as ade-token].
    const noDefault = response !== undefined && (response.status === 404 || ((response.status === 204 || response.status === 200) && response.body === null));
    if (noDefault && classify({ label: "", scope: "" }, response)?.cause !== "not-licensed") {
      out.push({ token: name, macProfiles: null, defaults: [] });
      continue;
    }
    const fetched = toFetched({ label: `the enrollment profiles of ${name}`, scope: ENROLLMENT_PROFILES_REQUEST.scope }, response);
    if (fetched.kind === "absent") return { kind: "problem", finding: { verdict: "not-checked", text: `The enrollment profiles of ${name} are not in the evidence.` } };
    if (fetched.kind === "failed") return { kind: "problem", finding: { verdict: "error", text: fetched.failure.reason, cause: fetched.failure.cause } };
    if (fetched.kind === "ok" && !Array.isArray(fetched.body.value)) {
      // One object: the default macOS profile (the docs' examples wrap it in { value: {...} }).
      const profile = isRecord(fetched.body.value) ? fetched.body.value : fetched.body;
      out.push({ token: name, macProfiles: null, defaults: bool(profile, "isDefault") === false ? [] : [profile] });
      continue;
    }
    const profiles = fetched.kind === "ok" ? collection(fetched.body) : null;
    if (!profiles || (fetched.kind === "ok" && isPartialList(fetched.body))) {
      return { kind: "problem", finding: { verdict: "error", text: `The enrollment profiles of ${name} could not be read in full.`, cause: "unexpected-response" } };
    }
    const macProfiles = profiles.filter((p) => odataType(p) === "microsoft.graph.depmacosenrollmentprofile");
    out.push({ token: name, macProfiles, defaults: macProfiles.filter((p) => bool(p, "isDefault") === true) });
  }
  return { kind: "ok", tokens: out };
}

export const profileName = (p: JsonObject) => `"${nonEmpty(p, "displayName") ?? nonEmpty(p, "id") ?? "unnamed"}"`;

/** One line of what the profile does, for details text. */
export function profileFacts(p: JsonObject): string {
  const yesNo = (key: string, label: string) => `${label} ${bool(p, key) === true ? "yes" : bool(p, key) === false ? "no" : "not reported"}`;
  const admin = nonEmpty(p, "adminAccountUserName");
  return [
    `Default macOS profile ${profileName(p)}:`,
    yesNo("requiresUserAuthentication", "user affinity"),
    yesNo("waitForDeviceConfiguredConfirmation", "· await final configuration"),
    yesNo("profileRemovalDisabled", "· locked enrollment"),
    `· FileVault pane ${bool(p, "fileVaultDisabled") === true ? "hidden" : "shown"}`,
    `· local admin account ${admin ? `"${admin}"` : "none"}.`,
  ].join(" ");
}
