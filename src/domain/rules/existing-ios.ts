import type { ItemId } from "../catalog/ids.ts";

/** What "we already manage iPhones or iPads with Intune" means for an item: a note, and shorter steps where it saves work. */
export type ExistingIosNote = { note: string; how?: readonly string[] };

// Facts: the APNs certificate is tenant-wide and shared by every Apple platform (Learn, "Get an Apple MDM push
// certificate": renew, never create a new one, or every enrolled device must re-enroll); the device limit counts every
// enrolled device of a user; one ADE or Apps and Books token serves iPhones, iPads and Macs alike.
const NOTES: Partial<Record<ItemId, ExistingIosNote>> = {
  "apns-certificate": {
    note: "This certificate and the Apple Account that created it already exist. Verify it; do not create a new one, or every enrolled iPhone and iPad stops being managed.",
    how: [
      "Open Devices › Enrollment › Apple › Apple MDM Push certificate and note the Apple ID and the expiry date.",
      "Check that someone can still sign in to that Apple Account (ideally a shared, monitored mailbox).",
      "Put the renewal date in the team's calendar; when it comes, choose Renew, never Create.",
    ],
  },
  "enrollment-device-limit": {
    note: "Enrolled iPhones and iPads already count toward each user's device limit: include them in the devices per user.",
  },
  "ade-token": {
    note: "Apple Business Manager may already be connected for iPhones and iPads: look for an existing token under Enrollment program tokens before creating one. One token can serve Macs too.",
  },
  "vpp-token": {
    note: "An Apps and Books token may already be uploaded for iPhone and iPad apps; the same token deploys Mac apps.",
  },
};

export function existingIosNote(id: ItemId, managesIosDevices: boolean | undefined): ExistingIosNote | null {
  return managesIosDevices ? (NOTES[id] ?? null) : null;
}

/** Said (and announced) when the switch changes, so the admin sees what it did. */
export function existingIosChange(on: boolean): string {
  return on
    ? "APNs certificate: verify the existing one instead of creating one; iPhones and iPads count toward the device limit; Apple Business Manager may already be connected."
    : "The APNs certificate, device limit and Apple Business Manager items are back to their full steps.";
}
