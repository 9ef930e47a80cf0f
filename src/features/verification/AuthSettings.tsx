import { useState } from "react";
import { Button, Field, Input, MessageBar, MessageBarBody, Select, makeStyles, tokens } from "@fluentui/react-components";
import { Controller, useForm, type FieldErrors, type Resolver } from "react-hook-form";
import { CLOUD_IDS, CLOUDS, isCloudId } from "../../services/auth/clouds.ts";
import type { AuthConfigStore } from "../../services/auth/config-store.ts";
import { defaultRedirectUri, validateAuthConfig, type AuthConfig, type ValidationContext } from "../../services/auth/validate-config.ts";
import { useNotify } from "../../components/toast/notify.tsx";

type Values = AuthConfig;

const FIELDS = [
  { name: "clientId", label: "Application (client) ID", hint: () => "From the Overview page of your app registration." },
  {
    name: "authority",
    label: "Directory (tenant) ID or domain",
    hint: () =>
      "From the same Overview page, or a domain such as contoso.onmicrosoft.com. “organizations” for a multi-tenant app. A full sign-in address (authority) works too.",
  },
  { name: "redirectUri", label: "Redirect URI", hint: (fallback: string) => `Optional. Empty means ${fallback}, the sign-in bridge page.` },
] as const satisfies readonly { name: keyof Values; label: string; hint: (fallback: string) => string }[];

export const EMPTY_SETTINGS: Values = { clientId: "", authority: "", redirectUri: "", cloud: "global" };

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, maxWidth: "40rem" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
});

type Props = {
  store: AuthConfigStore;
  site: ValidationContext;
  /** What the form starts from: the saved override, else the site's own settings (config.json). */
  initial: Values;
  hasOverride: boolean;
  onChanged: () => void;
};

/** The in-app override of the site's config.json, saved in this browser only. Inline messages come from validateAuthConfig. */
export function AuthSettings({ store, site, initial, hasOverride, onChanged }: Props) {
  const styles = useStyles();
  const notify = useNotify();
  const [saveProblem, setSaveProblem] = useState<string | null>(null);
  const resolver: Resolver<Values> = (values) => {
    const result = validateAuthConfig(values, site);
    if (result.ok) return { values, errors: {} };
    const errors: FieldErrors<Values> = {};
    for (const p of result.problems) errors[p.field] = { type: "validate", message: p.message };
    return { values: {}, errors };
  };
  const { control, handleSubmit, reset } = useForm<Values>({ resolver, defaultValues: initial });
  const fallback = defaultRedirectUri(site.origin, site.baseUrl);

  const save = handleSubmit((values) => {
    const result = store.save(values);
    if (result.ok) {
      setSaveProblem(null);
      reset({ ...result.config, redirectUri: values.redirectUri.trim() === "" ? "" : result.config.redirectUri });
      notify("Sign-in settings saved in this browser");
      onChanged();
    } else if (result.reason !== "invalid") {
      setSaveProblem(
        result.reason === "quota"
          ? "The browser's storage for this site is full, so the settings were not saved."
          : "This browser does not let the site store settings (private mode or blocked site data), so they were not saved.",
      );
    }
  });

  const clear = () => {
    store.clear();
    setSaveProblem(null);
    reset(EMPTY_SETTINGS);
    notify("Saved sign-in settings removed from this browser");
    onChanged();
  };

  return (
    <form className={styles.form} onSubmit={(e) => void save(e)} noValidate aria-label="App registration settings">
      <Controller
        control={control}
        name="cloud"
        render={({ field, fieldState }) => (
          <Field
            label="Microsoft cloud"
            hint={`${CLOUDS[field.value].hint} Sign-in and Microsoft Graph both use this cloud.`}
            validationState={fieldState.error ? "error" : "none"}
            validationMessage={fieldState.error?.message}
          >
            <Select ref={field.ref} name={field.name} value={field.value} onBlur={field.onBlur} onChange={(_, d) => isCloudId(d.value) && field.onChange(d.value)}>
              {CLOUD_IDS.map((id) => (
                <option key={id} value={id}>
                  {CLOUDS[id].label}
                </option>
              ))}
            </Select>
          </Field>
        )}
      />
      {FIELDS.map((f) => (
        <Controller
          key={f.name}
          control={control}
          name={f.name}
          render={({ field, fieldState }) => (
            <Field
              label={f.label}
              hint={f.hint(fallback)}
              validationState={fieldState.error ? "error" : "none"}
              validationMessage={fieldState.error?.message}
            >
              <Input
                ref={field.ref}
                name={field.name}
                value={field.value}
                onBlur={field.onBlur}
                onChange={(_, d) => field.onChange(d.value)}
                spellCheck={false}
                autoComplete="off"
              />
            </Field>
          )}
        />
      ))}
      {saveProblem && (
        <MessageBar intent="error">
          <MessageBarBody>{saveProblem}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary">
          Save settings
        </Button>
        {hasOverride && <Button onClick={clear}>Clear saved settings</Button>}
      </div>
    </form>
  );
}
