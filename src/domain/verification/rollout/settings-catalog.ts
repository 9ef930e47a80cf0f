// Reading settings-catalog policies (beta deviceManagementConfigurationPolicy with $expand=settings). Every setting id
// and choice value is lower-cased: Microsoft's own exports differ in case (`…firewall_EnableFirewall_true` in
// intune-my-macs vs `…_enablefirewall_true` in the Zero Trust Assessment), so every comparison is case-insensitive.
import { field, isRecord, list, odataType, text, type JsonObject } from "../json.ts";

/** Lower-cased setting id → every value it has in the policy (choice values and simple values, lower-cased). */
export type SettingMap = ReadonlyMap<string, readonly string[]>;

const MAX_DEPTH = 32;

function visit(instance: unknown, out: Map<string, string[]>, depth: number): void {
  if (!isRecord(instance) || depth > MAX_DEPTH) return;
  const id = (text(instance, "settingDefinitionId") ?? "").toLowerCase();
  const values = id ? (out.get(id) ?? []) : [];
  const add = (v: unknown) => {
    if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") values.push(String(v).toLowerCase());
  };
  const children = (holder: unknown) => (list(holder, "children") ?? []).forEach((c) => visit(c, out, depth + 1));

  const choice = field(instance, "choiceSettingValue");
  if (isRecord(choice)) {
    add(choice.value);
    children(choice);
  }
  for (const c of list(instance, "choiceSettingCollectionValue") ?? []) {
    add(field(c, "value"));
    children(c);
  }
  const simple = field(instance, "simpleSettingValue");
  if (isRecord(simple)) add(simple.value);
  for (const s of list(instance, "simpleSettingCollectionValue") ?? []) add(field(s, "value"));
  const group = field(instance, "groupSettingValue");
  if (isRecord(group)) children(group);
  for (const g of list(instance, "groupSettingCollectionValue") ?? []) children(g);
  if (id) out.set(id, values);
}

/** The policy's settings, or null when `settings` was not expanded (then nothing can be said about them). */
export function settingsOf(policy: JsonObject): SettingMap | null {
  const settings = list(policy, "settings");
  if (!settings) return null;
  const out = new Map<string, string[]>();
  for (const s of settings) visit(field(s, "settingInstance"), out, 0);
  return out;
}

export function hasSetting(settings: SettingMap, id: string): boolean {
  return settings.has(id.toLowerCase());
}

/** True when the setting is present with this value (both compared case-insensitively). */
export function hasValue(settings: SettingMap, id: string, value: string): boolean {
  return (settings.get(id.toLowerCase()) ?? []).includes(value.toLowerCase());
}

export function valuesOf(settings: SettingMap, id: string): readonly string[] {
  return settings.get(id.toLowerCase()) ?? [];
}

/** Any setting id starting with the prefix, e.g. every `com.apple.extensiblesso…` id. */
export function hasSettingPrefix(settings: SettingMap, prefix: string): boolean {
  const p = prefix.toLowerCase();
  return [...settings.keys()].some((k) => k.startsWith(p));
}

export const templateFamily = (policy: JsonObject) => (text(field(policy, "templateReference"), "templateFamily") ?? "none").toLowerCase();

/** `platforms`/`technologies` are flags enums serialised as "mdm,appleRemoteManagement". */
export function hasFlag(policy: JsonObject, property: "platforms" | "technologies", flag: string): boolean {
  return (text(policy, property) ?? "").toLowerCase().split(",").map((s) => s.trim()).includes(flag.toLowerCase());
}

/** Settings-catalog policies for macOS with their settings read; client-side check even though the query filters. */
export type CatalogPolicy = { item: JsonObject; settings: SettingMap | null };

export function macCatalog(items: readonly JsonObject[]): readonly CatalogPolicy[] {
  return items.filter((p) => !text(p, "platforms") || hasFlag(p, "platforms", "macOS")).map((item) => ({ item, settings: settingsOf(item) }));
}

export const isGraphType = (item: unknown, type: string) => odataType(item) === `microsoft.graph.${type.toLowerCase()}`;
