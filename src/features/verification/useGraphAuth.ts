import { useCallback, useMemo, useRef } from "react";
import type { GraphAuth } from "../../services/auth/types.ts";
import type { AuthConfig } from "../../services/auth/validate-config.ts";
import type { VerificationServices } from "./services.tsx";

type Loaded = { key: string; auth: Promise<GraphAuth>; ready: GraphAuth | null };

export type GraphAuthLoader = {
  /** Loads (once per app registration) the sign-in code; a failed load is retried on the next call. */
  load: (config: AuthConfig) => Promise<GraphAuth>;
  /**
   * The already loaded sign-in for this registration, or null. A click handler that has it can open the sign-in window
   * without any await before it, which browsers that only allow pop-ups straight from a click (Safari) require.
   */
  ready: (config: AuthConfig) => GraphAuth | null;
};

export function useGraphAuth(services: Pick<VerificationServices, "loadAuth">): GraphAuthLoader {
  const loaded = useRef<Loaded | null>(null);
  const load = useCallback(
    (config: AuthConfig): Promise<GraphAuth> => {
      const key = JSON.stringify(config);
      if (loaded.current?.key !== key) {
        const entry: Loaded = { key, auth: services.loadAuth(config), ready: null };
        entry.auth.then(
          (auth) => {
            entry.ready = auth;
          },
          () => {
            // Offline, say: the next click tries again instead of failing forever.
            if (loaded.current === entry) loaded.current = null;
          },
        );
        loaded.current = entry;
      }
      return loaded.current.auth;
    },
    [services],
  );
  const ready = useCallback((config: AuthConfig) => (loaded.current?.key === JSON.stringify(config) ? loaded.current.ready : null), []);
  return useMemo(() => ({ load, ready }), [load, ready]);
}
