import { useEffect, useState } from "react";
import { evaluate } from "../../domain/verification/engine.ts";
import { indexEvidence } from "../../domain/verification/keys.ts";
import { graphBaseUrlOf, resolveAuthConfig, type AuthConfigProblem, type RuntimeConfig } from "../../services/auth/config.ts";
import type { StoredAuthConfig } from "../../services/auth/config-store.ts";
import { isAuthError } from "../../services/auth/errors.ts";
import { SIGN_IN_SCOPES } from "../../services/auth/scopes.ts";
import { STEP_ITEMS, type VerifiableStepId } from "../../domain/catalog/ids.ts";
import { scopesForSteps } from "../../domain/verification/step-requests.ts";
import type { AccountInfoLite, GraphAuth, ResumeAction } from "../../services/auth/types.ts";
import type { AuthConfig } from "../../services/auth/validate-config.ts";
import { useProgress } from "../../components/progress/ProgressContext.tsx";
import { useAnnounce } from "../../components/announcer/Announcer.tsx";
import { problem, progressText, type LiveProblem } from "./live-text.ts";
import { useGraphAuth } from "./useGraphAuth.ts";
import { useRecordResults, useReportRun } from "./useRecordResults.ts";
import { useVerificationServices } from "./services.tsx";

export type LiveConfig =
  | { kind: "loading" }
  | { kind: "missing"; reason: string; problems: readonly AuthConfigProblem[] }
  | { kind: "ready"; config: AuthConfig; source: "settings" | "site"; graphBaseUrl: string };

export type LiveStatus =
  | { kind: "signed-out" }
  | { kind: "signing-in" }
  /** The sign-in window was blocked, so the page is leaving for Microsoft's sign-in and will come back here. */
  | { kind: "redirecting" }
  | { kind: "signed-in"; account: AccountInfoLite }
  | { kind: "running"; account: AccountInfoLite; progress: string };

export type LiveCheck = {
  config: LiveConfig;
  stored: StoredAuthConfig;
  status: LiveStatus;
  problem: LiveProblem | null;
  /** A full-page sign-in is returning to this page: the live way should be on show. */
  resuming: boolean;
  /** The sign-in code is loaded: a click opens the sign-in window at once. */
  prepared: boolean;
  /** Starts loading the sign-in code early (on hover or focus), so the popup opens promptly on click. */
  warm: () => void;
  /** Call straight from the click: it opens the sign-in window before any await. */
  signIn: () => void;
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
  return { kind: "ready", config: resolved.config, source: resolved.source, graphBaseUrl: graphBaseUrlOf(resolved.config, runtime) };
}

function toProblem(error: unknown, fallback: string): LiveProblem {
  if (isAuthError(error)) return problem(error.code, error.message);
  const detail = error instanceof Error && error.message ? ` (${error.message})` : "";
  return problem("failed", `${fallback}${detail}. Reload the page and try again.`);
}

const popupBlocked = (error: unknown) => isAuthError(error) && error.code === "popup-blocked";

