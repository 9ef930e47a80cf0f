import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { demoScenario } from "./results.ts";
import { useClearResults } from "./useRecordResults.ts";

/** Shown for as long as demo results are on screen, so nobody mistakes them for their own tenant. */
export function DemoBanner({ scenario }: { scenario: string | undefined }) {
  const clear = useClearResults();
  const title = demoScenario(scenario)?.title ?? "a demo tenant";
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="demo-banner">
      <MessageBarBody>
        <MessageBarTitle>Demo results — not your tenant</MessageBarTitle>
        The results on this page come from “{title}”, a fictitious tenant. They say nothing about your own tenant: check live or import an
        evidence file for that.
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={() => clear("Demo results cleared")}>Clear demo results</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
