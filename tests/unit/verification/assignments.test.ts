import { describe, expect, it } from "vitest";
import {
  audienceOf,
  classifyTarget,
  coversEveryUser,
  describeAudience,
  precedence,
  whoGoverns,
} from "../../../src/domain/verification/assignments.ts";

const T = "#microsoft.graph.";
const group = (groupId: string, filter?: { id: string; type: string }) => ({
  "@odata.type": `${T}groupAssignmentTarget`,
  groupId,
  ...(filter ? { deviceAndAppManagementAssignmentFilterId: filter.id, deviceAndAppManagementAssignmentFilterType: filter.type } : {}),
});
const exclude = (groupId: string) => ({ "@odata.type": `${T}exclusionGroupAssignmentTarget`, groupId });
const allUsers = (extra: object = {}) => ({ "@odata.type": `${T}allLicensedUsersAssignmentTarget`, ...extra });
const allDevices = { "@odata.type": `${T}allDevicesAssignmentTarget` };
const policy = (id: string, priority: number | null, targets: readonly object[] | undefined) => ({
  id,
  displayName: id,
  ...(priority === null ? {} : { priority }),
  ...(targets === undefined ? {} : { assignments: targets.map((target, i) => ({ id: `${id}-${i}`, target })) }),
});
const DEFAULT = policy("tenant_DefaultPlatformRestrictions", 0, []);

describe("classifyTarget", () => {
  it.each([
    [group("g1"), { kind: "include-group", groupId: "g1", filter: null }],
    [exclude("g2"), { kind: "exclude-group", groupId: "g2" }],
    [allUsers(), { kind: "all-users", filter: null }],
    [allDevices, { kind: "all-devices", filter: null }],
    [{ "@odata.type": `${T}configurationManagerCollectionAssignmentTarget`, collectionId: "SMS0001" }, { kind: "other", odataType: "microsoft.graph.configurationmanagercollectionassignmenttarget" }],
    [{ groupId: "g3" }, { kind: "other", odataType: "(no @odata.type)" }],
  ])("%o", (target, expected) => {
    expect(classifyTarget(target)).toEqual(expected);
  });

  it("keeps an include or exclude filter and ignores the 'none' filter Graph returns on unfiltered targets", () => {
    expect(classifyTarget(group("g1", { id: "f1", type: "include" }))).toMatchObject({ filter: { id: "f1", mode: "include" } });
    expect(classifyTarget(allUsers({ deviceAndAppManagementAssignmentFilterId: "f2", deviceAndAppManagementAssignmentFilterType: "exclude" }))).toMatchObject({ filter: { id: "f2", mode: "exclude" } });
    expect(classifyTarget(group("g1", { id: "00000000-0000-0000-0000-000000000000", type: "none" }))).toMatchObject({ filter: null });
    expect(classifyTarget(group("g1", { id: "f3", type: "none" }))).toMatchObject({ filter: null });
  });
});

describe("audienceOf", () => {
  it("an empty assignment list applies to nobody", () => {
    expect(audienceOf(policy("p", 1, []))).toEqual({ kind: "nobody", why: "unassigned" });
  });
  it("exclusions alone apply to nobody (an exclusion target is also a group target in the metadata)", () => {
    expect(audienceOf(policy("p", 1, [exclude("g1"), exclude("g2")]))).toEqual({ kind: "nobody", why: "exclusion-only" });
  });
  it("a missing assignments property is unknown, never 'assigned'", () => {
    expect(audienceOf(policy("p", 1, undefined))).toEqual({ kind: "unknown" });
    expect(audienceOf({ id: "p", assignments: "oops" })).toEqual({ kind: "unknown" });
  });
  it("collects groups, exclusions, filters and unknown targets", () => {
    const audience = audienceOf(policy("p", 1, [group("g1", { id: "f1", type: "include" }), group("g2"), exclude("g3"), { "@odata.type": `${T}somethingNew` }]));
    expect(audience).toEqual({
      kind: "assigned",
      allUsers: false,
      allDevices: false,
      includedGroups: ["g1", "g2"],
      excludedGroups: ["g3"],
      filters: [{ id: "f1", mode: "include" }],
      otherTargets: ["microsoft.graph.somethingnew"],
    });
    expect(describeAudience(audience)).toBe("2 groups and 1 other target except 1 excluded group, narrowed by 1 assignment filter");
  });
});

