import { vi } from "vitest";
import type { GraphAuth, RedirectOutcome } from "../../src/services/auth/types.ts";

export const ACCOUNT = { username: "dana@contoso.example", name: "Dana Admin", tenantId: "11111111-2222-3333-4444-555555555555" };

/** A signed-in session without MSAL: every method a spy or a fixed answer, any of them overridable. */
export function fakeAuth(overrides: Partial<GraphAuth> = {}) {
  return {
    signIn: vi.fn(async () => ACCOUNT),
    account: () => null,
    getToken: vi.fn(async () => "token"),
    signOut: vi.fn(async () => {}),
    signInWithRedirect: vi.fn(async () => {}),
    completeRedirect: vi.fn(async (): Promise<RedirectOutcome | null> => null),
    signInRoles: (): readonly string[] | null => null,
    ...overrides,
  } satisfies GraphAuth;
}
