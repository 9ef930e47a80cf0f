import { FluentProvider, webLightTheme, Title1 } from "@fluentui/react-components";

export function App() {
  return (
    <FluentProvider theme={webLightTheme}>
      <main>
        <Title1 as="h1">Intune Mac Readiness</Title1>
      </main>
    </FluentProvider>
  );
}
