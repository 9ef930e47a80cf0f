/**
 * A Microsoft Graph permission name that may wrap only after a dot ("DeviceManagementServiceConfig.<wbr>Read.<wbr>All"),
 * so a narrow column never splits a word in the middle. The text reads, and copies, exactly as the scope is spelt.
 */
export function ScopeName({ scope }: { scope: string }) {
  return (
    <>
      {scope.split(".").map((part, i) => (
        <span key={i}>
          {i > 0 && "."}
          {i > 0 && <wbr />}
          {part}
        </span>
      ))}
    </>
  );
}
