import { describe, expect, it } from "vitest";
import { daysBetween, isOverdue, localDay } from "../../../src/domain/rules/overdue.ts";
import { statusText } from "../../../src/domain/rules/status-text.ts";

describe("overdue", () => {
  it("reads the calendar day where the admin is", () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe("2026-01-05");
  });

  it.each([
    ["2026-03-01", "2026-03-02", 1],
    ["2026-03-02", "2026-03-01", -1],
    ["2026-02-27", "2026-03-01", 2],
  ])("days from %s to %s: %i", (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });

  it.each([
    [{ status: "todo", dueDate: "2026-03-01" }, "required", true],
    [{ status: "in-progress", dueDate: "2026-03-01" }, "optional", true],
    [{ status: "todo", dueDate: "2026-03-02" }, "required", false],
    [{ status: "done", dueDate: "2026-03-01" }, "required", false],
    [{ status: "todo", dueDate: "2026-03-01" }, "not-needed", false],
    [{ status: "todo", dueDate: "" }, "required", false],
  ] as const)("%o (%s) overdue on 2026-03-02: %s", (value, level, expected) => {
    expect(isOverdue(value, level, "2026-03-02")).toBe(expected);
  });
});

describe("statusText", () => {
  it.each([
    ["todo", "not-needed", "Not needed"],
    ["blocked", "not-needed", "Not needed"],
    ["done", "not-needed", "Done"],
    ["todo", "required", "To do"],
    ["blocked", "optional", "Blocked"],
  ] as const)("%s (%s) reads %s", (status, level, expected) => {
    expect(statusText(status, level)).toBe(expected);
  });
});
