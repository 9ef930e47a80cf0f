import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatDaysOverdue, formatRelative } from "../../../src/components/format/dates.ts";

describe("dates follow the locale", () => {
  it.each([
    ["en-GB", "2 Mar 2027"],
    ["en-US", "Mar 2, 2027"],
    ["de-DE", "2. März 2027"],
    ["fr-FR", "2 mars 2027"],
  ])("a calendar date in %s reads %s", (locale, expected) => {
    expect(formatDate("2027-03-02", locale)).toBe(expected);
  });

  it("keeps the calendar day of a date-only value in any time zone", () => {
    expect(formatDate("2027-12-31", "en-GB")).toBe("31 Dec 2027");
  });

  it("shows date and time in the locale's order", () => {
    const iso = new Date(2027, 2, 2, 14, 5).toISOString();
    expect(formatDateTime(iso, "en-GB")).toBe("2 Mar 2027, 14:05");
    expect(formatDateTime(iso, "de-DE")).toBe("2. März 2027, 14:05");
  });

  it("words relative times in the locale", () => {
    const now = new Date("2027-03-02T12:00:00Z");
    expect(formatRelative("2027-03-05T12:00:00Z", now, "en-GB")).toBe("in 3 days");
    expect(formatRelative("2027-03-05T12:00:00Z", now, "de-DE")).toBe("in 3 Tagen");
    expect(formatDaysOverdue(1, "en-GB")).toBe("yesterday");
    expect(formatDaysOverdue(4, "en-GB")).toBe("4 days ago");
  });

  it("returns what it cannot read unchanged", () => {
    expect(formatDate("soon", "en-GB")).toBe("soon");
  });
});
