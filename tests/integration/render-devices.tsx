import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { vi } from "vitest";
import { DecisionForm } from "../../src/features/strategy/DecisionForm.tsx";
import type { DevicesDecision } from "../../src/domain/strategy/schema.ts";

/** The device-strategy form on its own, with a spy for what it saves. */
export function renderDevices(value?: DevicesDecision) {
  const onSave = vi.fn<(value: DevicesDecision) => void>();
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <DecisionForm decision="devices" value={value} decidedAt={value ? new Date().toISOString() : undefined} onSave={onSave} />
    </FluentProvider>,
  );
  return { onSave, user };
}
