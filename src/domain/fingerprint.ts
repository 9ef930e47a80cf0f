const encoder = new TextEncoder();

/** FNV-1a, 32 bit, as 8 hex digits: a short stable fingerprint (calendar UIDs, the strategy a check was judged under). */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of encoder.encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}
