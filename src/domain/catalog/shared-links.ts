// Learn links and portal placeholders shared by several items. Every Learn link in the catalog has one form:
// https://learn.microsoft.com/intune/… with no locale segment (Learn picks the reader's language), never the old /mem/
// paths; the catalog test enforces it.
export const END_TO_END_GUIDE = {
  learnUrl: "https://learn.microsoft.com/intune/solutions/end-to-end-guides/macos-endpoints-get-started",
  learnTitle: "End-to-end guide to get started with macOS endpoints",
} as const;

export const PLANNING_GUIDE = {
  learnUrl: "https://learn.microsoft.com/intune/intune-service/fundamentals/intune-planning-guide",
  learnTitle: "Microsoft Intune planning guide",
} as const;

export const NO_PORTAL = { adminCenterPath: "", portal: "none" } as const;
