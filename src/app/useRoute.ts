import { useSyncExternalStore } from "react";
import type { Router } from "../services/navigation/router.ts";

export function useRoute(router: Router): string {
  return useSyncExternalStore(
    (listener) => router.subscribe(listener),
    () => router.current(),
    () => router.current(), // the build-time prerender (src/prerender) renders on the server
  );
}
