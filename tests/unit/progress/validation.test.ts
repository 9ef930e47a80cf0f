import { describe, expect, it } from "vitest";
import {
  dueDateError,
  evidenceUrlError,
  isIsoTimestamp,
  notesError,
  ownerError,
  NOTES_MAX_LENGTH,
  OWNER_MAX_LENGTH,
} from "../../../src/domain/progress/validation.ts";

describe("evidenceUrlError", () => {
  it.each([
    [""],
    ["https://contoso.sharepoint.com/sites/it/Shared%20Documents/approval.pdf"],
    ["http://intranet.contoso.com/tickets/4711"],
    ["HTTPS://CONTOSO.COM"],
    ["https://learn.microsoft.com/en-us/intune/?tabs=mac#section"],
  ])("accepts %j", (value) => {
    expect(evidenceUrlError(value)).toBeNull();
  });

  it.each([
    ["javascript:alert(1)", /javascript:/],
    ["JavaScript:alert(1)", /javascript:/],
    ["data:text/html,<script>alert(1)</script>", /data:/],
    ["ftp://files.contoso.com/a.pdf", /ftp:/],
    ["file:///C:/evidence.pdf", /file:/],
    ["vbscript:msgbox", /vbscript:/],
    ["/sites/it/approval.pdf", /full web address/],
    ["contoso.sharepoint.com/approval", /full web address/],
    ["https:contoso.com", /site name/],
    ["http://", /not a valid web address/],
    [" https://contoso.com", /spaces/],
    ["https://user:secret@contoso.com/", /password/],
    [`https://contoso.com/${"a".repeat(2_100)}`, /2,048 characters/],
  ])("rejects %j", (value, message) => {
    expect(evidenceUrlError(value)).toMatch(message);
  });
});

describe("dueDateError", () => {
  it.each([[""], ["2026-02-28"], ["2028-02-29"], ["2026-12-31"]])("accepts %j", (value) => {
    expect(dueDateError(value)).toBeNull();
  });

  it.each([
    ["2026-02-29", /not a real calendar date/],
    ["2026-13-01", /not a real calendar date/],
    ["2026-04-31", /not a real calendar date/],
    ["0000-01-01", /not a real calendar date/],
    ["28/02/2026", /YYYY-MM-DD/],
    ["2026-2-8", /YYYY-MM-DD/],
    ["2026-02-28T00:00:00Z", /YYYY-MM-DD/],
    ["tomorrow", /YYYY-MM-DD/],
  ])("rejects %j", (value, message) => {
    expect(dueDateError(value)).toMatch(message);
  });
});

describe("length limits", () => {
  it.each([
    ["owner", ownerError, OWNER_MAX_LENGTH],
    ["notes", notesError, NOTES_MAX_LENGTH],
  ] as const)("%s allows exactly the limit and no more", (_name, rule, max) => {
    expect(rule("x".repeat(max))).toBeNull();
    expect(rule("x".repeat(max + 1))).toMatch(/characters or fewer/);
  });
});

describe("isIsoTimestamp", () => {
  it.each([
    ["2026-02-10T09:15:30.000Z", true],
    ["2026-02-10T09:15:30+01:00", true],
    ["2026-11-02", true],
    ["2026-02-30T00:00:00Z", false],
    ["last tuesday", false],
    ["", false],
    ["1700000000000", false],
  ])("%j → %s", (value, expected) => {
    expect(isIsoTimestamp(value)).toBe(expected);
  });
});
