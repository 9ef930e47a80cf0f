// Properties that can carry a password, key or token string in the Graph resources this app reads (a VPP token's
// `token`, a macOS ADE profile's `adminAccountPassword`, …). `$select` keeps them out of the answers in the first
// place; this list is the second line, applied before anything becomes evidence. Keep in step with $SecretKeys in
// scripts/collect-evidence.ps1.
export const SECRET_KEYS: readonly string[] = [
  "token",
  "adminAccountPassword",
  "password",
  "clientSecret",
  "secret",
  "privateKey",
  "certificatePassword",
  "tokenValue",
  "sharedSecret",
  "preSharedKey",
];

const SECRET = new Set(SECRET_KEYS.map((key) => key.toLowerCase()));

/**
 * A copy of `value` in which every string under a secret key (matched case-insensitively, at any depth) is null.
 * Other values under those names (`"token": null`, numbers) are kept, and so is everything else: `tokenType`,
 * `tokenName` and `tokenExpirationDateTime` are not secrets.
 */
export function stripSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripSecrets);
  if (typeof value !== "object" || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    out[key] = SECRET.has(key.toLowerCase()) && typeof inner === "string" ? null : stripSecrets(inner);
  }
  return out;
}
