// A self-signed certificate for 127.0.0.1 that lives for one test run: made with openssl into a temporary folder,
// read into memory, and the folder removed. Node's crypto can make keys but not X.509 certificates.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export function throwawayCertificate() {
  const dir = mkdtempSync(join(tmpdir(), "imr-cert-"));
  try {
    const key = join(dir, "key.pem");
    const cert = join(dir, "cert.pem");
    try {
      execFileSync(
        "openssl",
        ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "1",
          "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", key, "-out", cert],
        { stdio: ["ignore", "ignore", "pipe"] },
      );
    } catch (error) {
      throw new Error(`The identity-provider stand-in needs openssl to make its throwaway HTTPS certificate (${error.message}).`);
    }
    return { key: readFileSync(key, "utf8"), cert: readFileSync(cert, "utf8") };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
