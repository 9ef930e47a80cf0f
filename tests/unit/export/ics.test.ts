import { describe, expect, it } from "vitest";
import { collectRenewals, ICS_FILENAME, toIcs, type IcsRenewal } from "../../../src/domain/export/ics.ts";
import { escapeText, foldLine } from "../../../src/domain/export/ics-format.ts";
import { emptyProgress } from "../../../src/domain/progress/model.ts";
import { referenceProgress } from "../../fixtures/reference-progress.ts";

const NOW = new Date("2026-05-01T09:12:13.456Z");

/** Undoes RFC 5545 folding, then splits into content lines. */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, "").split("\r\n").slice(0, -1);

type Component = { name: string; props: Record<string, string>; children: Component[] };

/** A small strict parser: BEGIN/END must nest, every line must be NAME[;PARAMS]:VALUE. */
function parse(ics: string): Component {
  const root: Component = { name: "ROOT", props: {}, children: [] };
  const stack = [root];
  for (const line of unfold(ics)) {
    const match = /^([A-Z-]+)((?:;[A-Z-]+=[^:;]+)*):(.*)$/.exec(line);
    if (!match) throw new Error(`Not a content line: ${line}`);
    const [, name, params, value] = match as unknown as [string, string, string, string];
    const top = stack[stack.length - 1] as Component;
    if (name === "BEGIN") {
      const child = { name: value, props: {}, children: [] };
      top.children.push(child);
      stack.push(child);
    } else if (name === "END") {
      if (top.name !== value) throw new Error(`END:${value} closes ${top.name}`);
      stack.pop();
    } else {
      top.props[name + params] = value;
    }
  }
  if (stack.length !== 1) throw new Error("Unclosed component");
  return root;
}

const unescape = (text: string) => text.replace(/\\([\\;,nN])/g, (_, c: string) => (c === "n" || c === "N" ? "\n" : c));

const apns: IcsRenewal = { label: "Apple MDM push certificate (mdm-apple@contoso.com)", expiresAt: "2027-03-02T10:00:00Z", item: "apns-certificate" };

