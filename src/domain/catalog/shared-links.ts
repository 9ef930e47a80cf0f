// Learn links and portal placeholders shared by several items.
export const END_TO_END_GUIDE = {
  learnUrl: "https://learn.microsoft.com/mem/solutions/end-to-end-guides/macos-endpoints-get-started",
  learnTitle: "End-to-end guide to get started with macOS endpoints",
} as const;

export const PLANNING_GUIDE = {
  learnUrl: "https://learn.microsoft.com/intune/intune-service/fundamentals/intune-planning-guide",
  learnTitle: "Microsoft Intune planning guide",
} as const;

export const NO_PORTAL = { adminCenterPath: "", portal: "none" } as const;
