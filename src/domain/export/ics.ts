import { catalogItem } from "../catalog/catalog.ts";
import { VERIFIABLE_ITEM_IDS, type ItemId, type VerifiableItemId } from "../catalog/ids.ts";
import { catalogStep } from "../catalog/steps.ts";
import { PLAN_PHASES, rolloutPlan } from "../plan/rollout-plan.ts";
import type { Progress } from "../progress/model.ts";
import { importedText } from "../verification/standing.ts";
import type { ImportStamp, Renewal } from "../verification/types.ts";
import { addDays, escapeText, fingerprint, icsDate, icsText, icsUtc } from "./ics-format.ts";

export const ICS_FILENAME = "intune-mac-readiness-renewals.ics";
/** Days before expiry to be reminded: a 7-day warning (the admin center's own) is too late to reach the right Apple ID. */
export const REMINDER_DAYS = [30, 7] as const;

/** A renewal date, with the item it belongs to when known (it picks the renewal instructions). */
export type IcsRenewal = Renewal & { item?: VerifiableItemId; imported?: ImportStamp };

const PRODID = "-//Intune Mac Readiness//Renewal reminders//EN";
const UID_DOMAIN = "intune-mac-readiness";

const RENEW_STEPS: Partial<Record<VerifiableItemId, string>> = {
  "apns-certificate":
    "Renew the Apple MDM push certificate at identity.apple.com with the same Apple Account that created it: choose Renew, never Create, or every Mac must re-enroll. Then upload the renewed certificate in Intune.",
  "ade-token":
    "Renew the enrollment program token: download a new server token in Apple Business Manager and upload it with Renew token in Intune, using the Apple Account recorded there.",
  "vpp-token":
    "Renew the Apps and Books location token: download it again in Apple Business Manager (Preferences › Payments and Billing › Apps and Books) and upload it with Edit on the existing token in Intune.",
};
const GENERIC_STEPS = "Renew it before it expires; for the APNs certificate, use the same Apple Account that created it.";

/**
 * Every renewal date the results of the admin's own tenant hold, soonest first. Demo results are left out: a
 * fictitious tenant's expiry dates must never end up in a calendar or above a sign-off. Dates are facts about the
 * tenant, not verdicts, so they stay when the strategy changes; imported ones say where they came from.
 */
export function collectRenewals(progress: Progress): IcsRenewal[] {
  const renewals: IcsRenewal[] = [];
  for (const item of VERIFIABLE_ITEM_IDS) {
    const record = progress.verification[item];
    if (!record || record.source === "demo") continue;
    for (const renewal of record.renewals) renewals.push({ ...renewal, item, ...(record.imported ? { imported: record.imported } : {}) });
  }
  return renewals.sort((a, b) => Date.parse(a.expiresAt) - Date.parse(b.expiresAt));
}

/** A due date of the rollout plan: an applicable item not done yet. */
export type IcsDueDate = { item: ItemId; title: string; day: string; owner: string; where: string };

/** Every due date of the rollout plan's open items, soonest first (overdue ones too: they still need doing). */
export function collectDueDates(progress: Progress, today: string): IcsDueDate[] {
  return rolloutPlan(progress, today)
    .flatMap((phase) =>
      phase.rows
        .filter((row) => row.dueDate !== "" && row.status !== "done")
        .map((row) => ({
          item: row.id,
          title: row.title,
          day: row.dueDate,
          owner: row.owner,
          where: `${PLAN_PHASES[phase.id].title} (${catalogStep(row.step).title} step)`,
        })),
    )
    .sort((a, b) => a.day.localeCompare(b.day));
}

function dueEvent(due: IcsDueDate, stamp: string): string[] {
  const item = catalogItem(due.item);
  const description = [
    `Rollout plan: ${due.where}.`,
    due.owner ? `Owner: ${due.owner}.` : "No owner yet.",
    item.adminCenterPath ? `${item.portal}: ${item.adminCenterPath}` : "",
    item.learnUrl,
  ].filter(Boolean).join("\n");
  return [
    "BEGIN:VEVENT",
    // One UID per item: importing a newer export moves the event instead of adding a second one.
    `UID:due-${due.item}@${UID_DOMAIN}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${icsDate(due.day)}`,
    `DTEND;VALUE=DATE:${icsDate(addDays(due.day, 1))}`,
    `SUMMARY:${escapeText(`Due: ${due.title}`)}`,
    `DESCRIPTION:${escapeText(description)}`,
    "TRANSP:TRANSPARENT",
    "END:VEVENT",
  ];
}

