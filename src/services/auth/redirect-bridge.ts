// Entry script of redirect.html, the MSAL v5 redirect bridge: the sign-in popup lands here and this hands the
// response to the app window over BroadcastChannel. It must not load the app or call any other MSAL API.
import { broadcastResponseToMainFrame } from "@azure/msal-browser/redirect-bridge";

function show(message: string): void {
  const status = document.getElementById("status");
  if (status) status.textContent = message;
}

const params = new URLSearchParams(window.location.search);
if (params.has("admin_consent")) {
  // The admin-consent link (domain/verification/consent.ts) may return here too, without an MSAL state to hand over.
  show(
    params.get("admin_consent")?.toLowerCase() === "true"
      ? "Consent granted. You can close this window and run the checks again."
      : "Consent was not granted. You can close this window.",
  );
} else {
  broadcastResponseToMainFrame().catch((error: unknown) => {
    const code = typeof error === "object" && error !== null && "errorCode" in error ? String(error.errorCode) : "unknown";
    show(`Sign-in could not be completed (${code}). Close this window and try again from the app.`);
  });
}
