import { useCallback, useEffect, useRef, useState } from "react";
import { evaluate } from "../../domain/verification/engine.ts";
import { indexEvidence } from "../../domain/verification/keys.ts";
import { resolveAuthConfig, type AuthConfigProblem, type RuntimeConfig } from "../../services/auth/config.ts";
import type { StoredAuthConfig } from "../../services/auth/config-store.ts";
import { isAuthError } from "../../services/auth/errors.ts";
import { CHECK_SCOPES } from "../../services/auth/scopes.ts";
import type { AccountInfoLite, GraphAuth } from "../../services/auth/types.ts";
import type { AuthConfig } from "../../services/auth/validate-config.ts";
import { useProgress } from "../../components/progress/ProgressContext.tsx";
import { useAnnounce } from "../../components/announcer/Announcer.tsx";
import { problem, progressText, type LiveProblem } from "./live-text.ts";
import { useRecordResults, useReportRun } from "./useRecordResults.ts";
import { useVerificationServices } from "./services.tsx";

export type LiveConfig =
  | { kind: "loading" }
  | { kind: "missing"; reason: string; problems: readonly AuthConfigProblem[] }
  | { kind: "ready"; config: AuthConfig; source: "settings" | "config.json"; graphBaseUrl: string };

export type LiveStatus =
  | { kind: "signed-out" }
  | { kind: "signing-in" }
  | { kind: "signed-in"; account: AccountInfoLite }
  | { kind: "running"; account: AccountInfoLite; progress: string };

export type LiveCheck = {
  config: LiveConfig;
  stored: StoredAuthConfig;
  status: LiveStatus;
  problem: LiveProblem | null;
  /** Starts loading the sign-in code early (on hover or focus), so the popup opens promptly on click. */
  warm: () => void;
  signIn: () => Promise<void>;
  signOut: () => Promise<void>;
  run: () => Promise<void>;
  /** Re-reads the settings override after the settings panel saved or cleared it. */
  reloadSettings: () => void;
};

function liveConfig(runtime: RuntimeConfig | null, stored: StoredAuthConfig): LiveConfig {
  if (!runtime) return { kind: "loading" };
  const resolved = resolveAuthConfig(runtime, stored.status === "ok" ? stored.config : null);
  if (resolved.source === null) {
    return { kind: "missing", reason: resolved.reason, problems: runtime.status === "invalid" ? runtime.problems : [] };
  }
  return { kind: "ready", config: resolved.config, source: resolved.source, graphBaseUrl: runtime.graphBaseUrl };
}

function toProblem(error: unknown, fallback: string): LiveProblem {
  if (isAuthError(error)) return problem(error.code, error.message);
  const detail = error instanceof Error && error.message ? ` (${error.message})` : "";
  return problem("failed", `${fallback}${detail}. Reload the page and try again.`);
}

/** The live way: which app registration, who is signed in, and one run of the checks against Microsoft Graph. */
export function useLiveCheck(): LiveCheck {
  const services = useVerificationServices();
  const { progress } = useProgress();
  const record = useRecordResults();
  const report = useReportRun();
  const announce = useAnnounce();
  const [runtime, setRuntime] = useState<RuntimeConfig | null>(null);
  const [stored, setStored] = useState<StoredAuthConfig>(() => services.authConfig.read());
  const [status, setStatus] = useState<LiveStatus>({ kind: "signed-out" });
  const [currentProblem, setProblem] = useState<LiveProblem | null>(null);
  const authRef = useRef<{ key: string; auth: Promise<GraphAuth> } | null>(null);

  useEffect(() => {
    let mounted = true;
    void services.loadRuntimeConfig().then((loaded) => {
      if (mounted) setRuntime(loaded);
    });
    return () => {
      mounted = false;
    };
  }, [services]);

  const config = liveConfig(runtime, stored);
  // Another app registration means another sign-in: forget the session of the previous one.
  const configKey = config.kind === "ready" ? JSON.stringify(config.config) : config.kind;
  const [seenKey, setSeenKey] = useState(configKey);
  if (seenKey !== configKey) {
    setSeenKey(configKey);
    setStatus({ kind: "signed-out" });
    setProblem(null);
  }

  const authFor = useCallback(
    (authConfig: AuthConfig): Promise<GraphAuth> => {
      const key = JSON.stringify(authConfig);
      if (authRef.current?.key !== key) {
        const auth = services.loadAuth(authConfig);
        // A failed load (offline, say) is retried on the next click instead of failing forever.
        auth.catch(() => {
          if (authRef.current?.key === key) authRef.current = null;
        });
        authRef.current = { key, auth };
      }
      return authRef.current.auth;
    },
    [services],
  );

  const warm = () => {
    if (config.kind === "ready") authFor(config.config).catch(() => {});
  };

  const signIn = async () => {
    if (config.kind !== "ready") return;
    setProblem(null);
    setStatus({ kind: "signing-in" });
    try {
      const auth = await authFor(config.config);
      // A sign-in earlier in this tab is reused without another window.
      const account = auth.account() ?? (await auth.signIn());
      setStatus({ kind: "signed-in", account });
      announce(`Signed in as ${account.username}.`);
    } catch (error) {
      setStatus({ kind: "signed-out" });
      setProblem(toProblem(error, "Sign-in could not start"));
    }
  };

  const signOut = async () => {
    if (config.kind !== "ready") return;
    try {
      await (await authFor(config.config)).signOut();
    } finally {
      setStatus({ kind: "signed-out" });
      setProblem(null);
      announce("Signed out of this app in this tab.");
    }
  };

  const run = async () => {
    if (config.kind !== "ready" || status.kind !== "signed-in") return;
    const { account } = status;
    const decisions = progress.decisions;
    setProblem(null);
    setStatus({ kind: "running", account, progress: "Asking for the read-only Intune permissions…" });
    try {
      const auth = await authFor(config.config);
      const file = await services.collectEvidence({
        getToken: () => auth.getToken(CHECK_SCOPES),
        baseUrl: config.graphBaseUrl,
        now: services.now,
        onProgress: (p) => setStatus({ kind: "running", account, progress: progressText(p) }),
      });
      const results = evaluate(indexEvidence(file.responses), decisions, services.now());
      record(results, { source: "live", checkedAt: file.collectedAt, judgedUnder: decisions });
      report("Live check finished", results);
      setStatus({ kind: "signed-in", account });
    } catch (error) {
      const found = toProblem(error, "The live check stopped unexpectedly");
      setProblem(found);
      setStatus(found.code === "sign-in-needed" ? { kind: "signed-out" } : { kind: "signed-in", account });
    }
  };

  return {
    config,
    stored,
    status,
    problem: currentProblem,
    warm,
    signIn,
    signOut,
    run,
    reloadSettings: () => setStored(services.authConfig.read()),
  };
}
