import type { ItemProgress, Progress, ProgressMeta } from "../progress/model.ts";
import type { DecisionValues } from "../strategy/schema.ts";
import type { VerificationRecord } from "../verification/types.ts";

/**
 * What goes where: the one table that decides, for every part of the progress, which destinations receive it. The
 * share codec encodes exactly the rows whose `link` allows it (and nothing else), the Markdown export honours
 * `markdown`, and the rows under `never.*` name what must not be stored or sent at all.
 *
 * Share link format "s1" (see codec.ts): `"s1." + base64url(crc32(json) ‖ deflate-raw(json))`, where json is
 *
 *   { a: sharedAt, b?: sharedBy, u?: updatedAt, f?: 1 when details are included, mu?: when meta was last written,
 *     m?: { o, t, p },                       meta, keys below
 *     i?: { [itemKey]: { s, o, d, n, e, u } }, items, keys below; values equal to the defaults are left out
 *     d?: { dv, id, as, po },                decisions, each [values, decidedAt]
 *     x?: { [itemId]: { v, c, s, r, dt, rn, sc, sf, lf } } }   verification records
 *
 * - Rows marked `time: true` (and `a`, and every decidedAt) are base-36 Unix seconds, e.g. "tdvsur": a link holds
 *   about thirty timestamps and ISO strings would cost a quarter of the 2,000-character budget. Milliseconds are
 *   dropped; merging by "newer wins" does not need them.
 * - Decision values are arrays in the field order written down in compact-values.ts (nested objects likewise,
 *   a missing optional field is null), e.g. devices ["both","yes",300,[1,2,1,1]].
 * - Older links may carry `st` and `vc` (run and clear cut-offs of format 2 of the saved data); they are ignored.
 * - What a link leaves out (default values, opt-in fields) is "not mentioned": merging a link never changes it.
 * - Short keys are only unique within their section. Changing a key, a section or an order is a new link version:
 *   old links must keep opening.
 */

export type Inclusion = "always" | "opt-in" | "never";

/** Parts of the progress: every field of every stored record, so a field added to the model must be placed here. */
type ProgressKey =
  | `item.${keyof ItemProgress}`
  | `decisions.${keyof DecisionValues}`
  | `verification.${keyof VerificationRecord}`
  | `meta.${keyof ProgressMeta}`
  | `progress.${Exclude<keyof Progress, "items" | "decisions" | "verification" | "meta">}`;

/** Things the app handles but never stores: listed so the rule is written down and tested. */
type NeverStoredKey = "never.accessToken" | "never.accountId" | "never.tenantId" | "never.graphResponse" | "never.appleId";

export type PlacementKey = ProgressKey | NeverStoredKey;

type LinkPlacement = { link: "never" } | { link: "always" | "opt-in"; key: string; time?: true };

export type Placement = LinkPlacement & {
  /** Shown in the share dialog's "what is inside" list. */
  label: string;
  localStorage: boolean;
  print: boolean;
  /** The JSON backup is the saved envelope, so it holds exactly what localStorage holds. */
  backup: boolean;
  markdown: Inclusion;
  /** Why this row is placed this way, for the next person who wants to change it. */
  note?: string;
};

const stored = { localStorage: true, print: true, backup: true } as const;
const notStored = { localStorage: false, print: false, backup: false, link: "never", markdown: "never" } as const;

// Verification reasons, details and renewal labels quote what Graph returned, including the Apple ID that owns the
// APNs certificate or a token (the APNs rule names it in its reason); a link gets forwarded, so they travel only when
// the sender ticks the opt-in. Without it a link still carries each verdict with when and how it was checked.
const APPLE_ID_NOTE = "May contain Apple IDs (APNs, ADE and VPP owners), so links carry it only with the opt-in.";

