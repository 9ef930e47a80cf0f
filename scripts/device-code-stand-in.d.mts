// Types for scripts/device-code-stand-in.mjs.
export type DeviceCodeStandInOptions = { token?: string; pendingPolls?: number; interval?: number; outcome?: "approved" | "declined" };
export type DeviceCodeLogEntry = { method: string; path: string; form: Record<string, string> };
export type DeviceCodeStandIn = { readonly url: string; readonly log: readonly DeviceCodeLogEntry[]; close(): Promise<void> };
export function startDeviceCodeStandIn(options?: DeviceCodeStandInOptions): Promise<DeviceCodeStandIn>;
