import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ScopeName } from "../../../src/components/verification/ScopeName.tsx";

describe("ScopeName", () => {
  it("reads exactly as the scope is spelt and may break only after each dot", () => {
    const { container } = render(<ScopeName scope="DeviceManagementServiceConfig.Read.All" />);
    expect(container.textContent).toBe("DeviceManagementServiceConfig.Read.All");
    expect(container.querySelectorAll("wbr")).toHaveLength(2);
    // Each break opportunity follows a dot, never precedes one.
    expect(container.innerHTML).toBe("<span>DeviceManagementServiceConfig</span><span>.<wbr>Read</span><span>.<wbr>All</span>");
  });

  it("a scope without a dot has no break opportunity", () => {
    const { container } = render(<ScopeName scope="openid" />);
    expect(container.innerHTML).toBe("<span>openid</span>");
  });
});
