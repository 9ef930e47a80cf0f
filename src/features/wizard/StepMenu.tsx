import { Menu, MenuButton, MenuItem, MenuList, MenuPopover, MenuTrigger } from "@fluentui/react-components";
import type { WizardStepView } from "./types.ts";
import { countText } from "./step-count.ts";

type Props = { steps: readonly WizardStepView[]; current: number; onNavigate: (path: string) => void };

/** The step bar on narrow screens: "Step 2 of 5" with a menu of all steps. */
export function StepMenu({ steps, current, onNavigate }: Props) {
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <MenuButton appearance="subtle">
          Step {current + 1} of {steps.length}: {steps[current]?.title}
        </MenuButton>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {steps.map((step, index) => (
            <MenuItem key={step.path} onClick={() => onNavigate(step.path)}>
              {index + 1}. {step.title} {step.count ? `(${countText(step)})` : ""}
            </MenuItem>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