/** The live way: which app registration, who is signed in, and one run of the checks against Microsoft Graph. */
export function useLiveCheck(step: VerifiableStepId = "tenant"): LiveCheck {
  // Least privilege, asked for incrementally: each step's check asks for its own reads' scopes only.
  const checkScopes = scopesForSteps([step]);
  const services = useVerificationServices();
  const { progress } = useProgress();
  const record = useRecordResults();
  const report = useReportRun();
  const announce = useAnnounce();
  const graphAuth = useGraphAuth(services);
  const [runtime, setRuntime] = useState<RuntimeConfig | null>(null);
  const [stored, setStored] = useState<StoredAuthConfig>(() => services.authConfig.read());
  const [status, setStatus] = useState<LiveStatus>({ kind: "signed-out" });
  const [currentProblem, setProblem] = useState<LiveProblem | null>(null);
  const [resuming, setResuming] = useState(false);
  const [preparedKey, setPreparedKey] = useState<string | null>(null);

  useEffect(() => {
    let mounted = true;
    void services.loadRuntimeConfig().then((loaded) => {
      if (mounted) setRuntime(loaded);
    });
    void services.pendingRedirect().then((pending) => {
      if (mounted && pending) setResuming(true);
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

  /** Leaves for Microsoft's sign-in page when the window was blocked; the panel picks up where it was on return. */
  const redirectInstead = async (auth: GraphAuth, scopes: readonly string[], resume: ResumeAction) => {
    setStatus({ kind: "redirecting" });
    announce("The browser blocked the sign-in window. Continuing with Microsoft sign-in in this tab…");
    try {
      await auth.signInWithRedirect(scopes, resume);
    } catch (error) {
      setStatus({ kind: "signed-out" });
      setProblem(toProblem(error, "Sign-in could not start"));
    }
  };

  const run = async (account: AccountInfoLite, authConfig: AuthConfig, graphBaseUrl: string) => {
    const decisions = progress.decisions;
    setProblem(null);
    setStatus({ kind: "running", account, progress: "Asking for the read-only Intune permissions…" });
    const auth = await graphAuth.load(authConfig);
    try {
      const file = await services.collectEvidence({
        getToken: (options) => auth.getToken(checkScopes, options),
        steps: [step],
        baseUrl: graphBaseUrl,
        now: services.now,
        onProgress: (p) => setStatus({ kind: "running", account, progress: progressText(p) }),
      });
      const stepItems: readonly string[] = STEP_ITEMS[step];
      // The reads were this step's: other steps' items would only show as "could not check".
      // The ID token's directory roles (wids) answer the admin-role check without another scope; only the role ids
      // reach the rule, and the record keeps role names only.
      const signIn = { signInRoles: auth.signInRoles() };
      const results = evaluate(indexEvidence(file.responses), decisions, services.now(), signIn).filter((r) => stepItems.includes(r.item));
      record(results, { source: "live", checkedAt: file.collectedAt, judgedUnder: decisions });
      report("Live check finished", results);
      setStatus({ kind: "signed-in", account });
    } catch (error) {
      if (popupBlocked(error)) return redirectInstead(auth, checkScopes, "run-checks");
      const found = toProblem(error, "The live check stopped unexpectedly");
      setProblem(found);
      setStatus(found.code === "sign-in-needed" ? { kind: "signed-out" } : { kind: "signed-in", account });
    }
  };

  // Load the sign-in code as soon as a registration is known, so the click needs no network round trip; then pick
  // up an earlier sign-in of this tab, or one that comes back from Microsoft's page (and resume what it was for).
  useEffect(() => {
    if (config.kind !== "ready") return;
    const { config: authConfig, graphBaseUrl } = config;
    let current = true;
    void graphAuth.load(authConfig).then(
      async (auth) => {
        const outcome = await auth.completeRedirect();
        if (!current) return;
        setResuming(false);
        setPreparedKey(configKey);
        if (outcome?.kind === "failed") {
          setProblem(toProblem(outcome.error, "Sign-in could not finish"));
          return;
        }
        const account = outcome?.account ?? auth.account();
        if (!account) return;
        setStatus((now) => (now.kind === "signed-out" ? { kind: "signed-in", account } : now));
        if (outcome?.resume === "run-checks") void run(account, authConfig, graphBaseUrl);
        else if (outcome) announce(`Signed in as ${account.username}.`);
      },
      () => setResuming(false),
    );
    return () => {
      current = false;
    };
    // Once per app registration; `run` and `announce` read the latest render through their closures.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [configKey, graphAuth]);

  const warm = () => {
    if (config.kind === "ready") graphAuth.load(config.config).catch(() => {});
  };

  const signIn = () => {
    if (config.kind !== "ready") return;
    const authConfig = config.config;
    setProblem(null);
    const ready = graphAuth.ready(authConfig);
    // Straight from the click: with the sign-in code loaded, the window opens before any await.
    const attempt = ready
      ? Promise.resolve(ready.account() ?? ready.signIn())
      : graphAuth.load(authConfig).then((auth) => auth.account() ?? auth.signIn());
    setStatus({ kind: "signing-in" });
    attempt.then(
      (account) => {
        setStatus({ kind: "signed-in", account });
        announce(`Signed in as ${account.username}.`);
      },
      async (error: unknown) => {
        if (popupBlocked(error)) return redirectInstead(await graphAuth.load(authConfig), SIGN_IN_SCOPES, "sign-in");
        setStatus({ kind: "signed-out" });
        setProblem(toProblem(error, "Sign-in could not start"));
      },
    );
  };

  const signOut = async () => {
    if (config.kind !== "ready") return;
    try {
      await (await graphAuth.load(config.config)).signOut();
    } finally {
      setStatus({ kind: "signed-out" });
      setProblem(null);
      announce("Signed out of this app in this tab.");
    }
  };

  return {
    config,
    stored,
    status,
    problem: currentProblem,
    resuming,
    prepared: preparedKey === configKey,
    warm,
    signIn,
    signOut,
    run: async () => {
      if (config.kind === "ready" && status.kind === "signed-in") await run(status.account, config.config, config.graphBaseUrl);
    },
    reloadSettings: () => setStored(services.authConfig.read()),
  };
}