export const PLACEMENT = {
  "item.status": { ...stored, label: "Statuses", link: "always", key: "s", markdown: "always" },
  "item.owner": { ...stored, label: "Owners", link: "always", key: "o", markdown: "always" },
  "item.dueDate": { ...stored, label: "Due dates", link: "always", key: "d", markdown: "always" },
  "item.notes": { ...stored, label: "Notes", link: "always", key: "n", markdown: "always" },
  "item.evidenceUrl": { ...stored, label: "Evidence links", link: "always", key: "e", markdown: "always" },
  "item.blockedReason": { ...stored, label: "What blocks an item", link: "always", key: "b", markdown: "always" },
  "item.updatedAt": {
    ...stored,
    label: "When each item was last edited",
    link: "always",
    key: "u",
    time: true,
    markdown: "never",
    note: "Merging keeps the newer edit per item, so the timestamp has to travel.",
  },

  "decisions.devices": { ...stored, label: "Device strategy", link: "always", key: "dv", markdown: "always" },
  "decisions.identities": { ...stored, label: "Apple ID strategy", link: "always", key: "id", markdown: "always" },
  "decisions.accountsSso": { ...stored, label: "Accounts and SSO strategy", link: "always", key: "as", markdown: "always" },
  "decisions.policies": { ...stored, label: "Policy strategy", link: "always", key: "po", markdown: "always" },

  "verification.verdict": { ...stored, label: "Verification verdicts", link: "always", key: "v", markdown: "always" },
  "verification.checkedAt": { ...stored, label: "When each check ran", link: "always", key: "c", time: true, markdown: "always" },
  "verification.source": { ...stored, label: "Where each verdict came from", link: "always", key: "s", markdown: "always" },
  "verification.reason": {
    ...stored,
    label: "Verdict reasons",
    link: "opt-in",
    key: "r",
    markdown: "always",
    note: `${APPLE_ID_NOTE} The Markdown keeps reasons but masks e-mail addresses in them without the opt-in.`,
  },
  "verification.details": { ...stored, label: "Verification details", link: "opt-in", key: "dt", markdown: "opt-in", note: APPLE_ID_NOTE },
  "verification.renewals": {
    ...stored,
    label: "Certificate and token renewal dates",
    link: "opt-in",
    key: "rn",
    markdown: "opt-in",
    note: `${APPLE_ID_NOTE} Without it the Markdown still lists the dates, under the item's title.`,
  },
  "verification.scenario": { ...stored, label: "Demo scenario names", link: "opt-in", key: "sc", markdown: "opt-in" },
  "verification.detailsLeftOut": {
    ...stored,
    label: "Whether a result arrived without its details",
    link: "never",
    markdown: "never",
    note: "Set by the decoder from the link's `f` flag, never sent: it is derived from what the link holds.",
  },
  "verification.strategyFingerprint": {
    ...stored,
    label: "Which strategy each verdict was judged under (a fingerprint)",
    link: "always",
    key: "sf",
    markdown: "never",
    note: "Eight hex digits, not the answers: the receiver sees \"strategy changed\" instead of a verdict judged under other answers.",
  },
  "verification.lastFailure": {
    ...stored,
    label: "When a later check failed and why",
    link: "opt-in",
    key: "lf",
    markdown: "always",
    note: "Its reason is an error message, kept with the reasons behind the opt-in.",
  },
  "verification.imported": {
    ...stored,
    label: "Who shared an imported result, and when",
    link: "never",
    markdown: "always",
    note: "Set by the receiving browser when it applies a link or backup; a link's own sender and time replace it.",
  },

  "meta.organization": { ...stored, label: "Organization name", link: "always", key: "o", markdown: "always" },
  "meta.tenantName": {
    ...stored,
    label: "Tenant name",
    link: "opt-in",
    key: "t",
    markdown: "always",
    note: "Often the onmicrosoft.com domain, which identifies the tenant about as well as its id.",
  },
  "meta.preparedBy": { ...stored, label: "Prepared by", link: "always", key: "p", markdown: "always" },
  "meta.managesIosDevices": {
    ...stored,
    label: "Whether iPhones and iPads are already managed",
    link: "always",
    key: "ios",
    markdown: "always",
    note: "It changes what the APNs, device limit and ADE items ask for, so a receiver must see the same checklist.",
  },

  "progress.updatedAt": {
    ...stored,
    label: "When the progress was last edited",
    link: "always",
    key: "u",
    time: true,
    markdown: "never",
  },
  "progress.clock": {
    ...stored,
    label: "When each field was last written",
    link: "never",
    markdown: "never",
    note: "Links carry each item's, decision's and check's own time instead (and `mu` for meta): a per-field clock would not fit the 2,000-character budget.",
  },

  "never.accessToken": { ...notStored, label: "Access and ID tokens", note: "MSAL keeps them in sessionStorage." },
  "never.accountId": { ...notStored, label: "Account ids", note: "Home account and object ids of the signed-in admin." },
  "never.tenantId": { ...notStored, label: "Tenant ids" },
  "never.graphResponse": {
    ...notStored,
    label: "Raw Graph responses",
    note: "Only the verdict engine's summary is stored; evidence files stay files.",
  },
  "never.appleId": {
    ...notStored,
    label: "Apple IDs (they appear only inside included verification details)",
    note: "Graph's appleIdentifier/appleId are never stored as fields; they can only appear inside verification details and renewal labels.",
  },
} as const satisfies Record<PlacementKey, Placement>;

export type Section = "item" | "decisions" | "verification" | "meta" | "progress";
export type FieldOf<S extends Section> = PlacementKey extends infer K ? (K extends `${S}.${infer F}` ? F : never) : never;

export type LinkField<S extends Section> = { field: FieldOf<S>; key: string; optIn: boolean; time: boolean };

/** The rows of one section that may go into a link, in table order. */
export function linkFields<S extends Section>(section: S, includeOptIn: boolean): readonly LinkField<S>[] {
  const fields: LinkField<S>[] = [];
  for (const [name, placement] of Object.entries(PLACEMENT) as [PlacementKey, Placement][]) {
    const [rowSection, field] = name.split(".") as [string, FieldOf<S>];
    if (rowSection !== section || placement.link === "never") continue;
    if (placement.link === "opt-in" && !includeOptIn) continue;
    fields.push({ field, key: placement.key, optIn: placement.link === "opt-in", time: placement.time === true });
  }
  return fields;
}

export type ShareContents = {
  included: string[];
  /** Left out of this link, but the sender could opt in. */
  optedOut: string[];
  /** Never in any link. */
  never: string[];
  /** optedOut and never together. */
  excluded: string[];
};

/** What a link holds and leaves out, in words, for the share dialog. */
export function shareContents(includeVerificationDetails: boolean): ShareContents {
  const result: ShareContents = { included: [], optedOut: [], never: [], excluded: [] };
  for (const placement of Object.values(PLACEMENT) as Placement[]) {
    if (placement.link === "never") result.never.push(placement.label);
    else if (placement.link === "always" || includeVerificationDetails) result.included.push(placement.label);
    else result.optedOut.push(placement.label);
  }
  result.excluded = [...result.optedOut, ...result.never];
  return result;
}

/** Whether the Markdown export shows a part of the progress. */
export function inMarkdown(key: PlacementKey, includeVerificationDetails: boolean): boolean {
  const rule: Inclusion = PLACEMENT[key].markdown;
  return rule === "always" || (rule === "opt-in" && includeVerificationDetails);
}
