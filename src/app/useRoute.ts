import { useSyncExternalStore } from "react";
import type { Router } from "../services/navigation/router.ts";

export function useRoute(router: Router): string {
  return useSyncExternalStore(
    (listener) => router.subscribe(listener),
    () => router.current(),
  );
}
