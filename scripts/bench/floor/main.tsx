// The benchmark's floor: the least a React 19 + Fluent UI v9 app can ship. The app's sizes and paint times are
// reported as ratios to this, built with the same Vite config in the same run.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { Button, FluentProvider, webLightTheme } from "@fluentui/react-components";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <FluentProvider theme={webLightTheme}>
      <Button appearance="primary">Floor</Button>
    </FluentProvider>
  </StrictMode>,
);