/** How many renewal dates demo results hold: views that leave them out say so. */
export function demoRenewalCount(progress: Progress): number {
  return VERIFIABLE_ITEM_IDS.reduce((sum, item) => {
    const record = progress.verification[item];
    return sum + (record?.source === "demo" ? record.renewals.length : 0);
  }, 0);
}

function instructions(renewal: IcsRenewal, expiresAt: Date): string {
  const steps = (renewal.item && RENEW_STEPS[renewal.item]) ?? GENERIC_STEPS;
  const where = renewal.item ? `\nIntune admin center: ${catalogItem(renewal.item).adminCenterPath}` : "";
  const time = expiresAt.toISOString().replace(/\.\d{3}Z$/, "Z").replace("T", " ").replace("Z", " UTC");
  const from = renewal.imported ? `\n${importedText(renewal.imported, (iso) => iso.slice(0, 10))}.` : "";
  return `${renewal.label} expires ${time}.\n${steps}${where}${from}`;
}

type Event = { uid: string; day: string; label: string; summary: string; description: string; alarms: readonly number[] };

function vevent(event: Event, stamp: string): string[] {
  return [
    "BEGIN:VEVENT",
    `UID:${event.uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${icsDate(event.day)}`,
    `DTEND;VALUE=DATE:${icsDate(addDays(event.day, 1))}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    "TRANSP:TRANSPARENT",
    ...event.alarms.flatMap((days) => [
      "BEGIN:VALARM",
      "ACTION:DISPLAY",
      `TRIGGER:-P${days}D`,
      `DESCRIPTION:${escapeText(`Renew ${event.label}: it expires in ${days} days`)}`,
      "END:VALARM",
    ]),
    "END:VEVENT",
  ];
}

/**
 * One all-day event per expiry, with 30- and 7-day alarms; plus separate all-day events on those two days, because
 * Google Calendar ignores alarms in imported files. Reminders that would fall in the past are left out. Expiry days
 * are UTC dates: the exact time is in the description.
 */
export function toIcs(renewals: readonly IcsRenewal[], now: Date, dueDates: readonly IcsDueDate[] = []): string {
  const today = now.toISOString().slice(0, 10);
  const stamp = icsUtc(now);
  const seen = new Set<string>();
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", `PRODID:${PRODID}`, "CALSCALE:GREGORIAN", "METHOD:PUBLISH"];

  for (const renewal of renewals) {
    const expiresAt = new Date(renewal.expiresAt);
    if (!Number.isFinite(expiresAt.getTime())) continue;
    const day = expiresAt.toISOString().slice(0, 10);
    const uid = `renewal-${icsDate(day)}-${fingerprint(renewal.label)}`;
    if (seen.has(uid)) continue;
    seen.add(uid);

    const description = instructions(renewal, expiresAt);
    const upcoming = REMINDER_DAYS.filter((days) => addDays(day, -days) >= today);
    lines.push(
      ...vevent(
        {
          uid: `${uid}@${UID_DOMAIN}`,
          day,
          label: renewal.label,
          summary: `${renewal.label} ${day < today ? "expired" : "expires"}`,
          description,
          alarms: upcoming,
        },
        stamp,
      ),
    );
    for (const days of upcoming) {
      lines.push(
        ...vevent(
          {
            uid: `${uid}-${days}d@${UID_DOMAIN}`,
            day: addDays(day, -days),
            label: renewal.label,
            summary: `Renew ${renewal.label} in ${days} days`,
            description,
            alarms: [],
          },
          stamp,
        ),
      );
    }
  }
  for (const due of dueDates) lines.push(...dueEvent(due, stamp));
  lines.push("END:VCALENDAR");
  return icsText(lines);
}
