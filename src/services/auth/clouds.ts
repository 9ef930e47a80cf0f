// The Microsoft clouds live checks can sign in to. Login and Graph hosts always switch together: a token from one
// cloud is worthless in another. Hosts from https://learn.microsoft.com/graph/deployments ("App registration and token
// service root endpoints" and "Microsoft Graph and Graph Explorer service root endpoints").
// Pure data: security-headers.ts reads it for the CSP too.

export const CLOUD_IDS = ["global", "gcc-high", "dod", "china"] as const;
export type CloudId = (typeof CLOUD_IDS)[number];

export type Cloud = {
  label: string;
  /** Who belongs here, in the admin's words. */
  hint: string;
  loginOrigin: string;
  graphOrigin: string;
};

export const CLOUDS = {
  global: {
    label: "Global (commercial, including GCC)",
    hint: "Most tenants, and US Government Community Cloud (GCC) moderate.",
    loginOrigin: "https://login.microsoftonline.com",
    graphOrigin: "https://graph.microsoft.com",
  },
  "gcc-high": {
    label: "US Government GCC High",
    hint: "Microsoft 365 GCC High tenants (Microsoft Cloud for US Government, L4).",
    loginOrigin: "https://login.microsoftonline.us",
    graphOrigin: "https://graph.microsoft.us",
  },
  dod: {
    label: "US Government DoD",
    hint: "Department of Defense tenants (Microsoft Cloud for US Government, L5).",
    loginOrigin: "https://login.microsoftonline.us",
    graphOrigin: "https://dod-graph.microsoft.us",
  },
  china: {
    label: "China (operated by 21Vianet)",
    hint: "Microsoft 365 operated by 21Vianet in China.",
    loginOrigin: "https://login.chinacloudapi.cn",
    graphOrigin: "https://microsoftgraph.chinacloudapi.cn",
  },
} as const satisfies Record<CloudId, Cloud>;

export const isCloudId = (value: unknown): value is CloudId => typeof value === "string" && (CLOUD_IDS as readonly string[]).includes(value);

/** Every cloud's sign-in and Graph origins, once each (the CSP allows all of them). */
export const ALL_LOGIN_ORIGINS: readonly string[] = [...new Set(CLOUD_IDS.map((id) => CLOUDS[id].loginOrigin))];
export const ALL_GRAPH_ORIGINS: readonly string[] = [...new Set(CLOUD_IDS.map((id) => CLOUDS[id].graphOrigin))];

/** The cloud whose sign-in host this is; GCC High and DoD share one, so the first match (GCC High) stands for both. */
export function cloudOfLoginOrigin(origin: string): CloudId | null {
  return CLOUD_IDS.find((id) => CLOUDS[id].loginOrigin === origin) ?? null;
}