describe("coversEveryUser", () => {
  it.each([
    ["all users", [allUsers()], true],
    ["all users and all devices", [allUsers(), allDevices], true],
    ["all users minus an excluded group", [allUsers(), exclude("g1")], false],
    ["all users narrowed by a filter", [allUsers({ deviceAndAppManagementAssignmentFilterId: "f", deviceAndAppManagementAssignmentFilterType: "include" })], false],
    ["all devices only", [allDevices], false],
    ["a group", [group("g1")], false],
  ])("%s → %s", (_, targets, expected) => {
    expect(coversEveryUser(audienceOf(policy("p", 1, targets)))).toBe(expected);
  });
});

describe("precedence", () => {
  it("with no custom policy the default governs every user", () => {
    const p = precedence(DEFAULT, []);
    expect(p.fallbackIsDefault).toBe(true);
    expect(p.fallback.item).toBe(DEFAULT);
    expect(whoGoverns(p).map((w) => w.whom)).toEqual(["every user"]);
  });

  it("a custom assigned to all users replaces the default for everyone, whatever the default's own priority number", () => {
    const custom = policy("all", 3, [allUsers()]);
    const p = precedence(DEFAULT, [custom]);
    expect(p.fallbackIsDefault).toBe(false);
    expect(p.fallback.item).toBe(custom);
  });

  it("among customs assigned to all users the lowest priority number wins; the others are shadowed", () => {
    const first = policy("first", 1, [allUsers()]);
    const second = policy("second", 2, [allUsers()]);
    const p = precedence(DEFAULT, [second, first]);
    expect(p.fallback.item).toBe(first);
    expect(p.shadowed.map((r) => r.item)).toEqual([second]);
  });

  it("group customs above the all-users custom govern their groups; those below it never apply", () => {
    const pilot = policy("pilot", 1, [group("g1")]);
    const everyone = policy("everyone", 2, [allUsers()]);
    const late = policy("late", 3, [group("g2")]);
    const p = precedence(DEFAULT, [late, everyone, pilot]);
    expect(p.partial.map((r) => r.item)).toEqual([pilot]);
    expect(p.fallback.item).toBe(everyone);
    expect(p.shadowed.map((r) => r.item)).toEqual([late]);
    expect(whoGoverns(p).map((w) => w.whom)).toEqual(["users reached by 1 group", "every other user"]);
  });

  it("group-assigned customs apply only to their groups: the default still governs everyone else", () => {
    const pilot = policy("pilot", 1, [group("g1")]);
    const p = precedence(DEFAULT, [pilot]);
    expect(p.partial.map((r) => r.item)).toEqual([pilot]);
    expect(p.fallbackIsDefault).toBe(true);
  });

  it("all users with an exclusion or a filter is partial, not a replacement of the default", () => {
    const excluded = policy("excluded", 1, [allUsers(), exclude("g1")]);
    const p = precedence(DEFAULT, [excluded]);
    expect(p.partial.map((r) => r.item)).toEqual([excluded]);
    expect(p.fallbackIsDefault).toBe(true);
  });

  it("unassigned and exclusion-only customs are inactive; unreadable assignments are reported as unknown", () => {
    const unassigned = policy("unassigned", 1, []);
    const excludedOnly = policy("excludedOnly", 2, [exclude("g1")]);
    const unread = policy("unread", 3, undefined);
    const p = precedence(DEFAULT, [unassigned, excludedOnly, unread]);
    expect(p.inactive.map((r) => r.item)).toEqual([unassigned, excludedOnly]);
    expect(p.unknown.map((r) => r.item)).toEqual([unread]);
    expect(p.partial).toEqual([]);
    expect(p.fallbackIsDefault).toBe(true);
  });

  it("a custom without a priority number is evaluated after the numbered customs, still before the default", () => {
    const unnumbered = policy("unnumbered", null, [allUsers()]);
    const numbered = policy("numbered", 5, [group("g1")]);
    const p = precedence(DEFAULT, [unnumbered, numbered]);
    expect(p.partial.map((r) => r.item)).toEqual([numbered]);
    expect(p.fallback.item).toBe(unnumbered);
  });
});
