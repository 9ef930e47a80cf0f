import type { Plugin } from "vite";

/**
 * Puts every module the entry imports statically into one initial chunk. Without it, Rolldown splits the modules
 * shared by the entry and the lazy pages into dozens of small chunks, and a cold load then waits on ~35 requests
 * before the first paint. Lazy code stays lazy: only statically reachable modules are captured.
 */
export function initialChunk(entry: string) {
  const imports = new Map<string, readonly string[]>();
  let reachable: Set<string> | null = null;
  const plugin: Plugin = {
    name: "intune-mac-readiness:initial-chunk",
    apply: "build",
    moduleParsed(info) {
      imports.set(info.id, info.importedIds);
      reachable = null;
    },
  };
  const test = (id: string): boolean => {
    if (!reachable) {
      reachable = new Set();
      const root = [...imports.keys()].find((key) => key.endsWith(entry));
      const queue = root ? [root] : [];
      while (queue.length > 0) {
        const next = queue.pop()!;
        if (reachable.has(next)) continue;
        reachable.add(next);
        queue.push(...(imports.get(next) ?? []));
      }
    }
    return reachable.has(id) && !id.includes("/node_modules/");
  };
  return { plugin, test };
}
