import { DAY_MS, graphDate, isoDay, msSince, relativeDays, wholeDaysUntil } from "../dates.ts";
import { fetchSpec } from "../errors.ts";
import { field, nonEmpty, singleton } from "../json.ts";
import { errorOutcome, notChecked, specOf } from "./outcome.ts";
import type { Rule, RuleOutcome } from "./types.ts";

export const APNS_WARN_DAYS = 30;
export const APNS_NOTE_DAYS = 60;
/** Apple keeps an expired push certificate renewable for 30 days (reference §6, Learn S46). */
export const APNS_GRACE_DAYS = 30;

const RENEW_DONT_CREATE =
  "Renew, don't Create: renew this certificate at identity.apple.com with the same Apple ID. Creating a new certificate (or using another Apple ID) changes the topic, and every Apple device must then re-enroll.";

// Consumer mail domains: a push certificate tied to one person's private Apple ID is lost when they leave.
const PERSONAL_DOMAINS = /@(icloud|me|mac|gmail|googlemail|outlook|hotmail|live|yahoo)\.[a-z.]+$/i;


function missing(reason: string): RuleOutcome {
  return {
    verdict: "not-ready",
    reason,
    details: [
      "Macs (and iPhones and iPads) cannot enroll in Intune until an Apple MDM push certificate is uploaded.",
      "Use a shared, monitored Apple ID (for example a distribution-list mailbox), not a personal one: renewals must use the same Apple ID every year.",
    ],
  };
}

export const apnsCertificate: Rule = ({ evidence, now }) => {
  const fetched = fetchSpec(evidence, specOf("apnsCertificate"));
  if (fetched.kind === "absent") return notChecked("the Apple MDM push certificate");
  if (fetched.kind === "failed") return errorOutcome(fetched.failure);
  if (fetched.kind === "not-found") return missing("No Apple MDM push certificate is set up (Graph answered 404).");

  const cert = singleton(fetched.body);
  const appleId = nonEmpty(cert, "appleIdentifier");
  const expiry = graphDate(field(cert, "expirationDateTime"));
  if (!appleId || !expiry) return missing("No Apple MDM push certificate is set up (no Apple ID or expiry date).");

  const topic = nonEmpty(cert, "topicIdentifier") ?? "not reported";
  const serial = nonEmpty(cert, "certificateSerialNumber");
  const uploadFailure = nonEmpty(cert, "certificateUploadFailureReason");
  const days = wholeDaysUntil(expiry, now);
  const facts = [
    `Apple ID: ${appleId}`,
    `Topic: ${topic}`,
    `Expires: ${isoDay(expiry)} (${relativeDays(days)})`,
    ...(serial ? [`Serial number: ${serial}`] : []),
    ...(uploadFailure ? [`Last upload failed: ${uploadFailure}`] : []),
    ...(PERSONAL_DOMAINS.test(appleId) ? [`${appleId} looks like a personal Apple ID; plan to keep access to it, because renewals need the same Apple ID.`] : []),
    RENEW_DONT_CREATE,
  ];
  const renewals = [{ label: `Apple MDM push certificate (${appleId})`, expiresAt: expiry.toISOString() }];
  const outcome = (verdict: RuleOutcome["verdict"], reason: string): RuleOutcome => ({ verdict, reason, details: facts, renewals });

  const expiredFor = msSince(expiry, now);
  if (expiredFor >= 0) {
    return expiredFor <= APNS_GRACE_DAYS * DAY_MS
      ? outcome("not-ready", `The Apple MDM push certificate expired on ${isoDay(expiry)} and is inside Apple's ${APNS_GRACE_DAYS}-day grace period: renew it now with the same Apple ID (${appleId}).`)
      : outcome("not-ready", `The Apple MDM push certificate expired on ${isoDay(expiry)}, more than ${APNS_GRACE_DAYS} days ago, so Apple's grace period is over. Try renewing with ${appleId} first; if Apple no longer allows it, a new certificate means every Apple device must re-enroll.`);
  }
  // The resource documents both as free strings; any failure status or reason means the last upload (a renewal) did not
  // take, so Intune may still hold the old certificate (Graph applePushNotificationCertificate resource).
  const uploadStatus = nonEmpty(cert, "certificateUploadStatus");
  if (uploadFailure || (uploadStatus && /fail/i.test(uploadStatus))) {
    return outcome("not-ready", `The last upload of the Apple MDM push certificate failed${uploadFailure ? `: ${uploadFailure}` : ` (status "${uploadStatus}")`}. Upload the renewed certificate again with ${appleId}.`);
  }
  if (days <= APNS_WARN_DAYS) {
    return outcome("advisory", `The Apple MDM push certificate expires on ${isoDay(expiry)} (${relativeDays(days)}): renew it now with ${appleId}.`);
  }
  const note = days <= APNS_NOTE_DAYS ? `; plan the renewal before ${isoDay(expiry)}` : "";
  return outcome("ready", `The Apple MDM push certificate is valid until ${isoDay(expiry)} (${relativeDays(days)})${note}.`);
};
