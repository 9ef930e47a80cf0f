// Before a decision is recorded (or while ABM is only planned) an item is "optional", and its verdict must say so:
// a rule that finds nothing to demand must not claim the strategy rules the item out.
import { describe, expect, it } from "vitest";
import type { VerifiableItemId } from "../../../../src/domain/catalog/ids.ts";
import type { Decisions } from "../../../../src/domain/strategy/schema.ts";
import { evaluate } from "../../../../src/domain/verification/engine.ts";
import { indexEvidence } from "../../../../src/domain/verification/keys.ts";
import type { EvidenceResponse } from "../../../../src/domain/verification/types.ts";
import { BYOD_ESSO, NOW, bodyOf, depList, plan, res } from "./helpers.ts";

const verdictOf = (item: VerifiableItemId, responses: readonly EvidenceResponse[], decisions: Decisions) =>
  evaluate(indexEvidence(responses), decisions, NOW).find((r) => r.item === item);

describe("verdicts agree with an item that is optional until a decision", () => {
  it("LAPS before the devices and policies decisions: advisory, saying what to decide", () => {
    const result = verdictOf("laps", [res("depSettings", depList)], {});
    expect(result).toMatchObject({ verdict: "advisory", reason: expect.stringMatching(/^Optional for now\. Decide the devices and the policies/) });
    expect(result?.reason).not.toMatch(/Your strategy does not/);
    expect(result?.fix).not.toBeNull();
  });

  it("corporate identifiers before the device decision: advisory, not 'your strategy has no corporate Macs'", () => {
    const result = verdictOf("corporate-identifiers", [res("managedDevices", bodyOf("managed-devices-real"))], {});
    expect(result).toMatchObject({ verdict: "advisory", reason: expect.stringMatching(/Decide the device strategy first/) });
  });

  it("LAPS chosen while ABM purchases are only planned: optional until then", () => {
    const planned = plan({ ownership: "corporate", abm: "planned", areas: ["local-admin-password"] });
    expect(verdictOf("laps", [res("depSettings", depList)], planned)).toMatchObject({ verdict: "advisory", reason: expect.stringMatching(/once purchases go through Apple Business Manager/) });
  });

  it("a decision that rules the item out keeps the not-applicable verdict", () => {
    expect(verdictOf("laps", [res("depSettings", depList)], BYOD_ESSO)).toMatchObject({ verdict: "not-applicable", fix: null });
    expect(verdictOf("corporate-identifiers", [res("managedDevices", bodyOf("managed-devices-real"))], BYOD_ESSO)?.verdict).toBe("not-applicable");
  });
});