describe("toIcs structure", () => {
  const ics = toIcs([apns], NOW);
  const calendar = parse(ics).children[0] as Component;
  const events = calendar.children;

  it("is one VCALENDAR with the required properties", () => {
    expect(parse(ics).children).toHaveLength(1);
    expect(calendar).toMatchObject({
      name: "VCALENDAR",
      props: { VERSION: "2.0", PRODID: expect.stringMatching(/^-\/\/.+\/\/EN$/), CALSCALE: "GREGORIAN", METHOD: "PUBLISH" },
    });
    expect(ICS_FILENAME).toMatch(/\.ics$/);
  });

  it("uses CRLF line endings only, and folds every line within 75 octets", () => {
    expect(ics.endsWith("\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of ics.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(ics.split("\r\n").some((line) => line.startsWith(" "))).toBe(true);
  });

  it("has an all-day expiry event with 30- and 7-day alarms, plus an all-day event on each reminder day", () => {
    expect(events.map((e) => [e.name, e.props["DTSTART;VALUE=DATE"], e.props["DTEND;VALUE=DATE"]])).toEqual([
      ["VEVENT", "20270302", "20270303"],
      ["VEVENT", "20270131", "20270201"],
      ["VEVENT", "20270223", "20270224"],
    ]);
    const [expiry, thirty, seven] = events as [Component, Component, Component];
    expect(expiry.children.map((a) => [a.name, a.props.ACTION, a.props.TRIGGER, a.props.DESCRIPTION])).toEqual([
      ["VALARM", "DISPLAY", "-P30D", expect.stringContaining("30 days")],
      ["VALARM", "DISPLAY", "-P7D", expect.stringContaining("7 days")],
    ]);
    expect(unescape(thirty.props.SUMMARY ?? "")).toBe(`Renew ${apns.label} in 30 days`);
    expect(unescape(seven.props.SUMMARY ?? "")).toBe(`Renew ${apns.label} in 7 days`);
    for (const event of events) {
      expect(event.props.DTSTAMP).toBe("20260501T091213Z");
      expect(event.props.UID).toMatch(/^[\w.-]+@intune-mac-readiness$/);
      expect(event.props.TRANSP).toBe("TRANSPARENT");
    }
  });

  it("tells the admin how to renew, with the same Apple Account for APNs", () => {
    const description = unescape((events[0] as Component).props.DESCRIPTION ?? "");
    expect(description).toContain("same Apple Account");
    expect(description).toContain("expires 2027-03-02 10:00:00 UTC");
    expect(description).toContain("Devices › Device onboarding › Enrollment › Apple › Apple MDM Push certificate");
  });

  it("makes UIDs that are stable across exports and unique per event", () => {
    const again = parse(toIcs([apns], new Date("2026-06-01T00:00:00Z"))).children[0] as Component;
    expect(again.children.map((e) => e.props.UID)).toEqual(events.map((e) => e.props.UID));
    expect(new Set(events.map((e) => e.props.UID)).size).toBe(3);
    const other = parse(toIcs([{ ...apns, label: "Another certificate" }], NOW)).children[0] as Component;
    expect(other.children[0]?.props.UID).not.toBe(events[0]?.props.UID);
  });
});

describe("toIcs dates", () => {
  const eventsFor = (renewal: IcsRenewal) => (parse(toIcs([renewal], NOW)).children[0] as Component).children;

  it.each([
    ["far away", "2027-03-02T10:00:00Z", ["20270302", "20270131", "20270223"], ["-P30D", "-P7D"]],
    ["in 20 days: the 30-day reminder is past", "2026-05-21T10:00:00Z", ["20260521", "20260514"], ["-P7D"]],
    ["in exactly 30 days: both reminders still ahead", "2026-05-31T00:00:00Z", ["20260531", "20260501", "20260524"], ["-P30D", "-P7D"]],
    ["in 3 days: no reminder left", "2026-05-04T10:00:00Z", ["20260504"], []],
    ["already expired: one event, no reminders", "2026-04-20T00:00:00Z", ["20260420"], []],
  ])("expiry %s", (_name, expiresAt, days, triggers) => {
    const events = eventsFor({ label: "VPP token", expiresAt, item: "vpp-token" });
    expect(events.map((e) => e.props["DTSTART;VALUE=DATE"])).toEqual(days);
    expect(events[0]?.children.map((a) => a.props.TRIGGER)).toEqual(triggers);
  });

  it("says an expired item expired", () => {
    expect(eventsFor({ label: "VPP token", expiresAt: "2026-04-20T00:00:00Z" })[0]?.props.SUMMARY).toBe("VPP token expired");
  });

  it("skips unreadable dates and duplicates, and still writes a valid empty calendar", () => {
    const calendar = parse(toIcs([apns, { ...apns }, { label: "x", expiresAt: "not a date" }], NOW)).children[0] as Component;
    expect(calendar.children).toHaveLength(3);
    expect((parse(toIcs([], NOW)).children[0] as Component).children).toEqual([]);
  });
});

describe("iCalendar text rules", () => {
  it.each([
    ["a,b;c\\d", "a\\,b\\;c\\\\d"],
    ["line\nbreak\r\nand\rmore", "line\\nbreak\\nand\\nmore"],
    ['colon: and "quotes"', 'colon: and "quotes"'],
  ])("escapes %j", (text, escaped) => {
    expect(escapeText(text)).toBe(escaped);
    expect(unescape(escaped)).toBe(text.replace(/\r\n|\r/g, "\n"));
  });

  it("folds multi-byte text without splitting a character", () => {
    const line = `SUMMARY:${"Zertifikat für Geräte 😀 日本語 ".repeat(12)}`;
    const folded = foldLine(line);
    for (const part of folded.split("\r\n")) {
      expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
      expect(part).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    }
    expect(folded.replace(/\r\n /g, "")).toBe(line);
  });

  it("keeps user text intact through escaping and folding", () => {
    const label = "Token; for Contoso, Inc.\\Apps 😀";
    const calendar = parse(toIcs([{ label, expiresAt: "2027-01-15T00:00:00Z" }], NOW)).children[0] as Component;
    expect(unescape(calendar.children[0]?.props.SUMMARY ?? "")).toBe(`${label} expires`);
    expect(unescape(calendar.children[0]?.props.DESCRIPTION ?? "")).toContain("same Apple Account");
  });
});

describe("collectRenewals", () => {
  it("gathers every renewal from the verification results, soonest first, with its item", () => {
    expect(collectRenewals(referenceProgress(NOW))).toEqual([
      { label: "Apps and Books token Contoso (abm-apps@contoso.com)", expiresAt: expect.any(String), item: "vpp-token" },
      { label: "Apple MDM push certificate (mdm-apple@contoso.com)", expiresAt: expect.any(String), item: "apns-certificate" },
    ]);
    expect(collectRenewals(emptyProgress())).toEqual([]);
  });
});
