import type { Decisions } from "../strategy/schema.ts";

// Apart from demo.ts so that judging whether a result is current does not load the scenario builders.


/**
 * The strategy the scenario descriptions assume: corporate and personal Macs, corporate ones bought through ABM (so
 * ADE is required), Apps and Books in use (VPP required), 3 devices per user; ADE with user affinity and Setup Assistant
 * with modern authentication, Platform SSO with the Secure Enclave, every policy area with DDM "latest" updates and
 * FileVault during Setup Assistant. With it, "healthy" is ready everywhere.
 */
export const DEMO_DECISIONS: Decisions = {
  devices: {
    value: { ownership: "both", abmPurchase: "yes", expectedMacs: 120, perUser: { mac: 1, iphone: 1, ipad: 1, other: 0 }, adeEnrollment: "user-modern-auth" },
    decidedAt: "2026-01-05T09:00:00.000Z",
  },
  accountsSso: {
    value: { sso: "platform-sso", psso: "secure-enclave", localAccount: "standard" },
    decidedAt: "2026-01-05T09:00:00.000Z",
  },
  policies: {
    value: {
      areas: ["filevault", "firewall", "gatekeeper", "os-updates", "compliance-ca", "defender", "local-admin-password"],
      appsAndBooks: true,
      notes: "",
      updateApproach: "latest",
      fileVaultTiming: "setup-assistant",
    },
    decidedAt: "2026-01-05T09:00:00.000Z",
  },
};

